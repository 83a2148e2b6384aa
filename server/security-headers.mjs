// Response headers that never change, shared by next.config.mjs (Next's own header rules) and
// serve.mjs (which also puts them on responses the framework answers before its rules run:
// method errors, router failures, uncaught 500s). The per-request page CSP lives in proxy.ts.

/** @type {{ key: string, value: string }[]} */
export const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), clipboard-write=(self)',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
]

/** Share images are fetched by chat apps and social sites from their own origins. */
export const CROSS_ORIGIN_PATHS = /^\/api\/og\//

/** The static headers for a path, Cross-Origin-Resource-Policy included. */
export function headersFor(path) {
  const corp = CROSS_ORIGIN_PATHS.test(path) ? 'cross-origin' : 'same-origin'
  return [...SECURITY_HEADERS, { key: 'Cross-Origin-Resource-Policy', value: corp }]
}

/** API responses and framework errors are data, never documents to render. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

/** Methods the app serves; anything else (TRACE, CONNECT, WebDAV verbs…) is answered 405 up front. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS']
