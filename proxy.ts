import { NextResponse, type NextRequest } from 'next/server'
import { API_CSP, newNonce, pageCsp } from './lib/security/headers'

/**
 * Runs before routing, for pages and API routes:
 * - a path with broken percent-encoding (a share link cut mid-escape) would make parameter
 *   decoding throw, i.e. a 500: it gets a 400 here instead;
 * - pages get a Content-Security-Policy with a fresh nonce, which Next.js puts on its own
 *   scripts (it reads the policy from the request headers); API routes get a deny-all policy.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad request: the address has invalid percent-encoding.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': API_CSP },
    })
  }
  if (request.nextUrl.pathname.startsWith('/api/')) {
    const response = NextResponse.next()
    response.headers.set('Content-Security-Policy', API_CSP)
    return response
  }
  const nonce = newNonce()
  const csp = pageCsp(nonce, process.env.NODE_ENV === 'development')
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', csp)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', csp)
  return response
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|icon.svg).*)'],
}
