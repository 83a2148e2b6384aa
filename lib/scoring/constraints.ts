import type { FieldName } from '../answers/registry'
import type { Answers } from '../answers/schema'
import type { SlotFit, Vendor } from '../catalog/schema'
import type { SlotId } from '../catalog/slots'
import { openSourceRoute } from './licence'
import { mtlsShortfall, usableDataPlanes } from './mesh'

/**
 * Hard constraints: each returns a plain-language reason when the vendor cannot be picked for the
 * slot under these answers. Soft preferences live in the criteria instead. (The fit gate, which
 * depends on the other vendors of the slot, is applied by the ranking: see rank.ts.)
 */
export interface ConstraintDef {
  id: string
  /** The answer fields it depends on: robustness re-checks only these. */
  reads: readonly FieldName[]
  /** The slots it can exclude from (all when absent). */
  slots?: readonly SlotId[]
  check: (vendor: Vendor, fit: SlotFit, answers: Answers, slot: SlotId) => string | undefined
}

const MTLS_NEED: Record<string, string> = { strict: 'you need strict mTLS enforceable mesh-wide', 'default-on': 'you need mTLS on by default' }

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
    id: 'end-of-life',
    reads: [],
    check: (v) => (v.lifecycle ? `end of life since ${v.lifecycle.since}` : undefined),
  },
  {
    id: 'open-source-required',
    reads: ['openSource'],
    check: (v, _f, a, slot) => {
      if (a.openSource !== 'required') return undefined
      const route = openSourceRoute(v, slot)
      return route.kind === 'none' ? `${route.reason}; you require open source` : undefined
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
      return usableDataPlanes(v, a).length === 0 ? 'needs sidecars; you chose to avoid them' : undefined
    },
  },
  {
    id: 'mtls-required',
    reads: ['mtls', 'sidecars'],
    slots: ['service-mesh'],
    check: (v, _f, a, slot) => {
      if (slot !== 'service-mesh' || (a.mtls !== 'strict' && a.mtls !== 'default-on')) return undefined
      const planes = usableDataPlanes(v, a)
      if (planes.length === 0) return undefined // the sidecar rule already says why
      const shortfalls = planes.map((p) => mtlsShortfall(v.mesh?.modes.find((m) => m.plane === p), a.mtls))
      if (shortfalls.some((s) => s === undefined)) return undefined
      return `${shortfalls[0]}; ${MTLS_NEED[a.mtls]}`
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
