import type { FieldName } from '../answers/registry'
import type { Answers } from '../answers/schema'
import type { SlotFit, Vendor } from '../catalog/schema'
import type { SlotId } from '../catalog/slots'
import { usableDataPlanes } from './criteria'

/**
 * Hard constraints: each returns a plain-language reason when the vendor cannot be picked for the
 * slot under these answers. Soft preferences live in the criteria instead.
 */
export interface ConstraintDef {
  id: string
  /** The answer fields it depends on: robustness re-checks only these. */
  reads: readonly FieldName[]
  /** The slots it can exclude from (all when absent). */
  slots?: readonly SlotId[]
  check: (vendor: Vendor, fit: SlotFit, answers: Answers, slot: SlotId) => string | undefined
}

export const CONSTRAINTS: readonly ConstraintDef[] = [
  {
    id: 'fit',
    reads: [],
    check: (_v, fit) => {
      if (fit.fit === 'complement') return `complements the pick, is not one: ${fit.note ?? ''}`.trim()
      if (fit.fit === 'listed-only') return `no capability for this slot found: ${fit.note ?? ''}`.trim()
      return undefined
    },
  },
  {
    id: 'open-source-required',
    reads: ['openSource'],
    check: (v, _f, a) => {
      if (a.openSource !== 'required') return undefined
      if (v.license.model === 'source-available') return `licence ${v.license.spdx} is source-available, not open source; you require open source`
      if (v.license.model === 'proprietary') return 'proprietary; you require open source'
      return undefined
    },
  },
  {
    id: 'self-hosted-required',
    reads: ['hosting'],
    check: (v, _f, a) => (a.hosting === 'self-hosted' && v.delivery.model === 'saas' ? 'SaaS only; you chose self-hosted' : undefined),
  },
  {
    id: 'sidecars-avoided',
    reads: ['sidecars'],
    slots: ['service-mesh'],
    check: (v, _f, a, slot) => {
      if (slot !== 'service-mesh' || a.sidecars !== 'avoid') return undefined
      return usableDataPlanes(v, a).length === 0 ? 'needs sidecars; you chose avoid' : undefined
    },
  },
  {
    id: 'mtls-required',
    reads: ['mtls'],
    slots: ['service-mesh'],
    check: (v, _f, a, slot) => {
      if (slot !== 'service-mesh' || a.mtls !== 'required') return undefined
      const m = v.mesh?.mtlsDefault ?? 'unknown'
      if (m === 'off') return 'mTLS is off by default; you require it on'
      if (m === 'permissive') return 'mTLS is permissive by default (plaintext accepted until STRICT is set); you require it on'
      if (m === 'unknown') return 'mTLS default is unverified; you require it on'
      return undefined
    },
  },
]

/** Every reason the vendor is excluded from the slot; empty when it is eligible. */
export function exclusionReasons(vendor: Vendor, fit: SlotFit, answers: Answers, slot: SlotId = fit.slot): string[] {
  const reasons: string[] = []
  for (const c of CONSTRAINTS) {
    const r = c.check(vendor, fit, answers, slot)
    if (r !== undefined) reasons.push(r)
  }
  return reasons
}
