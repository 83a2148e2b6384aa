import { CAPABILITIES, type CapabilityDef } from '../catalog/capabilities'
import type { SlotFit, Vendor } from '../catalog/schema'
import type { SlotId } from '../catalog/slots'

/** Credit per fact value. Unknown sits halfway: never counted as present, never as missing. */
const CREDIT = { yes: 1, partial: 0.5, unknown: 0.5, no: 0 } as const
const IMPORTANCE = { core: 2, plus: 1, 'when-needed': 0 } as const

export interface Coverage {
  /** 0-100, whole number. */
  rating: number
  covered: CapabilityDef[]
  partial: CapabilityDef[]
  missing: CapabilityDef[]
  unknown: CapabilityDef[]
  /** false when the data has no capability facts for the slot (the rating then follows the fit). */
  known: boolean
}

/** The capabilities coverage rates: the slot's own, minus those another criterion already scores. */
export function ratedCapabilities(slot: SlotId): CapabilityDef[] {
  return CAPABILITIES[slot].filter((c) => !c.scoredBy)
}

/**
 * How much of what an expert checks in this slot the product does, weighted by importance (core
 * capabilities count twice). A product without capability facts for the slot (synthetic data)
 * falls back to its fit: core 100, partial 55.
 */
export function coverage(vendor: Vendor, fit: SlotFit, slot: SlotId): Coverage {
  const facts = vendor.capabilities?.[slot]
  const caps = ratedCapabilities(slot)
  const out: Coverage = { rating: 0, covered: [], partial: [], missing: [], unknown: [], known: facts !== undefined }
  if (!facts) {
    out.rating = fit.fit === 'core' ? 100 : 55
    return out
  }
  let got = 0
  let total = 0
  for (const c of caps) {
    const w = IMPORTANCE[c.importance]
    if (w === 0) continue
    const value = facts[c.id]?.value ?? 'unknown'
    total += w
    got += w * CREDIT[value]
    ;(value === 'yes' ? out.covered : value === 'partial' ? out.partial : value === 'no' ? out.missing : out.unknown).push(c)
  }
  out.rating = total === 0 ? 0 : Math.round((100 * got) / total)
  return out
}
