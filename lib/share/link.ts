import type { Catalog } from '../catalog/catalog'
import { configuredBaseUrl } from '../http/base-url'
import type { Recommendation } from '../recommend'
import { encodeShareToken } from './codec'

export interface ShareLink {
  token: string
  /** `/r/<token>`, absolute when a public base URL is configured. */
  url: string
}

/** The share link of a recommendation, so scripts and agents can hand out a link without the browser. */
export function shareLinkOf(rec: Recommendation, catalog: Catalog, publicBaseUrl?: string): ShareLink {
  const token = encodeShareToken(rec.answers, catalog)
  return { token, url: `${configuredBaseUrl(publicBaseUrl) ?? ''}/r/${token}` }
}
