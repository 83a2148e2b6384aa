import { DEFAULT_CLUSTER } from './inputs'
import { band, flat, gbPerMonth, qty, rate, UNKNOWN_WORDS, type Band, type Ledger } from './ledger'
import { priceCompute } from './rates'
import type { Priced } from './self-hosted'

/**
 * Vendors priced from plans researched in November 2026: Elastic Observability Serverless,
 * InfluxDB, M3, Keycloak, OpenBao, CyberArk Conjur, Spectro Cloud Palette and OpenShift on AWS (ROSA). Open-source software
 * the team runs itself costs no licence (a sourced fact); its compute is priced from a published
 * sizing guide where one exists, and otherwise named in `excludes`, never counted as $0 silently.
 */

type Model = (l: Ledger) => Priced
type ObsSlot = 'tracing' | 'logs' | 'metrics'

/** Sizing guides state memory in MB (10^6 bytes); rates are per GiB. */
const MB_PER_GIB = 2 ** 30 / 1e6
const unknown = (why: string): Priced => ({ unknown: why })

/** A $0 licence, cited; what it leaves out is named by the caller. */
function licence(l: Ledger, id: string, what: string): Band {
  l.line(`Licence: $0, ${what} ${l.cite(id)}`)
  return flat(0)
}

/**
 * Elastic Observability Serverless bills GB ingested plus GB retained a month. Low is the Logs
 * Essentials tier, expected and high the Complete tier (elastic-serverless-observability-*). The
 * logs and traces ingest rates are quoted "as low as", the floor of a rate that may be higher at
 * small volumes, so the part above the floor is named as left out.
 */
function elasticServerless(what: 'Logs' | 'Traces', gbPerDay: (l: Ledger) => number | undefined): Model {
  return (l) => {
    if (l.inputs.hosting === 'self-hosted') return unknown('Self-managed Elasticsearch: licences by node and RAM on request, sizing not modelled yet; only Elastic Observability Serverless is priced')
    const daily = gbPerDay(l)
    if (daily === undefined) return unknown(`Needs the ${what.toLowerCase()} volume in GB a day`)
    const gb = gbPerMonth(l, daily)
    // retention is billed on what the project holds: a day's volume for each day kept
    const held = daily * l.inputs.telemetry.retentionDays
    const [ess, comp] = ['elastic-serverless-observability-logs-essentials', 'elastic-serverless-observability-complete'] as const
    const price = (id: string) => gb * l.part(id, 'ingest_gb') + held * l.part(id, 'retain_gb_month')
    l.line(
      `${what}: ${qty(gb)} GB/month ingested and ${qty(held)} GB held (${qty(daily)} GB/day × ${l.inputs.telemetry.retentionDays} days); low at Logs Essentials ${rate(l.part(ess, 'ingest_gb'))}/GB + ${rate(l.part(ess, 'retain_gb_month'))}/GB-month ${l.cite(ess)}, expected and high at Complete ${rate(l.part(comp, 'ingest_gb'))}/GB + ${rate(l.part(comp, 'retain_gb_month'))}/GB-month ${l.cite(comp)}`,
    )
    l.exclude(`${what} ingest above the "as low as" floor at smaller volumes: Elastic's volume steps are not in the price book`)
    l.exclude('Data out beyond the 50 GB a month included ($0.05/GB): query volume not known', 'minor')
    const complete = price(comp)
    return band(price(ess), complete, complete)
  }
}

export const elasticsearch: Partial<Record<ObsSlot, Model>> = {
  logs: elasticServerless('Logs', (l) => l.inputs.telemetry.logsGbPerDay),
  tracing: elasticServerless('Traces', (l) => l.inputs.telemetry.tracesGbPerDay),
  metrics: (l) =>
    l.inputs.hosting === 'self-hosted'
      ? unknown('Self-managed Elasticsearch: licences by node and RAM on request, sizing not modelled yet')
      : unknown('Elastic bills metrics per GB ingested; the price book has no series-to-GB conversion'),
}

/**
 * InfluxDB: the Cloud Serverless plan bills MB written and GB-hours stored
 * (influxdb-cloud-serverless-*), which active series do not give; InfluxDB 3 Core run by the team
 * costs no licence (influxdb-3-core-licence) and has no sizing figure in the book.
 */
export const influxdata: Partial<Record<ObsSlot, Model>> = {
  metrics: (l) => {
    if (l.inputs.hosting === 'saas') {
      l.entry('influxdb-cloud-serverless-data-in')
      l.entry('influxdb-cloud-serverless-storage')
      return unknown('InfluxDB Cloud Serverless bills MB written ($0.0025/MB) and GB-hours stored; the price book has no series-to-MB conversion')
    }
    const cost = licence(l, 'influxdb-3-core-licence', 'InfluxDB 3 Core is open source (MIT or Apache-2.0)')
    l.exclude("InfluxDB 3 Core's own compute and storage: no published sizing in the price book")
    return cost
  },
}

/** M3 is open source (m3-licence); M3DB, its coordinator and etcd have no sizing figure in the book. */
export const m3: Partial<Record<ObsSlot, Model>> = {
  metrics: (l) => {
    const cost = licence(l, 'm3-licence', 'M3 is open source (Apache-2.0)')
    l.exclude('M3DB nodes, M3 Coordinator and etcd compute and storage: no published sizing in the price book')
    return cost
  },
}

/**
 * Keycloak is open source (keycloak-licence). Memory from Keycloak's sizing guide: 1,250 MB per
 * pod (keycloak-pod-base-memory), one pod (low) to the three-pod cluster the guide measured
 * (keycloak-ha-pods). CPU is sized per login rate, which the inputs do not give; nor is the
 * database sized anywhere in the book.
 */
export const keycloak: Model = (l) => {
  licence(l, 'keycloak-licence', 'Keycloak is open source (Apache-2.0)')
  const mb = l.value('keycloak-pod-base-memory')
  const pods = l.value('keycloak-ha-pods')
  l.line(`Memory: ${qty(mb)} MB per pod ${l.cite('keycloak-pod-base-memory')}; 1 pod (low) to ${pods} in a highly available cluster (expected, high) ${l.cite('keycloak-ha-pods')}`)
  // memory is what Keycloak's sizing guide sizes pods by; CPU and a small database ride along
  l.exclude('Keycloak CPU: sized per login, token and refresh rate, which the inputs do not give', 'minor')
  l.exclude("Keycloak's relational database: no published sizing in the price book", 'minor')
  const gib = mb / MB_PER_GIB
  return priceCompute(l, 'Keycloak pods (memory only)', flat(0), band(gib, pods * gib, pods * gib))
}

/** OpenBao is open source (openbao-licence); its Raft cluster has no sizing figure in the book. */
export const openbao: Model = (l) => {
  const cost = licence(l, 'openbao-licence', 'OpenBao is open source (MPL-2.0)')
  l.exclude("OpenBao's own pods and Raft storage: no published sizing in the price book")
  return cost
}

/**
 * CyberArk: run by the team, Conjur Open Source costs no licence (conjur-open-source-licence); the
 * commercial editions, SaaS or self-hosted, have no price in the book (cyberark-pricing).
 */
export const cyberark: Model = (l) => {
  const gap = l.entry('cyberark-pricing')
  if (l.inputs.hosting === 'saas') return unknown(`CyberArk Secrets Manager SaaS: ${UNKNOWN_WORDS[gap.unknown ?? 'not-retrieved']}`)
  const cost = licence(l, 'conjur-open-source-licence', 'Conjur Open Source (GNU AGPL v3.0)')
  l.exclude("Conjur's own pods and its PostgreSQL: no published sizing in the price book")
  l.exclude(`CyberArk Secrets Manager Self-Hosted (the commercial edition): ${UNKNOWN_WORDS[gap.unknown ?? 'not-retrieved']} (cyberark-pricing)`)
  return cost
}

/**
 * Spectro Cloud Palette SaaS includes 25 kilo-core-hours a month (spectro-cloud-palette-default-kch):
 * nodes × vCPU × hours ÷ 1,000. Within it the tenant pays nothing; beyond it, and for self-hosted
 * Palette, no price is published (spectro-cloud-pricing).
 */
export const spectroCloud: Model = (l) => {
  const { nodes, vcpuPerNode } = l.inputs.cluster
  if (vcpuPerNode === undefined) l.line(`Assumed ${DEFAULT_CLUSTER.vcpuPerNode} vCPU per node (the instance size the compute rates are quoted for)`)
  const kch = (nodes * (vcpuPerNode ?? DEFAULT_CLUSTER.vcpuPerNode) * l.book.hoursPerMonth) / 1000
  const allowance = l.value('spectro-cloud-palette-default-kch')
  const gap = l.entry('spectro-cloud-pricing')
  const words = UNKNOWN_WORDS[gap.unknown ?? 'not-retrieved']
  if (l.inputs.hosting === 'self-hosted') return unknown(`Self-hosted Palette: ${words}`)
  if (kch > allowance) return unknown(`${qty(kch)} kCh a month is over Palette's default ${allowance} kCh; capacity beyond it: ${words}`)
  l.line(`Palette SaaS: ${qty(kch)} kCh a month (${nodes} nodes × ${vcpuPerNode ?? DEFAULT_CLUSTER.vcpuPerNode} vCPU × ${l.book.hoursPerMonth} h ÷ 1,000) within the ${allowance} kCh included ${l.cite('spectro-cloud-palette-default-kch')}`)
  return flat(0)
}

/**
 * OpenShift, run for the team on AWS (ROSA): a fee per 4-vCPU block of worker nodes, whole blocks
 * per node (openshift-pricing), plus the hosted control plane's fee per cluster
 * (rosa-hcp-cluster-fee); the EC2 nodes are the cluster itself. The fee is the platform's, not one
 * slot's, so a stack using OpenShift in several slots counts it once. On Azure the licence fee per
 * worker has no amount in the book (openshift-aro-licence), nor has self-managed OpenShift
 * (openshift-self-managed-pricing).
 */
export const openshift: Model = (l) => {
  const { nodes, vcpuPerNode, cloud } = l.inputs.cluster
  const words = (id: string) => UNKNOWN_WORDS[l.entry(id).unknown ?? 'not-retrieved']
  if (l.inputs.hosting === 'self-hosted' || cloud === 'on-prem') return unknown(`Self-managed OpenShift: ${words('openshift-self-managed-pricing')}`)
  if (cloud === 'azure') return unknown(`Azure Red Hat OpenShift licence fee per worker node: ${words('openshift-aro-licence')}`)
  if (cloud !== 'aws') return unknown('Managed OpenShift is priced on AWS only (ROSA); OpenShift Dedicated on Google Cloud is not in the price book')
  const vcpu = vcpuPerNode ?? DEFAULT_CLUSTER.vcpuPerNode
  if (vcpuPerNode === undefined) l.line(`Assumed ${vcpu} vCPU per node (the instance size the compute rates are quoted for)`)
  const blocks = nodes * Math.ceil(vcpu / 4)
  const hours = l.book.hoursPerMonth
  const perBlock = l.part('openshift-pricing', 'on_demand')
  const clusterFee = l.value('rosa-hcp-cluster-fee')
  const monthly = l.accountFee('openshift-pricing', (blocks * perBlock + clusterFee) * hours)
  l.line(`Worker fee: ${qty(blocks)} blocks of 4 vCPU (${nodes} nodes × ${Math.ceil(vcpu / 4)}, whole blocks per node) × ${rate(perBlock)} an hour on demand × ${hours} h ${l.cite('openshift-pricing')}`)
  l.line(`Hosted control plane: ${rate(clusterFee)} an hour for the cluster × ${hours} h ${l.cite('rosa-hcp-cluster-fee')}`)
  l.line(`A 3-year contract lowers the worker fee to ${rate(l.part('openshift-pricing', 'three_year'))} a block-hour; the platform fee is counted once across the slots OpenShift fills`)
  return flat(monthly)
}
