import type { Catalog } from '../catalog/catalog'
import { withCosts } from '../cost/attach'
import { recommend, type Recommendation } from '../recommend'
import { decodeShareToken, type DecodedToken } from './codec'

export type ResolvedShare = { ok: true; token: DecodedToken; rec: Recommendation } | { ok: false; error: string }

/**
 * A share token turned into its recommendation: the one path every share route takes (page, card,
 * image, report). Never throws; a bad token comes back with the decoder's readable reason.
 */
export function resolveShareToken(token: unknown, catalog: Catalog): ResolvedShare {
  const decoded = decodeShareToken(token, catalog)
  if (!decoded.ok) return decoded
  return { ok: true, token: decoded.value, rec: withCosts(recommend(decoded.value.answers, catalog), catalog) }
}
