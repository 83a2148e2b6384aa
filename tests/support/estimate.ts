import type { SlotId } from '@/lib/catalog/slots'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { EMBEDDED_PRICES } from '@/lib/cost/embedded-prices'
import { estimateVendor } from '@/lib/cost/estimate'
import type { CostInputs } from '@/lib/cost/inputs'
import { isKnown, type KnownCost, type MonthlyCost } from '@/lib/cost/ledger'
import { SMALL } from './cost-inputs'

/** The day the cost tests price on: stale flags are decided against it. */
export const TODAY = '2026-11-25'

/** One vendor's estimate in one slot with the shipped price book (SMALL inputs unless given). */
export const estimate = (vendor: string, slot: SlotId, inputs: CostInputs = SMALL): MonthlyCost => estimateVendor(vendor, slot, inputs, EMBEDDED_PRICES, TODAY, EMBEDDED_CATALOG)

/** The same, for a test that expects a known estimate: an unknown one fails with its reason. */
export function known(vendor: string, slot: SlotId, inputs: CostInputs = SMALL): KnownCost {
  const c = estimate(vendor, slot, inputs)
  if (!isKnown(c)) throw new Error(c.unknown)
  return c
}
