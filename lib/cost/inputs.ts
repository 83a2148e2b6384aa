// zod/mini, like the answers' schemas: the inputs may be checked in the browser, next to them.
import * as z from 'zod/mini'
import type { Answers } from '../answers/schema'
import type { DataPlane } from '../catalog/schema'
import { describeIssues, type DataIssue } from '../catalog/issues'
import { DATA_PLANE_LABEL } from '../scoring/mesh'
import { slotsInScope } from '../answers/scope'
import { MANAGED_PLATFORM_CLOUD, spansToGbPerDay, TYPICAL_SPAN_BYTES } from '../answers/usage'
import type { SlotId } from '../catalog/slots'
import { CLOUD_IDS } from './price-book'

const GROUPED = new Intl.NumberFormat('en-US')
const GB = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 })
const num = (field: string, min: number, max: number) =>
  z.number({ error: `${field}: expected a number from ${min} to ${GROUPED.format(max)}` }).check(z.minimum(min, `${field}: at least ${min}`), z.maximum(max, `${field}: at most ${GROUPED.format(max)}`))
const int = (field: string, min: number, max: number) =>
  z.int({ error: `${field}: expected a whole number from ${min} to ${GROUPED.format(max)}` }).check(z.minimum(min, `${field}: at least ${min}`), z.maximum(max, `${field}: at most ${GROUPED.format(max)}`))

const PLANES = Object.keys(DATA_PLANE_LABEL) as [DataPlane, ...DataPlane[]]

/**
 * What the cost model needs to know. Bounds are generous sanity limits, not judgements: Kubernetes
 * documents clusters of up to 5,000 nodes (https://kubernetes.io/docs/setup/best-practices/cluster-large/),
 * and pods per node beyond a few hundred mean a typo.
 */
export const CostInputsSchema = z.strictObject({
  cluster: z.strictObject({
    nodes: int('cluster.nodes', 1, 5000),
    podsPerNode: int('cluster.podsPerNode', 1, 1000),
    cloud: z.enum(CLOUD_IDS, { error: 'cluster.cloud: expected "aws", "gcp", "azure" or "on-prem"' }),
    vcpuPerNode: z.optional(num('cluster.vcpuPerNode', 1, 1024)),
    memoryGiBPerNode: z.optional(num('cluster.memoryGiBPerNode', 1, 32768)),
    /** Requests per second between meshed services, cluster-wide. */
    requestsPerSecond: z.optional(num('cluster.requestsPerSecond', 0, 1e8)),
  }),
  telemetry: z.strictObject({
    logsGbPerDay: num('telemetry.logsGbPerDay', 0, 1e6),
    activeSeries: int('telemetry.activeSeries', 0, 1e10),
    tracesGbPerDay: z.optional(num('telemetry.tracesGbPerDay', 0, 1e6)),
    /** For prices per span; the book has none usable yet (GB-priced vendors read tracesGbPerDay). */
    spansPerSecond: z.optional(num('telemetry.spansPerSecond', 0, 1e9)),
    retentionDays: int('telemetry.retentionDays', 1, 3650),
  }),
  /** USD, for cost tools priced on spend. */
  cloudSpendPerMonth: z.optional(num('cloudSpendPerMonth', 0, 1e10)),
  /** People needing access (per-seat security pricing). */
  accessUsers: z.optional(int('accessUsers', 0, 1e6)),
  /** Secrets kept in a cloud secrets manager (priced per secret); DEFAULT_SECRETS when not given. */
  secretsStored: z.optional(int('secretsStored', 0, 1e7)),
  /** How a product sold both ways is run. */
  hosting: z.enum(['saas', 'self-hosted'], { error: 'hosting: expected "saas" or "self-hosted"' }),
  /** USD per vCPU-hour, GiB-hour (and disk GB-month) on-prem; OpenCost's default rates otherwise. */
  onPremRates: z.optional(
    z.strictObject({ vcpuHour: num('onPremRates.vcpuHour', 0, 10), gibHour: num('onPremRates.gibHour', 0, 10), blockGbMonth: z.optional(num('onPremRates.blockGbMonth', 0, 10)) }),
  ),
  /** The mesh's data plane when the vendor has several (the ranking's chosen mode). */
  meshDataPlane: z.optional(z.enum(PLANES, { error: `meshDataPlane: expected one of ${PLANES.join(', ')}` })),
  /** Inputs that are defaults, not answers, in words ("10 nodes"). */
  assumed: z.array(z.string().check(z.minLength(1))),
})

export type CostInputs = z.output<typeof CostInputsSchema>

export type CostInputsResult = { ok: true; inputs: CostInputs } | { ok: false; issues: DataIssue[] }

export function parseCostInputs(raw: unknown): CostInputsResult {
  const parsed = CostInputsSchema.safeParse(raw)
  return parsed.success ? { ok: true, inputs: parsed.data } : { ok: false, issues: describeIssues(parsed.error.issues, raw) }
}

/**
 * The questionnaire asks volumes in decade bands. A band stands for its middle on a log scale
 * (√(10 × 100) ≈ 32 GB for "10 to 100 GB"); an open top band for its floor, so the estimate says
 * "at least". "Not sure" takes the second band's middle, and says so.
 */
const LOG_GB_PER_DAY = { 'under-10': 3.2, '10-100': 32, '100-1000': 320, 'over-1000': 1000 } as const
const ACTIVE_SERIES = { 'under-100k': 32_000, '100k-1m': 320_000, '1m-10m': 3_200_000, 'over-10m': 10_000_000 } as const
const TRACE_GB_PER_DAY = { 'under-1': 0.32, '1-10': 3.2, '10-100': 32, 'over-100': 100 } as const
const RETENTION_DAYS = { '7d': 7, '30d': 30, '90d': 90, '1y-plus': 365 } as const
/** Organisation size as an upper bound on access seats: not everyone needs one. */
const PEOPLE = { 'under-20': 10, '20-99': 45, '100-999': 320, '1000-plus': 1000 } as const

/** Cluster size and cloud bill bands, the same way: log-scale middles, open top bands at their floor. */
const NODES = { '1-10': 3, '11-50': 23, '51-200': 101, '201-1000': 448, 'over-1000': 1000 } as const
// "up to 20" counts from 5: the node's own DaemonSets (CNI, kube-proxy, log agent) run on every node
const PODS_PER_NODE = { 'up-to-20': 10, '21-50': 32, '51-110': 75, 'over-110': 110 } as const
const CLOUD_SPEND = { 'under-10k': 3_200, '10k-100k': 32_000, '100k-1m': 320_000, 'over-1m': 1_000_000 } as const

/**
 * Where the answers do not give the cluster's size, 10 nodes of 30 pods is the stated starting
 * point; 4 vCPU and 16 GiB per node is the instance size the compute rates are quoted for
 * (m7i.xlarge, n2-standard-4, D4s v5).
 */
export const DEFAULT_CLUSTER = { nodes: 10, podsPerNode: 30, vcpuPerNode: 4, memoryGiBPerNode: 16 } as const

/**
 * Secrets a secrets manager holds when the inputs do not say: a round starting point, like the
 * 10-node cluster, stated in the estimate's basis (the questionnaire does not ask).
 */
export const DEFAULT_SECRETS = 100

const PLATFORM_CLOUD = { ...MANAGED_PLATFORM_CLOUD, 'self-managed': 'on-prem', 'air-gapped': 'on-prem' } as const

type BandAnswers = Pick<
  Answers,
  | 'platform'
  | 'clouds'
  | 'logVolume'
  | 'metricSeries'
  | 'traceVolume'
  | 'retention'
  | 'orgSize'
  | 'hosting'
  | 'clusterNodes'
  | 'podsPerNode'
  | 'cloudSpend'
  | 'cluster'
  | 'telemetry'
  | 'cloudSpendPerMonth'
  | 'accessUsers'
  | 'secretsStored'
  | 'scope'
  | 'signals'
>

/**
 * Inputs from the questionnaire's answers: an exact figure where the answers give one (the API's
 * `cluster.nodes`, `telemetry.logsGbPerDay`…), else the band's middle, else a default recorded in
 * `assumed`.
 */
export function inputsFromAnswers(answers: BandAnswers): CostInputs {
  const assumed: string[] = []
  const given = answers.cluster ?? {}
  const told = answers.telemetry ?? {}
  // a default is said only where a slot in scope reads it: no "45 people" for a stack without security
  const slots = new Set(slotsInScope(answers))
  const reads = (...readBy: SlotId[]) => readBy.some((s) => slots.has(s))
  /** The exact figure, else the band's middle, else the fallback, with what was assumed said (if anything). */
  const sized = <K extends string>(exact: number | undefined, table: Record<K, number>, value: string, fallback: number, assumption: string | false): number => {
    if (exact !== undefined) return exact
    if (value in table) return table[value as K]
    if (assumption) assumed.push(assumption)
    return fallback
  }
  const nodes = sized(given.nodes, NODES, answers.clusterNodes, DEFAULT_CLUSTER.nodes, `${DEFAULT_CLUSTER.nodes} nodes`)
  const podsPerNode = sized(given.podsPerNode, PODS_PER_NODE, answers.podsPerNode, DEFAULT_CLUSTER.podsPerNode, `${DEFAULT_CLUSTER.podsPerNode} pods per node`)
  const vcpuPerNode = given.vcpuPerNode ?? DEFAULT_CLUSTER.vcpuPerNode
  const memoryGiBPerNode = given.memoryGiBPerNode ?? DEFAULT_CLUSTER.memoryGiBPerNode
  if (given.vcpuPerNode === undefined && given.memoryGiBPerNode === undefined) assumed.push(`${vcpuPerNode} vCPU and ${memoryGiBPerNode} GiB per node`)
  else if (given.vcpuPerNode === undefined) assumed.push(`${vcpuPerNode} vCPU per node`)
  else if (given.memoryGiBPerNode === undefined) assumed.push(`${memoryGiBPerNode} GiB per node`)
  const cloudSpendPerMonth = answers.cloudSpendPerMonth ?? (answers.cloudSpend in CLOUD_SPEND ? CLOUD_SPEND[answers.cloudSpend as keyof typeof CLOUD_SPEND] : undefined)
  const cloud = given.cloud ?? cloudOf(answers, assumed)
  // a band not answered takes its second band's middle ("Not sure")
  const [logs, series, spans, days, people] = [LOG_GB_PER_DAY['10-100'], ACTIVE_SERIES['100k-1m'], TRACE_GB_PER_DAY['1-10'], RETENTION_DAYS['30d'], PEOPLE['20-99']]
  const logsGbPerDay = sized(told.logsGbPerDay, LOG_GB_PER_DAY, answers.logVolume, logs, reads('logs') && `${logs} GB of logs a day (log volume not given)`)
  const activeSeries = sized(told.activeSeries, ACTIVE_SERIES, answers.metricSeries, series, reads('metrics') && `${GROUPED.format(series)} active series (metric series not given)`)
  let tracesGbPerDay = told.tracesGbPerDay
  if (tracesGbPerDay === undefined && told.spansPerSecond !== undefined) {
    tracesGbPerDay = spansToGbPerDay(told.spansPerSecond)
    if (reads('tracing')) assumed.push(`${TYPICAL_SPAN_BYTES} bytes a span, so ${GROUPED.format(told.spansPerSecond)} spans per second ≈ ${GB.format(tracesGbPerDay)} GB a day (Grafana Tempo's typical span size)`)
  }
  tracesGbPerDay = sized(tracesGbPerDay, TRACE_GB_PER_DAY, answers.traceVolume, spans, reads('tracing') && `${spans} GB of spans a day (trace volume not given)`)
  const retentionDays = sized(told.retentionDays, RETENTION_DAYS, answers.retention, days, reads('tracing', 'logs', 'metrics') && `${days} days of retention (retention not given)`)
  const accessUsers = sized(answers.accessUsers, PEOPLE, answers.orgSize, people, reads('access-control', 'secrets') && `${people} people needing access (organisation size not given)`)
  if (answers.accessUsers === undefined && answers.orgSize in PEOPLE && reads('access-control', 'secrets')) assumed.push(`every one of about ${accessUsers} people needs an access seat (an upper bound)`)
  if (answers.hosting !== 'self-hosted') assumed.push('the SaaS edition of products sold both ways')
  return {
    cluster: {
      nodes,
      podsPerNode,
      cloud,
      vcpuPerNode,
      memoryGiBPerNode,
      ...(given.requestsPerSecond !== undefined ? { requestsPerSecond: given.requestsPerSecond } : {}),
    },
    ...(cloudSpendPerMonth !== undefined ? { cloudSpendPerMonth } : {}),
    telemetry: {
      logsGbPerDay,
      activeSeries,
      tracesGbPerDay,
      ...(told.spansPerSecond !== undefined ? { spansPerSecond: told.spansPerSecond } : {}),
      retentionDays,
    },
    accessUsers,
    ...(answers.secretsStored !== undefined ? { secretsStored: answers.secretsStored } : {}),
    hosting: answers.hosting === 'self-hosted' ? 'self-hosted' : 'saas',
    assumed,
  }
}

function cloudOf(answers: BandAnswers, assumed: string[]): CostInputs['cluster']['cloud'] {
  if (answers.platform in PLATFORM_CLOUD) return PLATFORM_CLOUD[answers.platform as keyof typeof PLATFORM_CLOUD]
  const clouds = answers.clouds.filter((c) => c !== 'other')
  if (clouds.length === 1) return clouds[0]!
  if (clouds.length === 0 && answers.clouds.includes('other')) return 'on-prem'
  assumed.push('AWS compute prices (cloud not given)')
  return 'aws'
}
