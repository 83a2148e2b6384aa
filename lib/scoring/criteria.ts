import type { FieldName } from '../answers/registry'
import type { Answers } from '../answers/schema'
import type { CapabilityFact, SlotFit, Vendor } from '../catalog/schema'
import type { SlotId } from '../catalog/slots'
import { needsFor, needsSignature, type Need } from '../answers/needs'
import { midSentence } from '../text'
import { coverage } from './capability'
import { CNI_BOUND_MESH, effectiveHosting, isBuiltInFor, runRoute, toolsInUse } from './context'
import type { Catalog } from '../catalog/build'
import type { CriterionId } from './criteria-ids'
import { openSourceRoute } from './licence'
import { chosenMode, DATA_PLANE_EFFICIENCY, DATA_PLANE_LABEL, isSidecar, usableDataPlanes } from './mesh'
import { PRICE_FIELDS, priceFieldsOf, slotPrices } from './price'

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
  /**
   * The fields its weight reads, when they are few: while it weighs 0, only these can make it count,
   * so robustness varies no other answer for it.
   */
  weighs?: readonly FieldName[]
  /**
   * The rating every product gets while the criterion weighs 0 in a slot, for a criterion whose
   * rating costs more than it tells then (price estimates every product of the slot).
   */
  idle?: Rating
  /** For a criterion whose fields differ in every slot: what it reads in a slot (replaces `reads` there). */
  readsBySlot?: (slot: SlotId) => readonly FieldName[]
  /**
   * For a criterion whose rating reads answers that stay fixed within a recommendation: a key equal
   * for answers that give equal ratings, so ratings are cached per vendor, slot and key.
   */
  cacheKey?: (answers: Answers, slot: SlotId) => string
  /** The weight (0-10) the answers give it; explicit `weights` in the answers replace it. */
  weight: (answers: Answers) => number
  /**
   * Slots where, under these answers (or with this data set), the criterion means nothing and
   * weighs 0 whatever its weight.
   */
  mutedIn?: (answers: Answers, slot: SlotId, catalog?: Catalog) => boolean
  /**
   * The rule for this slot: criteria that mean different things per slot choose by slot. The
   * catalog is there for a rating relative to the slot's other products (price).
   */
  rate: (vendor: Vendor, fit: SlotFit, answers: Answers, slot: SlotId, catalog: Catalog) => Rating
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
// Money in the team's own numbers ranks for the team that said cost matters most; everyone else sees
// the estimates beside the scores (and may weigh price in the what-if panel). The persona suite keeps
// its agreement from 2 to 8 here: the weight is not tuned to a team.
const PRICE: Table<Answers['costSensitivity']> = { low: 0, medium: 0, high: 4 }
// "We will configure it" waives the default, not mTLS itself: encrypting and authenticating traffic
// between services is the first thing teams adopt a mesh for, so enforceability still counts.
const MTLS: Table<Answers['mtls']> = { strict: 4, 'default-on': 4, preferred: 3, 'no-preference': 2 }

// A platform team's capacity decides how much running things costs it: none at all makes every
// component an interruption for product engineers; a platform organisation barely notices one
// more Helm release. Unknown capacity does not rank (no guess about the team).
const OPERATIONS: Table<Answers['platformTeam']> = { none: 5, small: 3, org: 1, unspecified: 0 }
/** Operational-load rating by the number of parts the team runs (0, 1, 2…; 6 or more: 25). */
const LOAD_BY_PARTS = [100, 90, 75, 60, 45, 35]
const PLATFORM_WEIGHTED: ReadonlySet<string> = new Set(['eks', 'gke', 'aks'])
const PLATFORM_NAME: Partial<Record<Answers['platform'], string>> = { eks: 'EKS', gke: 'GKE', aks: 'AKS', openshift: 'OpenShift' }

/** The answer fields the capability needs depend on (lib/answers/needs.ts). */
const NEEDS_FIELDS: readonly FieldName[] = ['needs', 'compliance', 'multiCluster', 'vmWorkloads', 'accessFor', 'costGoal', 'clouds', 'logVolume', 'metricSeries', 'traceVolume', 'retention']

const needsOf = needsFor

/** The capabilities whose lack a reason names: must-haves and those counting double (per needs list). */
const weightyCache = new WeakMap<readonly Need[], ReadonlySet<string>>()
function weightyOf(needs: readonly Need[]): ReadonlySet<string> {
  let set = weightyCache.get(needs)
  if (!set) weightyCache.set(needs, (set = new Set(needs.filter((n) => n.level === 'must' || n.weight >= 2).map((n) => n.capability.id))))
  return set
}

/**
 * Operational load from the sourced facts: the parts the team runs on the route it would take
 * (its own deployment, or the vendor's service with agents in the cluster) and, for software it
 * runs, how often it must upgrade. Each part is something to deploy, watch, scale and upgrade;
 * the steps are a judgment that orders products, not a measurement. A release line supported a
 * year or less with a minor every quarter (Istio's support window is about 7-9 months,
 * https://istio.io/latest/docs/releases/supported-releases/) means an upgrade project every quarter.
 */
export function operationalLoad(v: Vendor, a: Pick<Answers, 'hosting' | 'platform'>): Rating {
  const ops = v.operations
  if (!ops) return { rating: 50, reason: 'operational load unverified', unverified: true }
  const route = runRoute(v, a)
  const run = (route === 'self' ? ops.selfRun : ops.vendorRun) ?? ops.vendorRun ?? ops.selfRun
  const self = run === ops.selfRun && ops.selfRun !== undefined
  if (!run) return { rating: 50, reason: 'operational load unverified', unverified: true }
  const n = run.components.length
  let rating = LOAD_BY_PARTS[n] ?? 25
  const fast = self && (ops.releases.minorsPerYear ?? 0) >= 4 && (ops.releases.supportMonths ?? 99) <= 12
  if (fast) rating -= 10
  // the count, not the list: the parts are in the vendor's facts, and reasons stay one line
  const what = n === 0 ? 'nothing to run in your clusters' : `${n} part${n === 1 ? '' : 's'} to run${self ? '' : ' in your clusters'}`
  return { rating, reason: `${self ? 'you run it' : 'the vendor runs it'}; ${what}${fast ? '; a minor release every quarter' : ''}` }
}

/** A capability fact as a 0-100 rating for the criteria that score one capability on its own. */
function factRating(f: CapabilityFact | undefined, yes: string, partial: string, no: string): Rating {
  const v = f?.value ?? 'unknown'
  if (v === 'yes') return { rating: 100, reason: yes }
  if (v === 'partial') return { rating: 60, reason: `${partial}${f?.note ? ` (${f.note.split('. ')[0]!.replace(/\.$/, '')})` : ''}` }
  if (v === 'no') return { rating: 20, reason: no }
  return { rating: 50, reason: `${yes.split(':')[0]}: unverified`, unverified: true }
}

/**
 * Telemetry bills grow with volume (every vendor in the price research charges per GB ingested or
 * per active series), so at the top bands spend control counts for more whatever the team's
 * general cost sensitivity: +1 for 100 GB of logs, 1 million series or 10 GB of spans a day, +2 above.
 */
function volumeWeight(a: Pick<Answers, 'logVolume' | 'metricSeries' | 'traceVolume'>): number {
  const big = a.logVolume === '100-1000' || a.metricSeries === '1m-10m' || a.traceVolume === '10-100'
  const huge = a.logVolume === 'over-1000' || a.metricSeries === 'over-10m' || a.traceVolume === 'over-100'
  return huge ? 2 : big ? 1 : 0
}

/** The capabilities that keep a telemetry bill in check, per signal. */
const SPEND_CONTROLS = {
  tracing: ['tail-sampling', 'trace-retention-control'],
  logs: ['tiered-storage', 'log-to-metric', 'log-retention-control'],
  metrics: ['cardinality-controls', 'downsampling'],
} as const
/**
 * Downsampling keeps months of metrics cheap to query and store at a coarser resolution; it does
 * not cut what an active series costs. Thanos: "the initial goal of downsampling is not saving disk
 * space … [but] fast results for range queries of big time intervals like months or years"
 * (https://thanos.io/tip/components/compact.md/), and per-series prices (CloudWatch per metric-month,
 * Grafana Cloud per active series) do not depend on resolution. So with weeks of retention only
 * cardinality controls keep a metrics bill in check; from about three months on, downsampling counts too.
 */
const SHORT_RETENTION_METRIC_CONTROLS = ['cardinality-controls'] as const
const longRetention = (a: Pick<Answers, 'retention'>) => a.retention === '90d' || a.retention === '1y-plus'

const SPEND_LABEL: Record<string, string> = {
  'tail-sampling': 'tail-based sampling',
  'trace-retention-control': 'trace retention',
  'tiered-storage': 'archive tiers',
  'log-to-metric': 'log-to-metric',
  'log-retention-control': 'log retention',
  'cardinality-controls': 'cardinality limits',
  downsampling: 'downsampling',
}

export { midSentence }
const list = (caps: { label: string }[]) => caps.map((c) => midSentence(c.label)).join(', ')

export const CRITERIA: readonly CriterionDef[] = [
  {
    id: 'capability',
    label: 'Capabilities',
    appliesTo: ALL,
    reads: NEEDS_FIELDS,
    rates: NEEDS_FIELDS,
    cacheKey: (a, slot) => needsSignature(a, slot),
    weight: () => 6,
    rate: (v, fit, a, slot) => {
      const c = coverage(v, fit, needsOf(a, slot))
      if (!c.known)
        return fit.fit === 'core' ? { rating: 100, reason: 'a product made for this slot' } : { rating: 55, reason: `partial fit: ${fit.note ?? 'not its main focus'}` }
      const have = c.covered.length
      const of = c.covered.length + c.partial.length + c.missing.length + c.unknown.length
      const weighty = weightyOf(needsOf(a, slot))
      const lacking = c.missing.filter((m) => weighty.has(m.id))
      const reason =
        lacking.length > 0
          ? `covers ${have} of the ${of} capabilities you need; lacks ${list(lacking)}`
          : c.partial.length + c.unknown.length > 0
            ? `covers ${have} of the ${of} capabilities you need${c.unknown.length > 0 ? ` (${c.unknown.length} unverified)` : ''}`
            : `covers all ${of} capabilities you need`
      return { rating: c.rating, reason, ...(c.unknown.length * 2 > of ? { unverified: true } : {}) }
    },
  },
  {
    id: 'openness',
    label: 'Open-source licence',
    appliesTo: ALL,
    reads: ['openSource', 'orgSize'],
    rates: ['orgSize'],
    cacheKey: (a) => a.orgSize,
    weight: (a) => OPENNESS[a.openSource],
    rate: (v, _f, a, slot) => {
      const route = openSourceRoute(v, slot, a.orgSize)
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
    reads: ['hosting', 'platform'],
    rates: ['hosting', 'platform'],
    weight: (a) => HOSTING[effectiveHosting(a)],
    rate: (v, _f, a) => {
      const d = v.delivery.model
      const hosting = effectiveHosting(a)
      if (hosting === 'self-hosted')
        return d === 'saas' ? { rating: 0, reason: 'SaaS only' } : { rating: 100, reason: 'runs on your own infrastructure' }
      if (d === 'saas') return { rating: 100, reason: v.builtIn ? 'a managed service of your cloud' : 'offered as SaaS' }
      if (d === 'both') return { rating: hosting === 'saas' ? 80 : 100, reason: 'offered as SaaS or self-hosted' }
      return { rating: hosting === 'saas' ? 20 : 100, reason: 'self-hosted only: you run it' }
    },
  },
  {
    id: 'dataPlane',
    label: 'Data-plane model',
    appliesTo: isMesh,
    reads: ['sidecars', 'mtls'],
    rates: ['sidecars', 'mtls'],
    cacheKey: (a) => `${a.sidecars}|${a.mtls}`,
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
    reads: ['costSensitivity', 'sidecars', 'mtls', 'costGoal'],
    rates: ['sidecars', 'mtls', 'costGoal'],
    cacheKey: (a, slot) => (isMesh(slot) ? `${a.sidecars}|${a.mtls}` : a.costGoal),
    onlyIn: { fields: ['sidecars', 'mtls'], slots: ['service-mesh'] },
    weight: (a) => COMPUTE[a.costSensitivity],
    rate: (v, _f, a, slot) => {
      if (isMesh(slot)) {
        const plane = chosenMode(v, a)?.plane ?? [...usableDataPlanes(v, a)].sort((x, y) => DATA_PLANE_EFFICIENCY[y] - DATA_PLANE_EFFICIENCY[x])[0]
        if (!plane) return { rating: 0, reason: 'no usable data plane' }
        return { rating: DATA_PLANE_EFFICIENCY[plane], reason: OVERHEAD_REASON[plane]! }
      }
      // a team that wants to see and share cost is not buying automation: it neither helps nor hurts
      if (a.costGoal === 'allocation') return { rating: 50, reason: 'automated savings do not count: you want to see and share cost' }
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
    cacheKey: (a) => `${a.sidecars}|${a.mtls}`,
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
    reads: ['costSensitivity', 'orgSize', 'hosting', 'logVolume', 'metricSeries', 'traceVolume', 'retention'],
    rates: ['orgSize', 'hosting', 'retention'],
    cacheKey: (a) => `${a.orgSize}|${a.hosting}|${longRetention(a) ? 'long' : 'short'}`,
    weight: (a) => Math.min(10, SPEND[a.costSensitivity] + volumeWeight(a)),
    rate: (v, _f, a, slot) => {
      // Self-run open source has no licence fee (you pay compute and storage). Otherwise what keeps
      // a telemetry bill in check are the documented controls on volume and retention: sampling,
      // archive tiers, log-to-metric, cardinality limits, downsampling (sourced capability facts).
      // a team that prefers SaaS would buy the hosted service of an open-source product, so its bill counts
      const selfRun = v.delivery.model === 'self-hosted' || (v.delivery.model === 'both' && a.hosting !== 'saas')
      if (openSourceRoute(v, slot, a.orgSize).kind !== 'none' && selfRun) return { rating: 90, reason: 'no licence fee when self-hosted: you pay compute and storage' }
      const facts = v.capabilities?.[slot]
      const controls = slot === 'metrics' && !longRetention(a) ? SHORT_RETENTION_METRIC_CONTROLS : SPEND_CONTROLS[slot as keyof typeof SPEND_CONTROLS]
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
    id: 'operations',
    label: 'Operational load',
    appliesTo: ALL,
    reads: ['platformTeam', 'hosting', 'platform'],
    rates: ['hosting', 'platform'],
    cacheKey: (a) => effectiveHosting(a),
    weight: (a) => OPERATIONS[a.platformTeam],
    rate: (v, _f, a) => operationalLoad(v, a),
  },
  {
    id: 'platform',
    label: 'Fits your platform',
    appliesTo: ALL,
    reads: ['platform', 'cni'],
    rates: ['platform', 'cni'],
    onlyIn: { fields: ['cni'], slots: ['service-mesh'] },
    weight: (a) => (PLATFORM_WEIGHTED.has(a.platform) || (a.cni !== 'unspecified' && a.scope.includes('service-mesh')) ? 3 : 0),
    rate: (v, _f, a, slot) => {
      if (isBuiltInFor(v, a.platform)) return { rating: 100, reason: `built into ${PLATFORM_NAME[a.platform] ?? 'your platform'}: no new vendor, billed with your cloud` }
      if (isMesh(slot) && v.id === CNI_BOUND_MESH && a.cni !== 'unspecified')
        return a.cni === 'cilium'
          ? { rating: 100, reason: 'builds on Cilium, already your CNI' }
          : { rating: 10, reason: 'needs Cilium as the CNI: replacing yours changes networking for every pod' }
      return { rating: 50, reason: 'not tied to your platform' }
    },
  },
  {
    id: 'incumbent',
    label: 'Already in use',
    appliesTo: ALL,
    reads: ['existingTools', 'platform', 'cni'],
    rates: ['existingTools', 'platform', 'cni'],
    weight: (a) => (toolsInUse(a).size > 0 ? 3 : 0),
    rate: (v, _f, a) => {
      if (a.existingTools.includes(v.id)) return { rating: 100, reason: 'already in use by your team' }
      if (toolsInUse(a).has(v.id)) return { rating: 100, reason: a.platform === 'openshift' && v.id !== CNI_BOUND_MESH ? 'part of your OpenShift platform' : 'already running in your clusters' }
      return { rating: 0, reason: 'new to your team' }
    },
  },
  {
    // Price, rated against the slot's other estimates for the team's own cluster and volumes
    // (lib/scoring/price.ts): a lower known estimate is an advantage, an unknown one never is.
    id: 'price',
    label: 'Price for your cluster',
    appliesTo: ALL,
    reads: ['costSensitivity', 'costGoal', ...PRICE_FIELDS],
    rates: PRICE_FIELDS,
    readsBySlot: (slot) => ['costSensitivity', 'costGoal', ...priceFieldsOf(slot)],
    weighs: ['costSensitivity', 'costGoal'],
    idle: { rating: 50, reason: 'price not weighed: it counts when cost sensitivity is high; the estimate is under monthlyCost' },
    weight: (a) => PRICE[a.costSensitivity],
    // A tool bought to cut the cloud bill is judged by what it saves net of its fee (FinOps:
    // https://www.finops.org/framework/capabilities/rate-optimization/ and workload optimization);
    // the savings are not estimated in money, so its fee alone would favour the tool that saves
    // least. Automation is weighed by "Compute overhead and savings" instead.
    // A data set without a price book (generated, or a test's) has nothing to rank by.
    mutedIn: (a, slot, catalog) => (catalog !== undefined && !catalog.prices) || ((slot === 'k8s-cost' || slot === 'cloud-cost') && a.costGoal !== 'allocation'),
    rate: (v, _f, a, slot, catalog) => slotPrices(slot, a, catalog)?.ratings.get(v.id) ?? { rating: 50, reason: 'price not estimated: no price book with this data set', unverified: true },
  },
]

export const CRITERION_BY_ID = new Map(CRITERIA.map((c) => [c.id, c]))

/** The answer fields a criterion reads in a slot. */
export function readsIn(c: CriterionDef, slot: SlotId): readonly FieldName[] {
  if (c.readsBySlot) return c.readsBySlot(slot)
  return c.onlyIn && !c.onlyIn.slots.includes(slot) ? c.reads.filter((f) => !c.onlyIn!.fields.includes(f)) : c.reads
}
export { DATA_PLANE_LABEL, isSidecar, usableDataPlanes }
