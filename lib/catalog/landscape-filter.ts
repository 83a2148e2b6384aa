// Filtering, sorting and addressing the landscape list. The browser runs this module, so it
// imports nothing with a runtime cost (no data set, no zod): rows arrive pre-computed.

export const SORT_KEYS = ['name', 'slots', 'licence', 'delivery', 'cncf', 'checked'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export const SORT_DIRS = ['asc', 'desc'] as const
export type SortDir = (typeof SORT_DIRS)[number]
export const VIEWS = ['cards', 'table'] as const
export type LandscapeView = (typeof VIEWS)[number]

/** The facets a vendor can be filtered by; an absent facet means "all". */
export const FACETS = ['area', 'slot', 'model', 'delivery', 'cncf'] as const
export type Facet = (typeof FACETS)[number]

/** One vendor as the list needs it: what to match, what to filter on, what to sort by. */
export interface LandscapeRow {
  id: string
  name: string
  /** Name, company, description and slot labels, normalised (see normalize). */
  search: string
  /** Facet values; a vendor serving several slots has several areas and slots. */
  facets: { area: string[]; slot: string[]; model: string; delivery: string; cncf: string }
  /** Sort values per key; numbers are ranks in the domain's own order (open source first...). */
  order: Record<SortKey, string | number>
}

export interface LandscapeState {
  q: string
  area?: string
  slot?: string
  model?: string
  delivery?: string
  cncf?: string
  view: LandscapeView
  sort: SortKey
  dir: SortDir
}

export const DEFAULT_STATE: LandscapeState = { q: '', view: 'cards', sort: 'name', dir: 'asc' }

/** Lower case without accents, so "grafana" finds "Grafana" and "kube" finds "Kubé". */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

/**
 * Whether a row passes the search and every facet chosen. Every word of the query must occur
 * somewhere in the searchable text, in any order: "vault secrets" finds HashiCorp Vault.
 */
export function matchesLandscape(row: LandscapeRow, state: LandscapeState): boolean {
  for (const facet of FACETS) {
    const wanted = state[facet]
    if (!wanted) continue
    const have = row.facets[facet]
    if (Array.isArray(have) ? !have.includes(wanted) : have !== wanted) return false
  }
  const words = normalize(state.q).split(/\s+/).filter(Boolean)
  return words.every((w) => row.search.includes(w))
}

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0)

/** A new array sorted by the key and direction; ties go by name, always A to Z, so the order is stable. */
export function sortLandscape(rows: readonly LandscapeRow[], sort: SortKey, dir: SortDir): LandscapeRow[] {
  const sign = dir === 'asc' ? 1 : -1
  return [...rows].sort((a, b) => sign * compare(a.order[sort], b.order[sort]) || compare(a.order.name, b.order.name) || compare(a.id, b.id))
}

/** The rows to show, in order. */
export function visibleLandscape(rows: readonly LandscapeRow[], state: LandscapeState): LandscapeRow[] {
  return sortLandscape(
    rows.filter((r) => matchesLandscape(r, state)),
    state.sort,
    state.dir,
  )
}

/**
 * The query string of a view ("" for the default view), leaving out defaults so shared links stay
 * short. Parameter names match the server's parser, so the link renders the same view without JS.
 */
export function landscapeQuery(state: LandscapeState): string {
  const params = new URLSearchParams()
  const q = state.q.trim()
  if (q) params.set('q', q)
  for (const facet of FACETS) {
    const value = state[facet]
    if (value) params.set(facet, value)
  }
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view)
  if (state.sort !== DEFAULT_STATE.sort) params.set('sort', state.sort)
  if (state.dir !== DEFAULT_STATE.dir) params.set('dir', state.dir)
  const text = params.toString()
  return text ? `?${text}` : ''
}
