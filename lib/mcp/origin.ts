import { configuredBaseUrl } from '../http/base-url'

/**
 * Whether an HTTP request may reach the MCP server. The MCP specification asks servers to check
 * Origin so that a web page elsewhere cannot drive them through a visitor's browser (DNS
 * rebinding). Agents send no Origin; a browser always does, and then it must be this site: the
 * configured public origin, or the host the request was sent to.
 */
export function isAllowedOrigin(origin: string | null, host: string | null, publicBaseUrl?: string): boolean {
  if (origin === null) return true
  try {
    const from = new URL(origin)
    const own = configuredBaseUrl(publicBaseUrl)
    if (own && new URL(own).origin === from.origin) return true
    return host !== null && from.host === host.toLowerCase()
  } catch {
    // "null" (sandboxed frames, file pages) and anything unparsable
    return false
  }
}
