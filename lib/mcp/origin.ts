import { configuredBaseUrl } from '../http/base-url'

/**
 * Whether an HTTP request may reach the MCP server. The MCP specification asks servers to check
 * Origin so that a web page elsewhere cannot drive them through a visitor's browser. Agents send
 * no Origin; a browser always does, and then it must be this site. With PUBLIC_BASE_URL set only
 * that origin passes, which also stops DNS rebinding (the rebound page's origin is the attacker's
 * name). Without it the origin must match the Host header, which rebinding can satisfy: the tools
 * only read public data, and a deployment should set PUBLIC_BASE_URL.
 */
export function isAllowedOrigin(origin: string | null, host: string | null, publicBaseUrl?: string): boolean {
  if (origin === null) return true
  try {
    const from = new URL(origin)
    const own = configuredBaseUrl(publicBaseUrl)
    if (own) return new URL(own).origin === from.origin
    return host !== null && from.host === host.toLowerCase()
  } catch {
    // "null" (sandboxed frames, file pages) and anything unparsable
    return false
  }
}
