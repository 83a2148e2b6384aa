import { NextResponse, type NextRequest } from 'next/server'
import { newNonce, pageCsp } from './lib/security/headers'
import { API_CSP } from './server/security-headers.mjs'

const plain = (status: number, text: string, extra: Record<string, string> = {}) =>
  new NextResponse(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': API_CSP, 'cache-control': 'no-store', ...extra },
  })

/**
 * Runs before every page (API routes are left out so their bodies are never buffered here; they
 * enforce their own size limits):
 * - pages are read-only: other methods get 405 instead of a rendered page;
 * - a path with broken percent-encoding (a share link cut mid-escape) would make parameter
 *   decoding throw: 400 (the production entry, server/serve.mjs, also checks this for API routes
 *   and checks the router-state header, which the framework hides from the proxy);
 * - every page gets a Content-Security-Policy with a fresh nonce, which Next.js puts on its own
 *   scripts (it reads the policy from the request headers).
 */
export function proxy(request: NextRequest) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed\n', { allow: 'GET, HEAD' })
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return plain(400, 'Bad request: the address has invalid percent-encoding.\n')
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
  matcher: ['/((?!api/|_next/static|_next/image|icon.svg).*)'],
}
