import type { Catalog } from '../catalog/build'
import type { Recommendation } from '../recommend'
import type { SlotId } from '../catalog/slots'
import { costFor, slotPrices } from '../scoring/price'
import { estimateStack, estimateVendor, type StackCost } from './estimate'
import { inputsFromAnswers } from './inputs'
import type { MonthlyCost } from './ledger'
import type { PriceBook } from './price-book'

/** The stack's monthly total, as the output contract states it (the per-slot details are on each pick). */
export type StackMonthlyCost = Omit<StackCost, 'slots'>

/**
 * The recommendation with a monthly cost on every ranking row, every pick and the stack. Costs are
 * estimated from the answers (cluster size and volumes from their bands, defaults said in
 * `assumed`), a mesh in the mode the team would run; prices count as stale against the data set's
 * date, so the same answers and data always give the same output. The figures are the ones the
 * price criterion ranked with (lib/scoring/price.ts).
 */
export function withCosts(rec: Recommendation, book: PriceBook, catalog: Catalog): Recommendation {
  const inputs = inputsFromAnswers(rec.answers)
  const today = catalog.asOf
  // the estimates the price criterion ranked with, when it priced this slot from the same book
  const costOf = (vendor: string, slot: SlotId): MonthlyCost => {
    const ranked = catalog.prices === book ? slotPrices(slot, rec.answers, catalog)?.costs.get(vendor) : undefined
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
