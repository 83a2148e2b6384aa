import type { SlotId } from '../catalog/slots'
import { CLOUD_OBSERVABILITY } from './cloud-services'
import { DEFAULT_CLUSTER } from './inputs'
import { addBands, band, daysPerMonth, flat, gbPerMonth, GIB_PER_GB, logsMonth, qty, rate, type Band, type Ledger } from './ledger'
import { loki, mimir, prometheus, tempo, type Priced } from './self-hosted'
import { elasticsearch, influxdata, m3 } from './vendor-plans'

type ObsSlot = Extract<SlotId, 'tracing' | 'logs' | 'metrics'>
type Model = (l: Ledger) => Priced


function tracesMonth(l: Ledger): number | undefined {
  const d = l.inputs.telemetry.tracesGbPerDay
  return d === undefined ? undefined : gbPerMonth(l, d)
}

/** Per host per month, one host per node. */
function perHost(l: Ledger, what: string, lowId: string, highId = lowId): Band {
  const n = l.inputs.cluster.nodes
  const [lo, hi] = [l.value(lowId), l.value(highId)]
  l.line(`${what}: ${n} hosts × ${rate(lo)}${hi !== lo ? `–${rate(hi)}` : ''} per host-month ${l.cite(lowId)}${highId !== lowId ? ` ${l.cite(highId)}` : ''}`)
  return band(n * lo, n * lo, n * hi)
}

/** Per GB ingested in a month, with a basis line. */
function perGb(l: Ledger, what: string, gb: number, id: string): number {
  const v = l.value(id)
  l.line(`${what}: ${qty(gb)} GB/month × ${rate(v)}/GB ${l.cite(id)}`)
  return gb * v
}

const unknown = (why: string): Priced => ({ unknown: why })

const datadog: Partial<Record<ObsSlot, Model>> = {
  metrics: (l) => {
    const hosts = perHost(l, 'Infrastructure Pro (annual to on-demand)', 'datadog-infrastructure-pro', 'datadog-infrastructure-pro-on-demand')
    const extra = Math.max(0, l.inputs.telemetry.activeSeries - 100 * l.inputs.cluster.nodes)
    const custom = (extra / 100) * l.value('datadog-custom-metrics')
    l.line(`Custom metrics: ${qty(extra)} series beyond 100 per host × ${rate(l.value('datadog-custom-metrics'))} per 100 ${l.cite('datadog-custom-metrics')}; low assumes none are custom (integration metrics only)`)
    return addBands(hosts, band(0, custom, custom))
  },
  logs: (l) => {
    const cost = perGb(l, 'Log ingestion', logsMonth(l), 'datadog-log-ingestion')
    l.used.set('datadog-log-indexing-15-day', l.entry('datadog-log-indexing-15-day'))
    l.exclude('Log indexing ($1.70 per million events, 15-day retention): priced per event, and the inputs give GB, not events')
    return flat(cost)
  },
  tracing: (l) => {
    const hosts = perHost(l, 'APM (annual)', 'datadog-apm')
    const included = l.part('datadog-apm-included-volume', 'ingested_span_gb') * l.inputs.cluster.nodes
    const gb = tracesMonth(l)
    if (gb === undefined || gb > included) l.exclude(`Ingested spans beyond ${qty(included)} GB a month (150 GB per APM host): overage price not in the price book`)
    else l.line(`Spans: ${qty(gb)} GB/month within the ${qty(included)} GB included ${l.cite('datadog-apm-included-volume')}`)
    return hosts
  },
}

/** New Relic bills GB ingested across signals; the 100 GB free allowance is per account, so only low applies it. */
function newRelic(gb: (l: Ledger) => number | undefined, what: string): Model {
  return (l) => {
    const v = gb(l)
    if (v === undefined) return unknown(`Needs the ${what} volume in GB a day`)
    const free = l.value('new-relic-free-tier')
    const lo = l.value('new-relic-data-ingest-original')
    const list = l.value('new-relic-data-ingest-original-current-list')
    l.line(`${what}: ${qty(v)} GB/month × ${rate(lo)}/GB beyond ${free} GB free (low) ${l.cite('new-relic-data-ingest-original')} ${l.cite('new-relic-free-tier')}, × ${rate(list)}/GB on all of it (expected, high) ${l.cite('new-relic-data-ingest-original-current-list')}`)
    l.used.set('new-relic-full-platform-user-pro', l.entry('new-relic-full-platform-user-pro'))
    l.exclude('Full-platform user seats ($99–$349 a user a month): the inputs do not say how many people use it')
    return band(Math.max(0, v - free) * lo, v * list, v * list)
  }
}

/** Grafana Cloud Pro: usage plus a platform fee per account (a stack counts it once). */
function grafanaCloud(slot: ObsSlot): Model {
  return (l) => {
    const fee = l.accountFee('grafana-cloud-pro-platform-fee')
    l.line(`Pro platform fee ${rate(fee)} a month, once per account ${l.cite('grafana-cloud-pro-platform-fee')}`)
    if (slot === 'metrics') {
      const s = l.inputs.telemetry.activeSeries
      const v = l.value('grafana-cloud-metrics-active-series')
      const free = l.part('grafana-cloud-free-tier', 'metrics_series')
      l.line(`Metrics: ${qty(s)} active series × ${rate(v)} per 1,000 ${l.cite('grafana-cloud-metrics-active-series')}; low takes off the ${qty(free)} free ${l.cite('grafana-cloud-free-tier')}`)
      return band(fee + (Math.max(0, s - free) * v) / 1000, fee + (s * v) / 1000, fee + (s * v) / 1000)
    }
    if (slot === 'tracing') {
      const gb = tracesMonth(l)
      if (gb === undefined) return unknown('Needs the trace volume in GB a day')
      const free = l.part('grafana-cloud-free-tier', 'traces_gb')
      const cost = perGb(l, 'Traces', gb, 'grafana-cloud-traces')
      return band(fee + Math.max(0, gb - free) * l.value('grafana-cloud-traces'), fee + cost, fee + cost)
    }
    const gb = logsMonth(l)
    const free = l.part('grafana-cloud-free-tier', 'logs_gb')
    const perGbRate = l.value('grafana-cloud-logs-process') + l.value('grafana-cloud-logs-write')
    l.line(`Logs: ${qty(gb)} GB/month × (${rate(l.value('grafana-cloud-logs-process'))} process ${l.cite('grafana-cloud-logs-process')} + ${rate(l.value('grafana-cloud-logs-write'))} write ${l.cite('grafana-cloud-logs-write')})`)
    // Pro includes 30 days; retained GB beyond that are read as GB-months at the retain rate
    const beyond = l.inputs.telemetry.logsGbPerDay * Math.max(0, l.inputs.telemetry.retentionDays - 30)
    const retain = beyond * l.value('grafana-cloud-logs-retain')
    if (beyond > 0) l.line(`Retention beyond the 30 days included: ${qty(beyond)} GB × ${rate(l.value('grafana-cloud-logs-retain'))}/GB ${l.cite('grafana-cloud-logs-retain')}`)
    return band(fee + Math.max(0, gb - free) * perGbRate + retain, fee + gb * perGbRate + retain, fee + gb * perGbRate + retain)
  }
}

const dynatrace: Partial<Record<ObsSlot, Model>> = {
  metrics: (l) => {
    const hosts = perHost(l, 'Infrastructure Monitoring', 'dynatrace-infrastructure-monitoring')
    const pods = l.inputs.cluster.nodes * l.inputs.cluster.podsPerNode
    const k8s = pods * l.value('dynatrace-kubernetes-platform-monitoring')
    l.line(`Kubernetes Platform Monitoring (expected, high): ${qty(pods)} pods × ${rate(l.value('dynatrace-kubernetes-platform-monitoring'))} ${l.cite('dynatrace-kubernetes-platform-monitoring')}`)
    return addBands(hosts, band(0, k8s, k8s))
  },
  tracing: (l) => {
    const { nodes, memoryGiBPerNode } = l.inputs.cluster
    if (memoryGiBPerNode === undefined) l.line(`Assumed ${DEFAULT_CLUSTER.memoryGiBPerNode} GiB per node (the instance size the compute rates are quoted for)`)
    const gib = Math.max(4, memoryGiBPerNode ?? DEFAULT_CLUSTER.memoryGiBPerNode)
    const v = l.value('dynatrace-full-stack-monitoring')
    l.line(`Full-Stack Monitoring: ${nodes} hosts × ${qty(gib)} GiB / 8 GiB × ${rate(v)} ${l.cite('dynatrace-full-stack-monitoring')}`)
    return flat(nodes * (gib / 8) * v)
  },
  logs: (l) => {
    const gib = logsMonth(l) * GIB_PER_GB
    const ingest = gib * l.value('dynatrace-logs-ingest')
    const storedGibDays = l.inputs.telemetry.logsGbPerDay * GIB_PER_GB * l.inputs.telemetry.retentionDays * daysPerMonth(l.book)
    const retain = storedGibDays * l.value('dynatrace-logs-retain')
    l.line(`Logs: ${qty(gib)} GiB/month × ${rate(l.value('dynatrace-logs-ingest'))} ingest ${l.cite('dynatrace-logs-ingest')} + ${qty(storedGibDays)} GiB-days × ${rate(l.value('dynatrace-logs-retain'))} retain ${l.cite('dynatrace-logs-retain')}`)
    l.used.set('dynatrace-logs-query', l.entry('dynatrace-logs-query'))
    l.exclude('Log queries ($0.0035 per GiB scanned): scan volume not known')
    return flat(ingest + retain)
  },
}

const splunk: Partial<Record<ObsSlot, Model>> = {
  metrics: (l) => {
    const hosts = perHost(l, 'Infrastructure Monitoring (annual)', 'splunk-observability-infrastructure')
    const included = l.part('splunk-observability-custom-metric-entitlement', 'standard_mts_per_host') * l.inputs.cluster.nodes
    if (l.inputs.telemetry.activeSeries > included) l.exclude(`Metric time series beyond the ${qty(included)} included (100 per host): overage price not in the price book`)
    return hosts
  },
  tracing: (l) => perHost(l, 'APM (annual)', 'splunk-observability-apm-standalone'),
}

const coralogix: Partial<Record<ObsSlot, Model>> = {
  logs: (l) => {
    const gb = logsMonth(l)
    const ids = ['coralogix-logs-compliance', 'coralogix-logs-monitoring', 'coralogix-logs-frequent-search'] as const
    const [lo, ex, hi] = ids.map((id) => l.value(id)) as [number, number, number]
    l.line(`Logs: ${qty(gb)} GB/month × ${rate(lo)} (compliance) / ${rate(ex)} (monitoring) / ${rate(hi)} (frequent search) per GB ${ids.map((id) => l.cite(id)).join(' ')}`)
    // object storage at cents per GB-month, next to a bill priced per GB ingested
    l.exclude('Archive storage in your own bucket: billed by your cloud, not sized here', 'minor')
    return band(gb * lo, gb * ex, gb * hi)
  },
  tracing: (l) => {
    const gb = tracesMonth(l)
    if (gb === undefined) return unknown('Needs the trace volume in GB a day')
    const unit = l.value('coralogix-unit-price')
    const [lo, ex, hi] = [l.part('coralogix-traces', 'low_units_per_gb'), l.part('coralogix-traces', 'medium_units_per_gb'), l.part('coralogix-traces', 'high_units_per_gb')]
    l.line(`Traces: ${qty(gb)} GB/month × ${lo}/${ex}/${hi} units per GB ${l.cite('coralogix-traces')} × ${rate(unit)} per unit ${l.cite('coralogix-unit-price')}`)
    return band(gb * lo * unit, gb * ex * unit, gb * hi * unit)
  },
  metrics: () => unknown('Coralogix bills metrics per GB; the price book has no series-to-GB conversion'),
}

const AMBIGUOUS_LOGZ = 'The only source gives the price per day without saying whether the unit is per day or per month (unverified transcription)'

/** SaaS list prices, and published sizing for what a team runs itself. */
const MODELS: Record<string, Partial<Record<ObsSlot, Model>>> = {
  datadog,
  'new-relic': { logs: newRelic(logsMonth, 'Logs'), tracing: newRelic(tracesMonth, 'Traces'), metrics: () => unknown('New Relic bills metrics per GB ingested; the price book has no series-to-GB conversion') },
  dynatrace,
  signalfx: splunk,
  coralogix,
  'logz-io': {
    logs: (l) => flat(perGb(l, 'Logs', logsMonth(l), 'logz-io-logs')),
    metrics: () => unknown(AMBIGUOUS_LOGZ),
    tracing: () => unknown(AMBIGUOUS_LOGZ),
  },
  prometheus: { metrics: prometheus },
  // the clouds' own logs, metrics and tracing, from their list prices (lib/cost/cloud-services.ts)
  'amazon-cloudwatch': CLOUD_OBSERVABILITY['amazon-cloudwatch'],
  'google-cloud-observability': CLOUD_OBSERVABILITY['google-cloud-observability'],
  // Observability Serverless per GB ingested and retained (elastic-serverless-observability-*)
  elasticsearch,
  // Cloud Serverless bills MB written (influxdb-cloud-serverless-*); InfluxDB 3 Core costs no licence
  influxdata,
  // open source (m3-licence); no sizing figure, so its compute is named as left out
  m3,
}

const GRAFANA_SAAS: Record<ObsSlot, Model> = { metrics: grafanaCloud('metrics'), logs: grafanaCloud('logs'), tracing: grafanaCloud('tracing') }
const GRAFANA_SELF: Record<ObsSlot, Model> = { metrics: mimir, logs: loki, tracing: tempo }

/** The model for a vendor in an observability slot, or undefined when the price book has none. */
export function observabilityModel(vendorId: string, slot: ObsSlot, hosting: 'saas' | 'self-hosted'): Model | undefined {
  if (vendorId === 'grafana-labs') return (hosting === 'self-hosted' ? GRAFANA_SELF : GRAFANA_SAAS)[slot]
  return MODELS[vendorId]?.[slot]
}

export const isObservabilitySlot = (s: SlotId): s is ObsSlot => s === 'tracing' || s === 'logs' || s === 'metrics'
