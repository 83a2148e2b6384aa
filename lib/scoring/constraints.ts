import type { Answers } from '../answers/schema'
import type { SlotFit, Vendor } from '../catalog/schema'
import { usableDataPlanes } from './criteria'

/**
 * Hard constraints: each returns a plain-language reason when the vendor cannot be picked for the
 * slot under these answers. Soft preferences live in the criteria instead.
 */
type Constraint = (vendor: Vendor, fit: SlotFit, answers: Answers) => string | undefined

const fitAllowsPick: Constraint = (_v, fit) => {
  if (fit.fit === 'complement') return `complements the pick, is not one: ${fit.note ?? ''}`.trim()
  if (fit.fit === 'listed-only') return `no capability for this slot found: ${fit.note ?? ''}`.trim()
  return undefined
}

const openSourceRequired: Constraint = (v, _f, a) => {
  if (a.openSource !== 'required') return undefined
  if (v.license.model === 'source-available')
    return `licence ${v.license.spdx} is source-available, not open source; you require open source`
  if (v.license.model === 'proprietary') return 'proprietary; you require open source'
  return undefined
}

const selfHostedRequired: Constraint = (v, _f, a) =>
  a.hosting === 'self-hosted' && v.delivery.model === 'saas' ? 'SaaS only; you chose self-hosted' : undefined

const sidecarsAvoided: Constraint = (v, fit, a) => {
  if (fit.slot !== 'service-mesh' || a.sidecars !== 'avoid') return undefined
  return usableDataPlanes(v, a).length === 0 ? 'needs sidecars; you chose avoid' : undefined
}

const mtlsRequired: Constraint = (v, fit, a) => {
  if (fit.slot !== 'service-mesh' || a.mtls !== 'required') return undefined
  const m = v.mesh?.mtlsDefault ?? 'unknown'
  if (m === 'off') return 'mTLS is off by default; you require it on'
  if (m === 'permissive') return 'mTLS is permissive by default (plaintext accepted until STRICT is set); you require it on'
  if (m === 'unknown') return 'mTLS default is unverified; you require it on'
  return undefined
}

const CONSTRAINTS: readonly Constraint[] = [fitAllowsPick, openSourceRequired, selfHostedRequired, sidecarsAvoided, mtlsRequired]

/** Every reason the vendor is excluded from the slot; empty when it is eligible. */
export function exclusionReasons(vendor: Vendor, fit: SlotFit, answers: Answers): string[] {
  const reasons: string[] = []
  for (const c of CONSTRAINTS) {
    const r = c(vendor, fit, answers)
    if (r !== undefined) reasons.push(r)
  }
  return reasons
}
