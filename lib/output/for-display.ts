import type { Recommendation } from '../recommend'

/**
 * The recommendation as the results view draws it, for sending from the server to the page: every
 * ranking row keeps its name, score and why-not, but only the pick and the next best keep their
 * per-criterion breakdown, reasons and cost (the view charts and prices those two). A third of the size, so a
 * results address is quick to load on a phone; any change re-ranks in the browser in full.
 */
export function forDisplay(rec: Recommendation): Recommendation {
  return {
    ...rec,
    slots: rec.slots.map((s) => {
      // the next best by score (charted) and the runner-up the lead is measured against (priced)
      const keep = new Set([s.pick, s.ranking.find((r) => r.eligible && r.vendor !== s.pick)?.vendor, s.robustness.runnerUp, s.robustness.tie?.vendor])
      return { ...s, ranking: s.ranking.map((r) => (keep.has(r.vendor) ? r : { ...r, reasons: [], breakdown: [], monthlyCost: undefined })) }
    }),
  }
}
