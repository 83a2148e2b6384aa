import type { Catalog } from '../catalog/catalog'
import type { SlotId } from '../catalog/slots'
import type { CostInputs } from './inputs'
import { isKnown, Ledger, unknownCost, type Band, type MonthlyCost } from './ledger'
import { meshCost, meshPlane } from './mesh'
import { isObservabilitySlot, observabilityModel } from './observability'
import type { PriceBook } from './price-book'
import type { Priced } from './self-hosted'
import { isToolSlot, toolModel } from './tools'

/**
 * The monthly cost of running one vendor in one slot, in USD, as low / expected / high with the
 * basis of every number; or why it is unknown. `today` (YYYY-MM-DD) decides which prices are stale;
 * it and the catalog are parameters so the estimate stays a pure function of its inputs (the
 * browser passes its unvalidated copies of the data, the server the validated ones).
 */
export function estimateVendor(
  vendorId: string,
  slot: SlotId,
  inputs: CostInputs,
  book: PriceBook,
  today: string,
  catalog: Catalog,
): MonthlyCost {
  const vendor = catalog.byId.get(vendorId)
  if (!vendor) return { unknown: `"${vendorId}" is not in the catalog`, prices: [] }
  if (vendor.lifecycle) return { unknown: `End of life since ${vendor.lifecycle.since}: not priced`, prices: [] }
  if (!vendor.slots.some((s) => s.slot === slot)) return { unknown: `${vendor.name} does not serve this slot`, prices: [] }
  const l = new Ledger(book, inputs, today)
  let priced: Priced | undefined
  if (slot === 'service-mesh') {
    const plane = meshPlane(vendor, inputs.meshDataPlane)
    priced = plane ? meshCost(l, vendor, plane) : undefined
  } else if (isObservabilitySlot(slot)) {
    priced = observabilityModel(vendorId, slot, vendor.delivery.model === 'both' ? inputs.hosting : vendor.delivery.model === 'saas' ? 'saas' : 'self-hosted')?.(l)
  } else if (isToolSlot(slot)) priced = toolModel(vendorId)?.(l)
  if (priced === undefined)
    return book.byVendor.get(vendorId)?.some((e) => e.value === null) ? unknownCost(book, vendorId) : { unknown: `The price book has no price for ${vendor.name} in this slot`, prices: [] }
  if ('unknown' in priced) return { unknown: priced.unknown, prices: [...l.used.keys()] }
  return l.result(priced)
}

/** One slot of the stack and what it costs. */
export interface SlotCost {
  slot: SlotId
  vendor: string
  cost: MonthlyCost
}

/**
 * The stack's monthly total over the slots with a known estimate. Unknown slots are listed, never
 * counted as zero; partial slots (known, with parts the book cannot price) are listed too.
 */
export interface StackCost extends Band {
  currency: 'USD'
  unknownSlots: SlotId[]
  partialSlots: SlotId[]
  /** Stale price ids across the stack, each once. */
  stale: string[]
  /** The defaults the inputs took ("10 nodes"). */
  assumed: string[]
  /** Adjustments made across slots ("platform fee counted once"). */
  notes: string[]
  slots: SlotCost[]
}

export function estimateStack(
  picks: readonly { slot: SlotId; vendor: string | null }[],
  inputs: CostInputs,
  book: PriceBook,
  today: string,
  catalog: Catalog,
  /** Estimates already made for these inputs (the ranking's), used instead of estimating again. */
  known?: (slot: SlotId, vendor: string) => MonthlyCost | undefined,
): StackCost {
  const slots: SlotCost[] = picks.flatMap((p) =>
    p.vendor === null ? [] : [{ slot: p.slot, vendor: p.vendor, cost: known?.(p.slot, p.vendor) ?? estimateVendor(p.vendor, p.slot, inputs, book, today, catalog) }],
  )
  const out: StackCost = { low: 0, expected: 0, high: 0, currency: 'USD', unknownSlots: [], partialSlots: [], stale: [], assumed: inputs.assumed, notes: [], slots }
  const stale = new Set<string>()
  const fees = new Set<string>()
  for (const s of slots) {
    if (!isKnown(s.cost)) {
      out.unknownSlots.push(s.slot)
      continue
    }
    // a per-account fee already counted for an earlier slot of the same vendor is not paid twice
    const again = s.cost.accountFees.filter((f) => fees.has(f.price)).reduce((t, f) => t + f.monthly, 0)
    for (const f of s.cost.accountFees) {
      if (fees.has(f.price)) out.notes.push(`${f.price} counted once across slots (not again for ${s.slot})`)
      fees.add(f.price)
    }
    out.low += s.cost.low - again
    out.expected += s.cost.expected - again
    out.high += s.cost.high - again
    if (s.cost.excludes.length > 0) out.partialSlots.push(s.slot)
    for (const id of s.cost.stale) stale.add(id)
  }
  const round = (n: number) => Math.round(n * 100) / 100
  return { ...out, low: round(out.low), expected: round(out.expected), high: round(out.high), stale: [...stale] }
}
