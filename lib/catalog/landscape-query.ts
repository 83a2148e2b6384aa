import { z } from 'zod'
import { DEFAULT_STATE, SORT_DIRS, SORT_KEYS, VIEWS, type LandscapeState } from './landscape-filter'
import { DELIVERY_MODELS, OPEN_SOURCE_MODELS, VendorSchema } from './schema'
import { AREA_IDS, SLOT_IDS } from './slots'

/** Long enough for any vendor name or phrase; longer input is dropped, never echoed back whole. */
export const MAX_QUERY_LENGTH = 80

// Unknown values fall back to "all" (or the default view) instead of erroring: links get edited by hand.
const facet = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined)

const LandscapeQuerySchema = z.object({
  q: z.string().trim().max(MAX_QUERY_LENGTH).catch(''),
  area: facet(AREA_IDS),
  slot: facet(SLOT_IDS),
  model: facet(OPEN_SOURCE_MODELS),
  delivery: facet(DELIVERY_MODELS),
  cncf: VendorSchema.shape.cncf.shape.status.optional().catch(undefined),
  view: z.enum(VIEWS).catch(DEFAULT_STATE.view),
  sort: z.enum(SORT_KEYS).catch(DEFAULT_STATE.sort),
  dir: z.enum(SORT_DIRS).catch(DEFAULT_STATE.dir),
})

type SearchParams = Record<string, string | string[] | undefined>

/**
 * The landscape view a URL asks for. Never throws: a missing, repeated (first wins) or unknown
 * parameter gives its default, so every link renders something sensible.
 */
export function parseLandscapeQuery(raw: SearchParams): LandscapeState {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined
  const input = Object.fromEntries(Object.keys(LandscapeQuerySchema.shape).map((k) => [k, first(raw[k])]))
  const parsed = LandscapeQuerySchema.parse(input)
  // drop undefined keys, so a parsed state equals one built by hand
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as unknown as LandscapeState
}
