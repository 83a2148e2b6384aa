import { NextResponse, type NextRequest } from 'next/server'

/**
 * Runs before routing. A path with broken percent-encoding (e.g. a share link cut mid-escape)
 * would make route-parameter decoding throw, i.e. a 500: answer it with a 400 here instead.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad request: the address has invalid percent-encoding.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  return NextResponse.next()
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|icon.svg).*)'],
}
