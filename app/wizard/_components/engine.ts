import type { Answers } from '@/lib/answers/schema'
import type { Catalog } from '@/lib/catalog/build'
import type { Recommendation } from '@/lib/recommend'

/** The engine, the vendor data and the share codec: the heaviest code of the page, loaded once. */
export interface Engine {
  recommend: (answers: Answers, catalog: Catalog) => Recommendation
  encode: (answers: Answers, catalog: Catalog) => string
  catalog: Catalog
}

let loading: Promise<Engine> | null = null

export function loadEngine(): Promise<Engine> {
  loading ??= Promise.all([
    import('@/lib/recommend'),
    import('@/lib/catalog/embedded-client'),
    import('@/lib/share/codec'),
    import('@/lib/cost/attach'),
  ]).then(([r, c, s, cost]) => ({
    // priced as the server prices it (the client catalog carries the price book), so a what-if shows costs like the first view did
    recommend: (answers, catalog) => cost.withCosts(r.recommend(answers, catalog), catalog),
    encode: s.encodeShareToken,
    catalog: c.CLIENT_CATALOG,
  }))
  // a failed chunk load (network blip, new deployment) is tried again on the next change
  loading.catch(() => {
    loading = null
  })
  return loading
}

/** The results the server computed for a results address, so the page needs no engine to show them. */
export interface InitialResults {
  /** The token the address came with, to recognise it. */
  token: string
  /** The same answers encoded for today's data: what the page shares, saves and downloads. */
  shareToken: string
  answers: Answers
  rec: Recommendation
}

/** Equal answers whatever the key order (what-if patches rebuild the object). */
export function sameAnswers(a: unknown, b: unknown): boolean {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([x], [y]) => x.localeCompare(y)).map(([k, x]) => [k, sorted(x)])) : v
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b))
}
