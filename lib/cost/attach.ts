import type { Catalog } from '../catalog/build'
import type { Recommendation } from '../recommend'
import { estimateStack, estimateVendor, type StackCost } from './estimate'
import { inputsFromAnswers } from './inputs'
import type { MonthlyCost } from './ledger'
import type { PriceBook } from './price-book'

/** The stack's monthly total, as the output contract states it (the per-slot details are on each pick). */
export type StackMonthlyCost = Omit<StackCost, 'slots'>

/**
 * The recommendation with a monthly cost on every ranking row, every pick and the stack. Costs are
 * estimated from the answers (cluster size and volumes from their bands, defaults said in
 * `assumed`); prices count as stale against the data set's date, so the same answers and data
 * always give the same output. Scores are not changed: cost informs, it does not yet rank.
 */
export function withCosts(rec: Recommendation, book: PriceBook, catalog: Catalog): Recommendation {
  const inputs = inputsFromAnswers(rec.answers)
  const today = catalog.asOf
  const slots = rec.slots.map((s) => ({
    ...s,
    ranking: s.ranking.map((r) => ({ ...r, monthlyCost: estimateVendor(r.vendor, s.slot, inputs, book, today, catalog) })),
  }))
  const stack = rec.stack.map((p, i) => {
    const cost = p.vendor === null ? undefined : slots[i]!.ranking.find((r) => r.vendor === p.vendor)?.monthlyCost
    return cost ? { ...p, monthlyCost: cost } : p
  })
  const { slots: _perSlot, ...total } = estimateStack(rec.stack, inputs, book, today, catalog)
  return { ...rec, slots, stack, monthlyCost: total }
}

export type { MonthlyCost }
