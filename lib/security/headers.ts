/**
 * The per-request page Content-Security-Policy used by the proxy. The headers that never change
 * (and the API policy) are in server/security-headers.mjs; an end-to-end test checks all of them
 * on every route.
 */

/** Pages: scripts only with this request's nonce (and what they load: 'strict-dynamic'). */
export function pageCsp(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // React renders style attributes (charts, the share card); they cannot carry a nonce
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** A nonce from 16 random bytes, base64: unguessable and new for every request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}
