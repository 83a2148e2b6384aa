// Requests the framework would fail on with a 500 before any app code runs, answered here with a
// 4xx instead. Pure: serve.mjs applies it; unit tests call it directly.
import { ALLOWED_METHODS } from './security-headers.mjs'

const allowed = new Set(ALLOWED_METHODS)

// Next.js client navigations send the current route tree in `next-router-state-tree` (URI-encoded
// JSON); the framework throws when it does not parse. The shape mirrors the framework's own schema
// (`flightRouterStateSchema`, Next 16): [segment, parallel routes, url?, refresh?, root layout?,
// prefetch hint?], a segment being a string or [param, cache key, dynamic type, siblings].
const MAX_HEADER_LENGTH = 20 * 2000 // the framework's own limit
const MAX_DEPTH = 64
const DYNAMIC_TYPES = new Set(['c', 'ci(..)(..)', 'ci(.)', 'ci(..)', 'ci(...)', 'oc', 'd', 'di(..)(..)', 'di(.)', 'di(..)', 'di(...)'])
const REFRESH = new Set(['refetch', 'inside-shared-layout', 'metadata-only'])

const isString = (x) => typeof x === 'string'

function isSegment(x) {
  if (isString(x)) return true
  if (!Array.isArray(x) || x.length !== 4) return false
  const [name, key, type, siblings] = x
  return isString(name) && isString(key) && DYNAMIC_TYPES.has(type) && (siblings === null || (Array.isArray(siblings) && siblings.every(isString)))
}

function isTree(x, depth) {
  if (depth > MAX_DEPTH || !Array.isArray(x) || x.length < 2 || x.length > 6) return false
  const [segment, children, url, refresh, rootLayout, hint] = x
  if (!isSegment(segment)) return false
  if (children === null || typeof children !== 'object' || Array.isArray(children)) return false
  for (const child of Object.values(children)) if (!isTree(child, depth + 1)) return false
  if (url !== undefined && url !== null && !(Array.isArray(url) && url.length === 2 && url.every(isString))) return false
  if (refresh !== undefined && refresh !== null && !REFRESH.has(refresh)) return false
  if (rootLayout !== undefined && rootLayout !== null && typeof rootLayout !== 'number') return false
  if (hint !== undefined && !isString(hint)) return false
  return true
}

/** True when the header is absent or would parse; false when the framework would fail on it. */
export function isValidRouterStateHeader(value) {
  if (value === undefined || value === null) return true
  if (Array.isArray(value)) return false // sent twice: the framework refuses that too
  if (value.length > MAX_HEADER_LENGTH) return false
  try {
    return isTree(JSON.parse(decodeURIComponent(value)), 0)
  } catch {
    return false
  }
}

/**
 * The response for a request the app cannot serve, or undefined to let it through.
 * `headers` is Node's lower-cased header object.
 */
export function guardRequest(method, url, headers) {
  if (!allowed.has(method ?? '')) return { status: 405, message: 'Method not allowed', allow: ALLOWED_METHODS.join(', ') }
  const path = (url ?? '/').split('?')[0]
  try {
    decodeURIComponent(path)
  } catch {
    return { status: 400, message: 'Bad request: the address has invalid percent-encoding.' }
  }
  if (!isValidRouterStateHeader(headers['next-router-state-tree'])) return { status: 400, message: 'Bad request: malformed router state header.' }
  return undefined
}

/** The request header through which the app learns who the client is (set here, never trusted from outside). */
export const CLIENT_HEADER = 'x-day2-client'

/**
 * Who the client is, for per-client limits: the socket's address, or the first X-Forwarded-For
 * entry when the operator says a trusted proxy sets it (TRUST_PROXY=1).
 */
export function clientAddress(headers, remoteAddress, trustProxy) {
  const forwarded = trustProxy ? String(headers['x-forwarded-for'] ?? '').split(',')[0].trim() : ''
  return forwarded || remoteAddress || 'unknown'
}
