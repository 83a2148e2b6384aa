/**
 * Absolute URLs for link previews and API output. PUBLIC_BASE_URL wins when set; an empty or
 * malformed value counts as unset (a blank env entry in a manifest must not take pages down).
 * Without it the request's own Host is used; X-Forwarded-Host/-Proto are honoured only when the
 * operator says a trusted proxy sets them (TRUST_PROXY=1): otherwise any client could make a
 * page's preview image point at another host.
 */
export interface BaseUrlConfig {
  publicBaseUrl?: string
  trustProxy?: string
}

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i

/** The configured public origin without a trailing slash, or undefined when unset or invalid. */
export function configuredBaseUrl(raw: string | undefined): string | undefined {
  const value = raw?.trim()
  if (!value) return undefined
  try {
    const url = new URL(value)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
  } catch {
    return undefined
  }
}

/** The origin to put in absolute links for this request. */
export function baseUrlFor(config: BaseUrlConfig, header: (name: string) => string | null): string {
  const configured = configuredBaseUrl(config.publicBaseUrl)
  if (configured) return configured
  const trusted = config.trustProxy === '1' || config.trustProxy === 'true'
  const first = (v: string | null) => v?.split(',')[0]?.trim() || null
  const host = (trusted ? first(header('x-forwarded-host')) : null) ?? header('host') ?? ''
  const proto = trusted ? first(header('x-forwarded-proto')) : null
  if (!HOST.test(host)) return 'http://127.0.0.1:3000'
  return `${proto === 'https' ? 'https' : 'http'}://${host}`
}
