import { TYPICAL_SPAN_BYTES } from '../answers/usage'
import { DEFAULT_SECRETS } from './inputs'
import { band, daysPerMonth, flat, GIB_PER_GB, logsMonth, qty, rate, type Ledger } from './ledger'
import type { Priced } from './self-hosted'

// The clouds' own services: list prices from the price book's cloud entries, us-east-1 / US. Free
// allowances count in the low band only (ADR 0007), since they are per account or per project and
// may be shared with other uses. A part the inputs cannot size is left out by name, never as $0.

type Model = (l: Ledger) => Priced



/** An unknown that still lists the price entries it read, so the reason can be checked. */
function unknownWith(l: Ledger, why: string, ...ids: string[]): Priced {
  for (const id of ids) l.entry(id)
  return { unknown: why }
}

/** Secrets in the store: the input, or DEFAULT_SECRETS, said in the basis. */
function secrets(l: Ledger): number {
  const n = l.inputs.secretsStored
  if (n !== undefined) return n
  l.line(`Assumed ${DEFAULT_SECRETS} secrets stored (not given; the questionnaire does not ask)`)
  return DEFAULT_SECRETS
}

// --- Amazon CloudWatch -------------------------------------------------------------------------

/**
 * CloudWatch Logs, Standard class: $0.50 per GB ingested (amazon-cloudwatch-logs-ingestion) and
 * $0.03 per GB-month archived (amazon-cloudwatch-logs-storage). Kept logs are the daily volume
 * times the retention, at raw size: AWS bills the compressed size, so that part is an upper bound.
 * The 5 GB a month free (amazon-cloudwatch-free-tier) covers ingestion, storage and scans together,
 * and comes off ingestion in low.
 */
const cloudwatchLogs: Model = (l) => {
  const gb = logsMonth(l)
  const ingest = l.value('amazon-cloudwatch-logs-ingestion')
  const store = l.value('amazon-cloudwatch-logs-storage')
  const free = l.part('amazon-cloudwatch-free-tier', 'logs_gb')
  const kept = l.inputs.telemetry.logsGbPerDay * l.inputs.telemetry.retentionDays
  l.line(`Ingestion: ${qty(gb)} GB/month × ${rate(ingest)}/GB ${l.cite('amazon-cloudwatch-logs-ingestion')}; low takes off the ${free} GB free ${l.cite('amazon-cloudwatch-free-tier')}`)
  l.line(`Storage: ${qty(kept)} GB kept (${l.inputs.telemetry.retentionDays} days) × ${rate(store)} per GB-month ${l.cite('amazon-cloudwatch-logs-storage')}, raw size (AWS bills it compressed: an upper bound)`)
  l.exclude('Logs Insights queries (billed per GB scanned): scan volume not known')
  return band(Math.max(0, gb - free) * ingest + kept * store, gb * ingest + kept * store, gb * ingest + kept * store)
}

/** CloudWatch's metric tiers: the count each holds (the last is open) and its part in amazon-cloudwatch-custom-metrics. */
const METRIC_TIERS: [number, string][] = [
  [10_000, 'first_10k'],
  [240_000, 'next_240k'],
  [750_000, 'next_750k'],
  [Number.POSITIVE_INFINITY, 'over_1m'],
]

/** Monthly price of n metrics through the tiers, with the tiers it reached named. */
function metricTiers(l: Ledger, n: number): { cost: number; parts: string[] } {
  let left = n
  let cost = 0
  const parts: string[] = []
  for (const [size, part] of METRIC_TIERS) {
    if (left <= 0) break
    const take = Math.min(left, size)
    const v = l.part('amazon-cloudwatch-custom-metrics', part)
    cost += take * v
    parts.push(`${qty(take)} × ${rate(v)}`)
    left -= take
  }
  return { cost, parts }
}

/**
 * Custom metrics, per metric-month in tiers (amazon-cloudwatch-custom-metrics): $0.30 for the first
 * 10,000, $0.10 for the next 240,000, $0.05 for the next 750,000, $0.02 beyond. CloudWatch counts
 * each metric name and dimension combination as one metric, so one active series is one custom
 * metric. The 10 metrics free a month (amazon-cloudwatch-free-tier-metrics) come off in low.
 */
const cloudwatchMetrics: Model = (l) => {
  const n = l.inputs.telemetry.activeSeries
  const free = l.part('amazon-cloudwatch-free-tier-metrics', 'metrics')
  const full = metricTiers(l, n)
  // the free metrics are the first ones counted, at the first tier's price
  const low = full.cost - Math.min(free, n) * l.part('amazon-cloudwatch-custom-metrics', 'first_10k')
  l.line(`Custom metrics: ${qty(n)} active series, one custom metric each (CloudWatch bills every metric name and dimension combination as a metric)`)
  l.line(`Tiers: ${full.parts.join(' + ')} per metric-month ${l.cite('amazon-cloudwatch-custom-metrics')}; low takes off the ${free} metrics free ${l.cite('amazon-cloudwatch-free-tier-metrics')}`)
  // cents per 1,000 requests next to dollars per metric: publishing and reading are a small share
  l.exclude('API requests to publish and read metrics (PutMetricData, GetMetricData), dashboards and alarms: request, dashboard and alarm counts not known', 'minor')
  return band(low, full.cost, full.cost)
}

/** X-Ray bills $5.00 per million traces recorded (aws-x-ray-traces-recorded): a trace count the inputs do not give. */
const cloudwatchTracing: Model = (l) =>
  unknownWith(l, 'X-Ray bills per trace recorded ($5.00 per million); the inputs give GB of spans, not traces', 'aws-x-ray-traces-recorded')

// --- Google Cloud Observability --------------------------------------------------------------

/**
 * Cloud Logging: $0.50 per GiB streamed into log buckets, 30 days of storage included
 * (google-cloud-logging-storage); $0.01 per GiB-month kept beyond 30 days
 * (google-cloud-logging-retention); 50 GiB a month free per project (google-cloud-logging-free-tier,
 * low only). Google counts binary units, so GB are converted to GiB.
 */
const cloudLogging: Model = (l) => {
  const gib = logsMonth(l) * GIB_PER_GB
  const v = l.value('google-cloud-logging-storage')
  const free = l.part('google-cloud-logging-free-tier', 'gib_per_project')
  const r = l.value('google-cloud-logging-retention')
  l.line(`Logs: ${qty(gib)} GiB/month × ${rate(v)}/GiB, 30 days included ${l.cite('google-cloud-logging-storage')}; low takes off ${free} GiB free ${l.cite('google-cloud-logging-free-tier')}`)
  const beyond = l.inputs.telemetry.logsGbPerDay * GIB_PER_GB * Math.max(0, l.inputs.telemetry.retentionDays - 30)
  if (beyond > 0) l.line(`Retention beyond 30 days: ${qty(beyond)} GiB × ${rate(r)} per GiB-month ${l.cite('google-cloud-logging-retention')}`)
  const keep = beyond * r
  return band(Math.max(0, gib - free) * v + keep, gib * v + keep, gib * v + keep)
}

/**
 * Managed Service for Prometheus bills samples ingested. Samples are the active series scraped
 * every 60 s (Prometheus' default) for low and expected, every 15 s (its example configuration) for
 * high (prometheus-scrape-interval). The two readings of the first-tier rate bound the band: $0.06
 * per million from a 2026 guide (google-cloud-managed-prometheus-samples-2026, unverified) for low
 * and expected, $0.15 from Google's page as last read in citable text
 * (google-cloud-managed-prometheus-samples, 2023) for high. Lower tiers above 50 billion samples a
 * month are not applied, so large volumes read high.
 */
const managedPrometheus: Model = (l) => {
  const s = l.inputs.telemetry.activeSeries
  const seconds = l.book.hoursPerMonth * 3600
  const slow = (s * seconds) / l.part('prometheus-scrape-interval', 'default_s') / 1e6
  const fast = (s * seconds) / l.part('prometheus-scrape-interval', 'example_s') / 1e6
  const lo = l.value('google-cloud-managed-prometheus-samples-2026')
  const hi = l.value('google-cloud-managed-prometheus-samples')
  l.line(`Samples: ${qty(s)} series every 60 s to 15 s ${l.cite('prometheus-scrape-interval')} = ${qty(slow)}–${qty(fast)} million samples/month`)
  l.line(
    `Low and expected at ${rate(lo)} per million ${l.cite('google-cloud-managed-prometheus-samples-2026')}, high at ${rate(hi)} ${l.cite('google-cloud-managed-prometheus-samples')}; the two sources disagree, and lower tiers above 50 billion samples a month are not applied`,
  )
  return band(slow * lo, slow * lo, fast * hi)
}

/**
 * Cloud Trace: $0.20 per million spans ingested (google-cloud-trace-spans), the first 2.5 million a
 * month free (google-cloud-trace-free-tier, low only). Spans are the span rate when given, else the
 * GB of spans a day at TYPICAL_SPAN_BYTES a span (Grafana Tempo's typical span size).
 */
const cloudTrace: Model = (l) => {
  const { spansPerSecond, tracesGbPerDay } = l.inputs.telemetry
  let millions: number
  if (spansPerSecond !== undefined) {
    millions = (spansPerSecond * l.book.hoursPerMonth * 3600) / 1e6
    l.line(`Spans: ${qty(spansPerSecond)} per second × ${l.book.hoursPerMonth} h = ${qty(millions)} million a month`)
  } else if (tracesGbPerDay !== undefined) {
    millions = (tracesGbPerDay * 1e9 * daysPerMonth(l.book)) / TYPICAL_SPAN_BYTES / 1e6
    l.line(`Spans: ${qty(tracesGbPerDay)} GB a day at ${TYPICAL_SPAN_BYTES} bytes a span (Grafana Tempo's typical span size; span rate not given) = ${qty(millions)} million a month`)
  } else return unknownWith(l, 'Cloud Trace bills per span ingested; the inputs give neither the span rate nor the trace volume', 'google-cloud-trace-spans')
  const v = l.value('google-cloud-trace-spans')
  const free = l.part('google-cloud-trace-free-tier', 'million_spans')
  l.line(`Ingestion: ${qty(millions)} million spans × ${rate(v)} per million ${l.cite('google-cloud-trace-spans')}; low takes off the ${free} million free ${l.cite('google-cloud-trace-free-tier')}`)
  return band(Math.max(0, millions - free) * v, millions * v, millions * v)
}

// --- Secrets managers -----------------------------------------------------------------------------

/** AWS Secrets Manager: $0.40 per secret-month (aws-secrets-manager-secret); API calls are left out, uncounted. */
const awsSecretsManager: Model = (l) => {
  const n = secrets(l)
  const v = l.value('aws-secrets-manager-secret')
  l.line(`${qty(n)} secrets × ${rate(v)} per secret-month ${l.cite('aws-secrets-manager-secret')}`)
  l.used.set('aws-secrets-manager-api-calls', l.entry('aws-secrets-manager-api-calls'))
  // cents per 10,000 calls next to $0.40 per secret: a workload that reads its secrets at start is a rounding error
  l.exclude('API calls ($0.05 per 10,000): call volume not known', 'minor')
  return flat(n * v)
}

/**
 * Google Secret Manager: $0.06 per active version per location-month
 * (google-secret-manager-active-version), one version per secret and one location (automatic
 * replication bills as one); 6 versions free a month (google-secret-manager-free-tier, low only).
 */
const googleSecretManager: Model = (l) => {
  const n = secrets(l)
  const v = l.value('google-secret-manager-active-version')
  const free = l.part('google-secret-manager-free-tier', 'active_versions')
  l.line(`${qty(n)} secrets, one active version each in one location × ${rate(v)} per version-month ${l.cite('google-secret-manager-active-version')}; low takes off ${free} free ${l.cite('google-secret-manager-free-tier')}`)
  l.used.set('google-secret-manager-access-operations', l.entry('google-secret-manager-access-operations'))
  l.exclude('Access operations ($0.03 per 10,000 beyond 10,000 free): access volume not known', 'minor')
  return band(Math.max(0, n - free) * v, n * v, n * v)
}

/** Key Vault bills operations only (azure-key-vault-standard-operations), which the inputs do not count. */
const azureKeyVault: Model = (l) =>
  unknownWith(l, 'Key Vault bills per operation (about $0.03 per 10,000, unverified); the inputs do not give the operation count', 'azure-key-vault-standard-operations')

// --- Access control and cost tools: free consoles -------------------------------------------------

/** A service whose own price is $0: a real, sourced price. */
function free(id: string, what: string, ...excludes: string[]): Model {
  return (l) => {
    l.line(`${what}: ${rate(l.value(id))} ${l.cite(id)}`)
    for (const e of excludes) l.exclude(e)
    return flat(0)
  }
}

/**
 * Cost Explorer: the console is free (aws-cost-explorer-console); the API is $0.01 a paginated
 * request (aws-cost-explorer-api-request), left out since the inputs give no request count.
 */
const awsCostExplorer: Model = (l) => {
  l.line(`Cost Explorer console: ${rate(l.value('aws-cost-explorer-console'))} ${l.cite('aws-cost-explorer-console')}`)
  // the slot is the console; only scripts and tools that call the API pay for it
  l.exclude(`Cost Explorer API (${rate(l.value('aws-cost-explorer-api-request'))} a paginated request): request count not known`, 'minor')
  return flat(0)
}

export const CLOUD_OBSERVABILITY = {
  'amazon-cloudwatch': { logs: cloudwatchLogs, metrics: cloudwatchMetrics, tracing: cloudwatchTracing },
  'google-cloud-observability': { logs: cloudLogging, metrics: managedPrometheus, tracing: cloudTrace },
} as const

export const CLOUD_TOOLS: Record<string, Model> = {
  'aws-secrets-manager': awsSecretsManager,
  'google-secret-manager': googleSecretManager,
  'azure-key-vault': azureKeyVault,
  'aws-iam-identity-center': free('aws-iam-identity-center-licence', 'IAM Identity Center, per user'),
  'google-cloud-iam': free('google-cloud-iam-licence', 'Cloud IAM, per user'),
  'aws-cost-explorer': awsCostExplorer,
  'azure-cost-management': free(
    'azure-cost-management-licence',
    'Cost Management for Azure scopes',
    'The AKS cost analysis add-on (k8s-cost) needs a Standard or Premium tier cluster: that tier fee is not in the price book',
  ),
}
