import type { Catalog } from '../catalog/build'
import type { Recommendation } from '../recommend'
import type { SlotId } from '../catalog/slots'
import { costFor, slotPrices } from '../scoring/price'
import { estimateStack, estimateVendor, type StackCost } from './estimate'
import { inputsFromAnswers } from './inputs'
import type { MonthlyCost } from './ledger'

/** The stack's monthly total, as the output contract states it (the per-slot details are on each pick). */
export type StackMonthlyCost = Omit<StackCost, 'slots'>

/**
 * The recommendation with a monthly cost on every ranking row, every pick and the stack. Costs are
 * estimated from the answers (cluster size and volumes from their bands, defaults said in
 * `assumed`), a mesh in the mode the team would run; prices count as stale against the data set's
 * date, so the same answers and data always give the same output. The price book is the catalog's,
 * the one the price criterion ranked with (lib/scoring/price.ts), so the figures shown are the ones
 * ranked; a catalog without a price book (generated or test data) leaves the recommendation as it is.
 */
export function withCosts(rec: Recommendation, catalog: Catalog): Recommendation {
  const book = catalog.prices
  if (!book) return rec
  const inputs = inputsFromAnswers(rec.answers)
  const today = catalog.asOf
  // the ranking's own estimates; a vendor the slot's table lacks (not offered on this platform) is estimated here
  const costOf = (vendor: string, slot: SlotId): MonthlyCost => {
    const ranked = slotPrices(slot, rec.answers, catalog)?.costs.get(vendor)
    if (ranked) return ranked
    const v = catalog.byId.get(vendor)
    return v ? costFor(v, slot, inputs, rec.answers, book, catalog) : estimateVendor(vendor, slot, inputs, book, today, catalog)
  }
  const slots = rec.slots.map((s) => ({
    ...s,
    ranking: s.ranking.map((r) => ({ ...r, monthlyCost: costOf(r.vendor, s.slot) })),
  }))
  const stack = rec.stack.map((p, i) => {
    const cost = p.vendor === null ? undefined : slots[i]!.ranking.find((r) => r.vendor === p.vendor)?.monthlyCost
    return cost ? { ...p, monthlyCost: cost } : p
  })
  const { slots: _perSlot, ...total } = estimateStack(rec.stack, inputs, book, today, catalog, (slot, vendor) => slots.find((s) => s.slot === slot)?.ranking.find((r) => r.vendor === vendor)?.monthlyCost)
  return { ...rec, slots, stack, monthlyCost: total }
}

export type { MonthlyCost }
