import type { Need } from '../answers/needs'
import type { CapabilityDef } from '../catalog/capabilities'
import type { SlotFit, Vendor } from '../catalog/schema'

/** Credit per fact value. Unknown sits halfway: never counted as present, never as missing. */
const CREDIT = { yes: 1, partial: 0.5, unknown: 0.5, no: 0 } as const

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

/**
 * How much of what this team needs from the slot the product does: every must-have and
 * nice-to-have, weighted (a must-have and a core or context-stressed nice-to-have count 2, others
 * 1); what the team does not need does not count. A product without capability facts for the slot
 * (synthetic data) falls back to its fit: core 100, partial 55.
 */
export function coverage(vendor: Vendor, fit: SlotFit, needs: readonly Need[]): Coverage {
  const facts = vendor.capabilities?.[fit.slot]
  const out: Coverage = { rating: 0, covered: [], partial: [], missing: [], unknown: [], known: facts !== undefined }
  if (!facts) {
    out.rating = fit.fit === 'core' ? 100 : 55
    return out
  }
  let got = 0
  let total = 0
  for (const n of needs) {
    // what another criterion rates (automated actions, commitments) is not counted twice
    if (n.level === 'no' || n.capability.scoredBy) continue
    const w = n.level === 'must' ? 2 : n.weight
    const value = facts[n.capability.id]?.value ?? 'unknown'
    total += w
    got += w * CREDIT[value]
    ;(value === 'yes' ? out.covered : value === 'partial' ? out.partial : value === 'no' ? out.missing : out.unknown).push(n.capability)
  }
  out.rating = total === 0 ? 100 : Math.round((100 * got) / total)
  return out
}
