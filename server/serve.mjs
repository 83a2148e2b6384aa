// Entry point of the production server (`npm start`, the container image): the standalone
// server Next.js generates, behind a thin guard. Some requests fail inside the framework before
// any app code runs: a TRACE request makes its request adapter throw, a malformed router-state
// header makes rendering throw, a path with broken percent-encoding breaks parameter decoding;
// each was a 500 with a logged stack trace and none of the security headers. So this guard:
// - answers those requests with a 4xx (see guard.mjs);
// - tells the app who the client is (its address, or the proxy's X-Forwarded-For when trusted);
// - puts the static security headers and a deny-all CSP on every response up front; Next's own
//   header rules, the page proxy (nonce CSP) and route handlers replace them where they apply.
import http from 'node:http'
import { CLIENT_HEADER, clientAddress, guardRequest } from './guard.mjs'
import { ALLOWED_METHODS, API_CSP, headersFor } from './security-headers.mjs'

const trustProxy = process.env.TRUST_PROXY === '1' || process.env.TRUST_PROXY === 'true'

function guard(listener) {
  return function guardedListener(req, res) {
    for (const { key, value } of headersFor(req.url ?? '/')) res.setHeader(key, value)
    res.setHeader('Content-Security-Policy', API_CSP)
    const refusal = guardRequest(req.method, req.url, req.headers)
    if (refusal) {
      const extra = refusal.allow ? { Allow: refusal.allow } : {}
      res.writeHead(refusal.status, { ...extra, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
      res.end(`${refusal.message}\n`)
      req.resume() // discard any body without buffering it
      return
    }
    // per-client limits (share images) key on this; a value sent by the client is overwritten
    req.headers[CLIENT_HEADER] = clientAddress(req.headers, req.socket.remoteAddress, trustProxy)
    return listener.call(this, req, res)
  }
}

// CONNECT never reaches a request listener: Node hands the raw socket to 'connect' listeners and
// drops the connection when there are none. Answer it like any other unserved method.
function refuseConnect(_req, socket) {
  const headers = [...headersFor('/').map(({ key, value }) => `${key}: ${value}`), `Content-Security-Policy: ${API_CSP}`, `Allow: ${ALLOWED_METHODS.join(', ')}`]
  socket.end(['HTTP/1.1 405 Method Not Allowed', ...headers, 'Content-Length: 0', 'Connection: close', '', ''].join('\r\n'))
}

const createServer = http.createServer
http.createServer = function guardedCreateServer(...args) {
  const i = args.findIndex((a) => typeof a === 'function')
  if (i >= 0) args[i] = guard(args[i])
  const server = createServer.apply(this, args)
  server.on('connect', refuseConnect)
  return server
}

await import('./server.js')
