import type { FieldName } from '../answers/registry'
import type { Answers } from '../answers/schema'
import type { CapabilityFact, SlotFit, Vendor } from '../catalog/schema'
import type { SlotId } from '../catalog/slots'
import { coverage } from './capability'
import type { CriterionId } from './criteria-ids'
import { openSourceRoute } from './licence'
import { chosenMode, DATA_PLANE_EFFICIENCY, DATA_PLANE_LABEL, isSidecar, usableDataPlanes } from './mesh'

/**
 * A rating is a whole number from 0 to 100 derived from the vendor's typed facts by the rules
 * below; no score is stored in the data. Whole numbers keep every comparison exact.
 */
export interface Rating {
  rating: number
  reason: string
  /** The fact behind this rating is unverified: the rating is a neutral placeholder. */
  unverified?: boolean
}

export interface CriterionDef {
  id: CriterionId
  label: string
  /** Which slots the criterion is meaningful for. */
  appliesTo: (slot: SlotId) => boolean
  /** The answer fields its weight or rating depends on: robustness varies only these. */
  reads: readonly FieldName[]
  /**
   * The answer fields its rating (not just its weight) depends on: robustness re-rates only for
   * these, and a criterion whose rating reads none is rated once per vendor and slot.
   */
  rates: readonly FieldName[]
  /** Fields among `reads` that matter only in some slots (the mesh's answers for a shared criterion). */
  onlyIn?: { fields: readonly FieldName[]; slots: readonly SlotId[] }
  /** The weight (0-10) the answers give it; explicit `weights` in the answers replace it. */
  weight: (answers: Answers) => number
  /** The rule for this slot: criteria that mean different things per slot choose by slot. */
  rate: (vendor: Vendor, fit: SlotFit, answers: Answers, slot: SlotId) => Rating
}

type Table<K extends string> = Record<K, number>

const ALL = () => true
const isMesh = (s: SlotId) => s === 'service-mesh'
const isObservability = (s: SlotId) => s === 'tracing' || s === 'logs' || s === 'metrics'
const isSecurity = (s: SlotId) => s === 'access-control' || s === 'secrets'

const OVERHEAD_REASON: Record<string, string> = {
  'ebpf-per-node': 'lowest compute overhead: eBPF in the kernel, one proxy per node',
  ambient: 'low compute overhead: one shared proxy per node',
  'sidecar-micro-proxy': 'moderate compute overhead: a small proxy in every pod',
  'sidecar-envoy': 'high compute overhead: an Envoy proxy in every pod',
}

// Whole-number weights (0-10). With whole-number ratings, every weighted sum is an exact integer,
// so rankings never depend on floating-point noise.
const OPENNESS: Table<Answers['openSource']> = { required: 6, preferred: 4, 'no-preference': 0 }
const GOVERNANCE: Table<Answers['openSource']> = { required: 2, preferred: 2, 'no-preference': 1 }
const HOSTING: Table<Answers['hosting']> = { 'self-hosted': 2, saas: 4, either: 0 }
const DATA_PLANE: Table<Answers['sidecars']> = { avoid: 4, tolerate: 3, fine: 0 }
const COMPUTE: Table<Answers['costSensitivity']> = { low: 1, medium: 3, high: 6 }
const SPEND: Table<Answers['costSensitivity']> = { low: 1, medium: 3, high: 5 }
// "We will configure it" waives the default, not mTLS itself: encrypting and authenticating traffic
// between services is the first thing teams adopt a mesh for, so enforceability still counts.
const MTLS: Table<Answers['mtls']> = { strict: 4, 'default-on': 4, preferred: 3, 'no-preference': 2 }

/** A capability fact as a 0-100 rating for the criteria that score one capability on its own. */
function factRating(f: CapabilityFact | undefined, yes: string, partial: string, no: string): Rating {
  const v = f?.value ?? 'unknown'
  if (v === 'yes') return { rating: 100, reason: yes }
  if (v === 'partial') return { rating: 60, reason: `${partial}${f?.note ? ` (${f.note.split('. ')[0]!.replace(/\.$/, '')})` : ''}` }
  if (v === 'no') return { rating: 20, reason: no }
  return { rating: 50, reason: `${yes.split(':')[0]}: unverified`, unverified: true }
}

/** The capabilities that keep a telemetry bill in check, per signal. */
const SPEND_CONTROLS = {
  tracing: ['tail-sampling', 'trace-retention-control'],
  logs: ['tiered-storage', 'log-to-metric', 'log-retention-control'],
  metrics: ['cardinality-controls', 'downsampling'],
} as const
const SPEND_LABEL: Record<string, string> = {
  'tail-sampling': 'tail-based sampling',
  'trace-retention-control': 'trace retention',
  'tiered-storage': 'archive tiers',
  'log-to-metric': 'log-to-metric',
  'log-retention-control': 'log retention',
  'cardinality-controls': 'cardinality limits',
  downsampling: 'downsampling',
}

/** Lower-cases a label's first word for use mid-sentence, unless it is a name (PromQL, SSO, OpenCost). */
export const midSentence = (label: string) => label.replace(/^[A-Z][a-z]*(?=[\s-]|$)/, (w) => w.toLowerCase())
const list = (caps: { label: string }[]) => caps.map((c) => midSentence(c.label)).join(', ')

export const CRITERIA: readonly CriterionDef[] = [
  {
    id: 'capability',
    label: 'Capabilities',
    appliesTo: ALL,
    reads: [],
    rates: [],
    weight: () => 6,
    rate: (v, fit, _a, slot) => {
      const c = coverage(v, fit, slot)
      if (!c.known)
        return fit.fit === 'core' ? { rating: 100, reason: 'a product made for this slot' } : { rating: 55, reason: `partial fit: ${fit.note ?? 'not its main focus'}` }
      const have = c.covered.length
      const of = c.covered.length + c.partial.length + c.missing.length + c.unknown.length
      const lacking = c.missing.filter((m) => m.importance === 'core')
      const reason =
        lacking.length > 0
          ? `covers ${have} of ${of} capabilities experts check; lacks ${list(lacking)}`
          : c.partial.length + c.unknown.length > 0
            ? `covers ${have} of ${of} capabilities experts check${c.unknown.length > 0 ? ` (${c.unknown.length} unverified)` : ''}`
            : `covers all ${of} capabilities experts check`
      return { rating: c.rating, reason, ...(c.unknown.length * 2 > of ? { unverified: true } : {}) }
    },
  },
  {
    id: 'openness',
    label: 'Open-source licence',
    appliesTo: ALL,
    reads: ['openSource'],
    rates: [],
    weight: (a) => OPENNESS[a.openSource],
    rate: (v, _f, _a, slot) => {
      const route = openSourceRoute(v, slot)
      if (route.kind === 'open-source') return { rating: 100, reason: `open source (${v.license.spdx})` }
      // official open-source releases beat source you must build and support yourself
      if (route.kind === 'edition')
        return route.officialBuilds
          ? { rating: 70, reason: `open-source edition: ${route.edition}` }
          : { rating: 55, reason: `open source only if you build it yourself: ${route.edition}` }
      if (v.license.model === 'source-available') return { rating: 35, reason: `source-available (${v.license.spdx}), not open source` }
      return { rating: 0, reason: route.reason === 'proprietary' ? 'proprietary' : `proprietary; ${route.reason}` }
    },
  },
  {
    id: 'governance',
    label: 'Neutral governance',
    appliesTo: ALL,
    reads: ['openSource'],
    rates: [],
    weight: (a) => GOVERNANCE[a.openSource],
    rate: (v) => {
      const s = v.cncf.status
      if (s === 'graduated') return { rating: 100, reason: 'CNCF graduated' }
      if (s === 'incubating') return { rating: 80, reason: 'CNCF incubating' }
      if (s === 'sandbox') return { rating: 60, reason: 'CNCF sandbox' }
      return { rating: 30, reason: 'governed by a single company' }
    },
  },
  {
    id: 'hosting',
    label: 'Hosting fit',
    // A mesh's data plane always runs in your cluster; "SaaS" for a mesh only means a hosted
    // management plane (Tetrate: https://docs.tetrate.io/service-bridge/concepts/hosted-and-on-prem),
    // so the hosting preference does not rank meshes.
    appliesTo: (s) => !isMesh(s),
    reads: ['hosting'],
    rates: ['hosting'],
    weight: (a) => HOSTING[a.hosting],
    rate: (v, _f, a) => {
      const d = v.delivery.model
      if (a.hosting === 'self-hosted')
        return d === 'saas' ? { rating: 0, reason: 'SaaS only' } : { rating: 100, reason: 'runs on your own infrastructure' }
      if (d === 'saas') return { rating: 100, reason: 'offered as SaaS' }
      if (d === 'both') return { rating: a.hosting === 'saas' ? 80 : 100, reason: 'offered as SaaS or self-hosted' }
      return { rating: a.hosting === 'saas' ? 20 : 100, reason: 'self-hosted only: you run it' }
    },
  },
  {
    id: 'dataPlane',
    label: 'Data-plane model',
    appliesTo: isMesh,
    reads: ['sidecars', 'mtls'],
    rates: ['sidecars', 'mtls'],
    weight: (a) => DATA_PLANE[a.sidecars],
    rate: (v, _f, a) => {
      const plane = chosenMode(v, a)?.plane ?? usableDataPlanes(v, a)[0]
      if (!plane) return { rating: 0, reason: 'needs sidecars' }
      if (a.sidecars === 'fine') return { rating: 100, reason: `runs ${DATA_PLANE_LABEL[plane]}` }
      return isSidecar(plane)
        ? { rating: 40, reason: `${DATA_PLANE_LABEL[plane]} only` }
        : { rating: 100, reason: `no sidecar per pod: ${DATA_PLANE_LABEL[plane]}` }
    },
  },
  {
    id: 'computeCost',
    label: 'Compute overhead and savings',
    appliesTo: (s) => isMesh(s) || s === 'k8s-cost' || s === 'cloud-cost',
    reads: ['costSensitivity', 'sidecars', 'mtls'],
    rates: ['sidecars', 'mtls'],
    onlyIn: { fields: ['sidecars', 'mtls'], slots: ['service-mesh'] },
    weight: (a) => COMPUTE[a.costSensitivity],
    rate: (v, _f, a, slot) => {
      if (isMesh(slot)) {
        const plane = chosenMode(v, a)?.plane ?? [...usableDataPlanes(v, a)].sort((x, y) => DATA_PLANE_EFFICIENCY[y] - DATA_PLANE_EFFICIENCY[x])[0]
        if (!plane) return { rating: 0, reason: 'no usable data plane' }
        return { rating: DATA_PLANE_EFFICIENCY[plane], reason: OVERHEAD_REASON[plane]! }
      }
      // A Kubernetes cost tool saves compute by acting on the cluster; a cloud-bill tool by
      // managing commitments (reserved instances, savings plans, committed-use discounts).
      const facts = v.capabilities?.[slot]
      if (slot === 'k8s-cost') {
        if (!facts) return v.cost?.automation === 'automated' ? { rating: 100, reason: 'acts on the cluster to save compute' } : { rating: 50, reason: 'recommends; you act on it' }
        return factRating(facts['automated-actions'], 'acts on the cluster to save compute: rightsizing, node consolidation or spot', 'some automated actions', 'recommends savings; you apply them')
      }
      return factRating(facts?.['commitment-management'], 'manages commitments: reserved instances, savings plans or committed-use discounts', 'tracks commitments', 'no commitment management')
    },
  },
  {
    id: 'mtls',
    label: 'mTLS',
    appliesTo: isMesh,
    reads: ['mtls', 'sidecars'],
    rates: ['mtls', 'sidecars'],
    weight: (a) => MTLS[a.mtls],
    rate: (v, _f, a) => {
      // the mode the team would run, or the best usable one when none meets a hard requirement
      const mode = chosenMode(v, a) ?? chosenMode(v, { ...a, mtls: 'preferred' })
      if (!mode) return { rating: 0, reason: 'no usable data plane' }
      const on = mode.mtlsByDefault
      const strict = mode.strictMeshWide
      if (a.mtls === 'no-preference') {
        // the team configures mTLS itself: what matters is that it can be made strict mesh-wide
        if (strict === 'yes') return { rating: 100, reason: 'strict mTLS enforceable mesh-wide' }
        if (strict === 'partial') return { rating: 40, reason: 'mutual authentication only per policy, not mesh-wide' }
        if (strict === 'no') return { rating: 10, reason: 'no mesh-wide mTLS' }
        return { rating: 50, reason: 'mTLS enforcement unverified', unverified: true }
      }
      if (on === 'unknown' || strict === 'unknown') return { rating: 50, reason: 'mTLS behaviour unverified', unverified: true }
      if (on === 'yes' && strict === 'yes') return { rating: 100, reason: 'mTLS on by default between meshed services; strict mode enforceable mesh-wide' }
      if (on === 'yes') return { rating: 70, reason: 'mTLS on by default; strict mode only per policy' }
      if (strict === 'yes') return { rating: 60, reason: 'mTLS off until you enable it; then enforceable mesh-wide' }
      if (strict === 'partial') return { rating: 30, reason: 'mutual authentication only per policy; traffic not encrypted by default' }
      return { rating: 10, reason: 'no mesh-wide mTLS' }
    },
  },
  {
    id: 'spend',
    label: 'Telemetry spend control',
    appliesTo: isObservability,
    reads: ['costSensitivity'],
    rates: [],
    weight: (a) => SPEND[a.costSensitivity],
    rate: (v, _f, _a, slot) => {
      // Self-run open source has no licence fee (you pay compute and storage). Otherwise what keeps
      // a telemetry bill in check are the documented controls on volume and retention: sampling,
      // archive tiers, log-to-metric, cardinality limits, downsampling (sourced capability facts).
      if (openSourceRoute(v, slot).kind !== 'none' && v.delivery.model !== 'saas') return { rating: 90, reason: 'no licence fee when self-hosted: you pay compute and storage' }
      const facts = v.capabilities?.[slot]
      const controls = SPEND_CONTROLS[slot as keyof typeof SPEND_CONTROLS]
      if (!facts) return { rating: 45, reason: 'spend controls unverified', unverified: true }
      const credit = { yes: 1, partial: 0.5, unknown: 0.5, no: 0 } as const
      const got = controls.reduce((sum, id) => sum + credit[facts[id]?.value ?? 'unknown'], 0)
      const rating = Math.round(30 + (55 * got) / controls.length)
      const have = controls.filter((id) => facts[id]?.value === 'yes').map((id) => SPEND_LABEL[id]!)
      return have.length > 0
        ? { rating, reason: `controls on telemetry spend: ${have.join(', ')}` }
        : { rating, reason: 'few documented controls on telemetry volume or retention' }
    },
  },
  {
    id: 'k8sIntegration',
    label: 'Kubernetes integration',
    appliesTo: (s) => isSecurity(s) || s === 'k8s-cost',
    reads: [],
    rates: [],
    weight: () => 3,
    rate: (v, _f, _a, slot) => {
      if (slot === 'k8s-cost') {
        const k = v.cost?.kubernetesNative ?? 'unknown'
        if (k === 'yes') return { rating: 100, reason: 'measures cost inside the cluster' }
        if (k === 'partial') return { rating: 65, reason: 'Kubernetes cost through an agent or metrics integration' }
        return { rating: 50, reason: 'Kubernetes support unverified', unverified: true }
      }
      const k = v.security?.kubernetesIntegration ?? 'unknown'
      if (k === 'native') return { rating: 100, reason: 'native Kubernetes integration' }
      if (k === 'api-integration') return { rating: 70, reason: 'integrates through the Kubernetes API' }
      if (k === 'none') return { rating: 30, reason: 'no Kubernetes integration' }
      return { rating: 50, reason: 'Kubernetes integration unverified', unverified: true }
    },
  },
  {
    id: 'incumbent',
    label: 'Already in use',
    appliesTo: ALL,
    reads: ['existingTools'],
    rates: ['existingTools'],
    weight: (a) => (a.existingTools.length > 0 ? 3 : 0),
    rate: (v, _f, a) =>
      a.existingTools.includes(v.id) ? { rating: 100, reason: 'already in use by your team' } : { rating: 0, reason: 'new to your team' },
  },
]

export const CRITERION_BY_ID = new Map(CRITERIA.map((c) => [c.id, c]))

/** The answer fields a criterion reads in a slot. */
export function readsIn(c: CriterionDef, slot: SlotId): readonly FieldName[] {
  return c.onlyIn && !c.onlyIn.slots.includes(slot) ? c.reads.filter((f) => !c.onlyIn!.fields.includes(f)) : c.reads
}
export { DATA_PLANE_LABEL, isSidecar, usableDataPlanes }
