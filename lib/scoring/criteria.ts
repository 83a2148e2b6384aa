import type { FieldName } from '../answers/registry'
import type { Answers } from '../answers/schema'
import type { DataPlane, SlotFit, Vendor } from '../catalog/schema'
import type { SlotId } from '../catalog/slots'
import type { CriterionId } from './criteria-ids'

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
const isCost = (s: SlotId) => s === 'k8s-cost' || s === 'cloud-cost'

const DATA_PLANE_LABEL: Record<DataPlane, string> = {
  'ebpf-per-node': 'eBPF with a per-node proxy',
  ambient: 'sidecarless ambient mode',
  'sidecar-micro-proxy': 'Rust micro-proxy sidecars',
  'sidecar-envoy': 'Envoy sidecars',
}
/**
 * Compute overhead by data-plane model. Sources: Istio's 1.24 figures (sidecar ~0.20 vCPU / 60 MB per
 * pod vs ztunnel ~0.06 vCPU / 12 MB per node) and the 2021 Linkerd/Istio benchmark (26 MB vs 156 MB
 * per proxy). Per-node designs pay once per node, sidecars once per pod.
 */
const DATA_PLANE_EFFICIENCY: Record<DataPlane, number> = {
  'ebpf-per-node': 100,
  ambient: 85,
  'sidecar-micro-proxy': 60,
  'sidecar-envoy': 30,
}
const OVERHEAD_REASON: Record<DataPlane, string> = {
  'ebpf-per-node': 'lowest compute overhead: eBPF in the kernel, one proxy per node',
  ambient: 'low compute overhead: one shared proxy per node',
  'sidecar-micro-proxy': 'moderate compute overhead: a small proxy in every pod',
  'sidecar-envoy': 'high compute overhead: an Envoy proxy in every pod',
}
export const isSidecar = (p: DataPlane) => p === 'sidecar-envoy' || p === 'sidecar-micro-proxy'

/** The data-plane modes this user would run: sidecar modes drop out when sidecars are avoided. */
export function usableDataPlanes(vendor: Vendor, answers: Answers): DataPlane[] {
  const planes = vendor.mesh?.dataPlanes ?? []
  return answers.sidecars === 'avoid' ? planes.filter((p) => !isSidecar(p)) : planes
}

function bestPlane(vendor: Vendor, answers: Answers): DataPlane | undefined {
  return [...usableDataPlanes(vendor, answers)].sort((a, b) => DATA_PLANE_EFFICIENCY[b] - DATA_PLANE_EFFICIENCY[a])[0]
}

// Whole-number weights (0-10). With whole-number ratings, every weighted sum is an exact integer,
// so rankings never depend on floating-point noise.
const OPENNESS: Table<Answers['openSource']> = { required: 6, preferred: 4, 'no-preference': 0 }
const GOVERNANCE: Table<Answers['openSource']> = { required: 2, preferred: 2, 'no-preference': 1 }
const HOSTING: Table<Answers['hosting']> = { 'self-hosted': 2, saas: 4, either: 0 }
const DATA_PLANE: Table<Answers['sidecars']> = { avoid: 4, tolerate: 3, fine: 0 }
const COMPUTE: Table<Answers['costSensitivity']> = { low: 1, medium: 3, high: 6 }
const SPEND: Table<Answers['costSensitivity']> = { low: 1, medium: 3, high: 5 }
const MTLS: Table<Answers['mtls']> = { required: 4, preferred: 3, 'no-preference': 1 }

/** Cost tools save compute by acting on it; the mesh costs compute through its data plane. */
function costToolSavings(v: Vendor): Rating {
  return v.cost?.automation === 'automated'
    ? { rating: 100, reason: 'automates savings (autoscaling, spot, rightsizing)' }
    : { rating: 50, reason: 'visibility and recommendations; you act on them' }
}

function meshOverhead(v: Vendor, a: Answers): Rating {
  const plane = bestPlane(v, a)
  if (!plane) return { rating: 0, reason: 'no usable data plane' }
  return { rating: DATA_PLANE_EFFICIENCY[plane], reason: OVERHEAD_REASON[plane] }
}

function costToolKubernetes(v: Vendor): Rating {
  const k = v.cost?.kubernetesNative ?? 'unknown'
  if (k === 'yes') return { rating: 100, reason: 'Kubernetes-native' }
  if (k === 'partial') return { rating: 65, reason: 'Kubernetes support through an agent or integration' }
  return { rating: 50, reason: 'Kubernetes support unverified', unverified: true }
}

function securityKubernetes(v: Vendor): Rating {
  const k = v.security?.kubernetesIntegration ?? 'unknown'
  if (k === 'native') return { rating: 100, reason: 'native Kubernetes integration' }
  if (k === 'api-integration') return { rating: 70, reason: 'integrates through the Kubernetes API' }
  if (k === 'none') return { rating: 30, reason: 'no Kubernetes integration' }
  return { rating: 50, reason: 'Kubernetes integration unverified', unverified: true }
}

export const CRITERIA: readonly CriterionDef[] = [
  {
    id: 'capability',
    label: 'Slot fit',
    appliesTo: ALL,
    reads: [],
    rates: [],
    weight: () => 6,
    rate: (_v, fit) =>
      fit.fit === 'core'
        ? { rating: 100, reason: 'a core product for this slot' }
        : { rating: 55, reason: `partial fit: ${fit.note ?? 'not its main focus'}` },
  },
  {
    id: 'openness',
    label: 'Open-source licence',
    appliesTo: ALL,
    reads: ['openSource'],
    rates: [],
    weight: (a) => OPENNESS[a.openSource],
    rate: (v) => {
      const m = v.license.model
      if (m === 'open-source') return { rating: 100, reason: `open source (${v.license.spdx})` }
      if (m === 'open-core') return { rating: 70, reason: `open core (${v.license.spdx} core, commercial editions)` }
      if (m === 'source-available') return { rating: 35, reason: `source-available (${v.license.spdx}), not open source` }
      return { rating: 0, reason: 'proprietary' }
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
      return { rating: 30, reason: 'single-vendor governance' }
    },
  },
  {
    id: 'hosting',
    label: 'Hosting fit',
    appliesTo: ALL,
    reads: ['hosting'],
    rates: ['hosting'],
    weight: (a) => HOSTING[a.hosting],
    rate: (v, _f, a) => {
      const d = v.delivery.model
      if (a.hosting === 'either') return { rating: 100, reason: `${d} delivery` }
      if (a.hosting === 'self-hosted')
        return d === 'saas' ? { rating: 0, reason: 'SaaS only' } : { rating: 100, reason: 'runs self-hosted' }
      if (d === 'saas') return { rating: 100, reason: 'offered as SaaS' }
      if (d === 'both') return { rating: 80, reason: 'SaaS or self-hosted' }
      return { rating: 20, reason: 'self-hosted only: you run it' }
    },
  },
  {
    id: 'dataPlane',
    label: 'Data-plane model',
    appliesTo: isMesh,
    reads: ['sidecars'],
    rates: ['sidecars'],
    weight: (a) => DATA_PLANE[a.sidecars],
    rate: (v, _f, a) => {
      const plane = bestPlane(v, a)
      if (!plane) return { rating: 0, reason: 'needs sidecars' }
      const sidecarOnly = isSidecar(plane)
      if (a.sidecars === 'fine') return { rating: 100, reason: DATA_PLANE_LABEL[plane] }
      return sidecarOnly
        ? { rating: 40, reason: `${DATA_PLANE_LABEL[plane]} only` }
        : { rating: 100, reason: `${DATA_PLANE_LABEL[plane]}: no sidecar per pod` }
    },
  },
  {
    id: 'computeCost',
    label: 'Compute overhead and savings',
    appliesTo: (s) => isMesh(s) || isCost(s),
    reads: ['costSensitivity', 'sidecars'],
    rates: ['sidecars'],
    weight: (a) => COMPUTE[a.costSensitivity],
    rate: (v, _f, a, slot) => (isMesh(slot) ? meshOverhead(v, a) : costToolSavings(v)),
  },
  {
    id: 'mtls',
    label: 'mTLS by default',
    appliesTo: isMesh,
    reads: ['mtls'],
    rates: [],
    weight: (a) => MTLS[a.mtls],
    rate: (v) => {
      const m = v.mesh?.mtlsDefault ?? 'unknown'
      if (m === 'on') return { rating: 100, reason: 'mTLS on by default' }
      if (m === 'permissive') return { rating: 60, reason: 'mTLS automatic but permissive by default' }
      if (m === 'off') return { rating: 25, reason: 'mTLS off until you enable it' }
      return { rating: 50, reason: 'mTLS default unverified', unverified: true }
    },
  },
  {
    id: 'spend',
    label: 'Telemetry spend control',
    appliesTo: isObservability,
    reads: ['costSensitivity'],
    rates: [],
    weight: (a) => SPEND[a.costSensitivity],
    rate: (v) => {
      const o = v.observability
      const selfHostable = v.delivery.model !== 'saas'
      const openish = v.license.model === 'open-source' || v.license.model === 'open-core'
      if (openish && selfHostable) return { rating: 90, reason: 'no licence fee when self-hosted (you pay compute and storage)' }
      if (o?.costControls) return { rating: 80, reason: `cost controls: ${o.costControls}` }
      if (o?.freeTier === true) return { rating: 60, reason: 'has a free tier' }
      if (o && o.pricingModel !== 'unknown') return { rating: 45, reason: 'published usage pricing' }
      return { rating: 35, reason: 'pricing unverified', unverified: true }
    },
  },
  {
    id: 'k8sIntegration',
    label: 'Kubernetes integration',
    appliesTo: (s) => isSecurity(s) || isCost(s),
    reads: [],
    rates: [],
    weight: () => 3,
    rate: (v, _f, _a, slot) => (isCost(slot) ? costToolKubernetes(v) : securityKubernetes(v)),
  },
  {
    id: 'incumbent',
    label: 'Already in use',
    appliesTo: ALL,
    reads: ['existingTools'],
    rates: ['existingTools'],
    weight: (a) => (a.existingTools.length > 0 ? 3 : 0),
    rate: (v, _f, a) =>
      a.existingTools.includes(v.id)
        ? { rating: 100, reason: 'already in use by your team' }
        : { rating: 0, reason: 'new to your team' },
  },
  {
    id: 'evidence',
    label: 'Verified facts',
    appliesTo: ALL,
    reads: [],
    rates: [],
    weight: () => 1,
    rate: (v) => {
      const n = v.unverified.length
      const rating = Math.max(20, 100 - 15 * n)
      return n === 0
        ? { rating, reason: 'all key facts verified' }
        : { rating, reason: `${n} fact${n === 1 ? '' : 's'} unverified`, unverified: true }
    },
  },
]

export const CRITERION_BY_ID = new Map(CRITERIA.map((c) => [c.id, c]))
export { DATA_PLANE_LABEL }
