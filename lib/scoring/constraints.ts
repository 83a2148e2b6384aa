import type { FieldName } from '../answers/registry'
import { needsFor } from '../answers/needs'
import type { Answers } from '../answers/schema'
import type { ComplianceFact, SlotFit, Vendor } from '../catalog/schema'
import type { SlotId } from '../catalog/slots'
import { midSentence } from '../text'
import { effectiveHosting, isBuiltInFor } from './context'
import { openSourceRoute } from './licence'
import { mtlsShortfall, usableDataPlanes } from './mesh'

/**
 * Hard constraints: each returns a plain-language reason when the vendor cannot be picked for the
 * slot under these answers. Soft preferences live in the criteria instead. A constraint can also
 * `doubt` a vendor: the fact it rests on is unknown (or a must-have is met only in part), so the
 * vendor is neither excluded nor passed silently; the ranking lets it win only when no vendor that
 * fully meets the requirement passes (see the gates in rank.ts, which also apply the fit gate).
 */
export interface ConstraintDef {
  id: string
  /** The answer fields it depends on: robustness re-checks only these. */
  reads: readonly FieldName[]
  /** The slots it can exclude from (all when absent). */
  slots?: readonly SlotId[]
  check: (vendor: Vendor, fit: SlotFit, answers: Answers, slot: SlotId) => string | undefined
  /** Whether it can exclude anything under these answers in this slot (skipped otherwise: the ranking runs it per vendor). */
  active?: (answers: Answers, slot: SlotId) => boolean
  /** Why the vendor may not meet the constraint (a fact is unknown); undefined when confirmed or excluded. */
  doubt?: (vendor: Vendor, fit: SlotFit, answers: Answers, slot: SlotId) => string | undefined
}

const MTLS_NEED: Record<string, string> = { strict: 'you need strict mTLS enforceable mesh-wide', 'default-on': 'you need mTLS on by default' }

export const COMPLIANCE_LABEL: Record<Answers['compliance'][number], string> = {
  fips: 'FIPS 140-3 validated cryptography',
  fedramp: 'FedRAMP authorization',
  pci: 'a PCI DSS attestation',
  hipaa: 'a HIPAA business associate agreement',
  'eu-residency': 'EU data residency',
}
export const FACT_OF = { fedramp: 'fedramp', pci: 'pci', hipaa: 'hipaa', 'eu-residency': 'euResidency', fips: 'fips' } as const

/**
 * Where a capability already carries FIPS (the mesh's FIPS builds, the secret store's HSM/FIPS
 * support), the must-have rule checks it there; elsewhere the product's FIPS fact does.
 */
const FIPS_AS_CAPABILITY: readonly SlotId[] = ['service-mesh', 'secrets']

type Verdict = { exclude?: string; doubt?: string }

/**
 * One compliance requirement for one product. FedRAMP, PCI DSS, HIPAA and EU residency bind the
 * vendor that holds the data: software the team runs itself sits inside the team's own authorized
 * boundary (FedRAMP authorizes cloud service offerings, https://www.fedramp.gov/program-basics/;
 * PCI DSS scopes service providers that store, process or transmit cardholder data,
 * https://www.pcisecuritystandards.org/faq/articles/Frequently_Asked_Question/Are-third-party-service-providers-TPSPs-required-to-be-PCI-DSS-compliant/),
 * so a product the team can run itself passes. A SaaS-only product needs the certification.
 */
function complianceVerdict(v: Vendor, need: Answers['compliance'][number], slot: SlotId, a: Answers): Verdict {
  const fact: ComplianceFact | undefined = v.compliance?.[FACT_OF[need]]
  // A service of the team's own cloud is covered by the agreements the team already holds with that
  // cloud (one BAA, one PCI DSS attestation, one FedRAMP package per cloud, each listing the
  // services in scope): an unknown there is one lookup in a list the team has, not a new vendor to
  // assess, so it passes, and the pick says to check the list (see pickNotes in rank.ts).
  if ((fact?.value ?? 'unknown') === 'unknown' && isBuiltInFor(v, a.platform)) return {}
  if (need === 'fips') {
    if (FIPS_AS_CAPABILITY.includes(slot)) return {}
    const value = fact?.value ?? 'unknown'
    if (value === 'no') return { exclude: `no ${COMPLIANCE_LABEL.fips}` }
    if (value === 'unknown') return { doubt: `${COMPLIANCE_LABEL.fips} unconfirmed` }
    return {}
  }
  if (v.delivery.model !== 'saas') return {}
  const value = fact?.value ?? 'unknown'
  if (value === 'yes') return {}
  if (value === 'no') return { exclude: `SaaS without ${COMPLIANCE_LABEL[need]}` }
  if (value === 'partial') return { doubt: `${COMPLIANCE_LABEL[need]} only in part (${fact?.note ?? 'see the source'})` }
  return { doubt: `${COMPLIANCE_LABEL[need]} unconfirmed` }
}

function complianceVerdicts(v: Vendor, a: Answers, slot: SlotId): Verdict[] {
  if (a.compliance.length === 0) return []
  return a.compliance.map((need) => complianceVerdict(v, need, slot, a))
}

/** The must-haves per answers object and slot (the same for every vendor of the slot). */
const mustCache = new WeakMap<object, Map<SlotId, ReturnType<typeof needsFor>>>()
function mustHaves(a: Answers, slot: SlotId): ReturnType<typeof needsFor> {
  let bySlot = mustCache.get(a)
  if (!bySlot) mustCache.set(a, (bySlot = new Map()))
  let musts = bySlot.get(slot)
  if (!musts) bySlot.set(slot, (musts = needsFor(a, slot).filter((n) => n.level === 'must')))
  return musts
}

function mustHaveVerdicts(v: Vendor, a: Answers, slot: SlotId): Verdict[] {
  const musts = mustHaves(a, slot)
  if (musts.length === 0) return []
  const facts = v.capabilities?.[slot]
  return musts.map((n) => {
      const value = facts?.[n.capability.id]?.value ?? 'unknown'
      if (value === 'no') return { exclude: `lacks ${midSentence(n.capability.label)}, a must-have` }
      if (value === 'unknown') return { doubt: `${n.capability.label} unverified` }
      // a must-have met only in part loses to products that meet it fully, and wins when none does
      if (value === 'partial') return { doubt: `${n.capability.label} only in part (${facts?.[n.capability.id]?.note ?? 'see the source'})` }
      return {}
    })
}

const first = (vs: Verdict[], key: keyof Verdict) => vs.map((x) => x[key]).filter((x): x is string => x !== undefined)

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
    reads: ['openSource', 'orgSize'],
    active: (a) => a.openSource === 'required',
    check: (v, _f, a, slot) => {
      if (a.openSource !== 'required') return undefined
      const route = openSourceRoute(v, slot, a.orgSize)
      return route.kind === 'none' ? `${route.reason}; you require open source` : undefined
    },
  },
  {
    // No route out: SaaS is unreachable, and there is no cloud bill to analyse
    // (an air-gapped site has no connection to a public cloud by definition).
    id: 'air-gapped',
    reads: ['platform'],
    active: (a) => a.platform === 'air-gapped',
    check: (v, _f, a, slot) => {
      if (a.platform !== 'air-gapped') return undefined
      if (slot === 'cloud-cost') return 'analyses cloud bills; an air-gapped cluster has none'
      return v.delivery.model === 'saas' ? 'SaaS only; an air-gapped cluster cannot reach it' : undefined
    },
  },
  {
    id: 'self-hosted-required',
    reads: ['hosting'],
    active: (a) => a.hosting === 'self-hosted',
    check: (v, _f, a) => (a.platform !== 'air-gapped' && effectiveHosting(a) === 'self-hosted' && v.delivery.model === 'saas' ? 'SaaS only; you chose self-hosted' : undefined),
  },
  {
    id: 'compliance',
    reads: ['compliance'],
    active: (a) => a.compliance.length > 0,
    check: (v, _f, a, slot) => first(complianceVerdicts(v, a, slot), 'exclude').join('; ') || undefined,
    doubt: (v, _f, a, slot) => first(complianceVerdicts(v, a, slot), 'doubt').join('; ') || undefined,
  },
  {
    id: 'must-have',
    reads: ['needs', 'compliance', 'multiCluster', 'vmWorkloads', 'accessFor', 'costGoal', 'clouds', 'retention', 'metricSeries'],
    active: (a, slot) => mustHaves(a, slot).length > 0,
    check: (v, _f, a, slot) => first(mustHaveVerdicts(v, a, slot), 'exclude').join('; ') || undefined,
    doubt: (v, _f, a, slot) => first(mustHaveVerdicts(v, a, slot), 'doubt').join('; ') || undefined,
  },
  {
    // Access for people (SSO, sessions, approvals) and for workloads (attested, short-lived
    // machine credentials) are different products; one made only for the other side does not do.
    id: 'audience',
    reads: ['accessFor'],
    slots: ['access-control'],
    active: (_a, slot) => slot === 'access-control',
    check: (v, _f, a, slot) => {
      if (slot !== 'access-control') return undefined
      const audience = v.security?.audience ?? 'unknown'
      if (audience === 'workloads' && !a.accessFor.includes('workloads')) return "governs workloads' access, not people's"
      if (audience === 'people' && !a.accessFor.includes('people')) return "governs people's access, not workloads'"
      return undefined
    },
  },
  {
    id: 'sidecars-avoided',
    reads: ['sidecars'],
    slots: ['service-mesh'],
    active: (a, slot) => slot === 'service-mesh' && a.sidecars === 'avoid',
    check: (v, _f, a, slot) => {
      if (slot !== 'service-mesh' || a.sidecars !== 'avoid') return undefined
      return usableDataPlanes(v, a).length === 0 ? 'needs sidecars; you chose to avoid them' : undefined
    },
  },
  {
    id: 'mtls-required',
    reads: ['mtls', 'sidecars'],
    slots: ['service-mesh'],
    active: (a, slot) => slot === 'service-mesh' && (a.mtls === 'strict' || a.mtls === 'default-on'),
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

/** The constraints that can exclude anything under these answers in this slot. */
export const activeConstraints = (answers: Answers, slot: SlotId): ConstraintDef[] => CONSTRAINTS.filter((c) => !c.active || c.active(answers, slot))

/** Every reason the vendor is excluded from the slot; empty when it is eligible. */
export function exclusionReasons(vendor: Vendor, fit: SlotFit, answers: Answers, slot: SlotId = fit.slot): string[] {
  const reasons: string[] = []
  for (const c of CONSTRAINTS) {
    const r = c.check(vendor, fit, answers, slot)
    if (r !== undefined) reasons.push(r)
  }
  return reasons
}
