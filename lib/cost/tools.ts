import type { SlotId } from '../catalog/slots'
import { CLOUD_TOOLS } from './cloud-services'
import { DEFAULT_CLUSTER } from './inputs'
import { band, flat, qty, rate, usd, type Ledger } from './ledger'
import type { Priced } from './self-hosted'
import { cyberark, keycloak, openbao, openshift, spectroCloud } from './vendor-plans'

type Model = (l: Ledger) => Priced


/** Per-seat pricing: people needing access × the cheapest to the fullest public plan. */
function perSeat(plans: readonly [low: string, expected: string, high: string]): Model {
  return (l) => {
    const users = l.inputs.accessUsers
    if (users === undefined) return { unknown: 'Needs the number of people needing access' }
    const [lo, ex, hi] = plans.map((id) => l.value(id)) as [number, number, number]
    l.line(`${qty(users)} people × ${rate(lo)} / ${rate(ex)} / ${rate(hi)} per user-month ${[...new Set(plans)].map((id) => l.cite(id)).join(' ')}`)
    return band(users * lo, users * ex, users * hi)
  }
}

/** Cores in the cluster, which several cost tools' tiers count. */
function cores(l: Ledger): number {
  const { nodes, vcpuPerNode } = l.inputs.cluster
  if (vcpuPerNode === undefined) l.line(`Assumed ${DEFAULT_CLUSTER.vcpuPerNode} vCPU per node (the instance size the compute rates are quoted for)`)
  return nodes * (vcpuPerNode ?? DEFAULT_CLUSTER.vcpuPerNode)
}

/** OpenCost is free; what it costs is its own pods and metric storage, which no sizing figure covers. */
const opencost: Model = (l) => {
  l.line(`Licence: $0, open source ${l.cite('opencost-licence')}`)
  l.exclude("OpenCost's own pods and the Prometheus it reads: no published sizing in the price book", 'minor')
  return flat(0)
}

/** Kubecost's free tier covers up to 250 cores per cluster; above that only contact-sales editions remain. */
const kubecost: Model = (l) => {
  const c = cores(l)
  if (c > 250) {
    l.entry('kubecost-enterprise')
    return { unknown: `${qty(c)} cores is over the free tier's 250 per cluster; Enterprise has no published price (contact sales)` }
  }
  l.line(`Foundations: free up to 250 cores per cluster, 15-day metric retention; ${qty(c)} cores ${l.cite('kubecost-foundations')}`)
  return flat(0)
}

/**
 * CAST AI: monitoring is free (low); automation is a monthly tier by CPU count. Growth Pro's price
 * as transcribed equals Growth's for four times the CPU, so its high end is the next firm price.
 */
const castAi: Model = (l) => {
  const c = cores(l)
  l.line(`Low: free monitoring and cost insights ${l.cite('cast-ai-free')}`)
  if (c <= 500) {
    l.line(`Automation: Growth, up to 500 CPU, for ${qty(c)} cores ${l.cite('cast-ai-growth')}`)
    return band(0, l.value('cast-ai-growth'), l.value('cast-ai-growth'))
  }
  if (c <= 2000) {
    l.line(`Automation: Growth Pro, up to 2,000 CPU ${l.cite('cast-ai-growth-pro')}; high at Enterprise ${l.cite('cast-ai-enterprise')}`)
    return band(0, l.value('cast-ai-growth-pro'), l.value('cast-ai-enterprise'))
  }
  l.line(`Automation: Enterprise, unlimited CPU, for ${qty(c)} cores ${l.cite('cast-ai-enterprise')}`)
  return band(0, l.value('cast-ai-enterprise'), l.value('cast-ai-enterprise'))
}

/**
 * Harness CCM is free up to $250,000 of cloud spend; the page states that cap both per year and per
 * month, so only spend under the yearly reading is surely free. Above it: contact sales.
 */
const harness: Model = (l) => {
  const spend = l.inputs.cloudSpendPerMonth
  l.entry('harness-ccm-enterprise')
  if (spend === undefined) return { unknown: 'Needs the monthly cloud spend: free up to $250,000, Enterprise has no published price (contact sales)' }
  if (spend > 250_000 / 12) return { unknown: `${usd(spend)} a month is over the free tier's $250,000 a year; Enterprise has no published price (contact sales)` }
  l.line(`Free Forever: cloud spend ${usd(spend)} a month is under $250,000 a year, up to 2 clusters ${l.cite('harness-ccm-free-forever')}`)
  return flat(0)
}

/**
 * Vantage: one subscription per account, by tracked cloud spend a month: Starter free up to
 * $2,500 (vantage-pricing), then Pro and Business (vantage-pro, vantage-business); above Business,
 * Enterprise is contact sales. It serves both cost slots, so a stack counts the plan once.
 */
const vantage: Model = (l) => {
  const spend = l.inputs.cloudSpendPerMonth
  const free = l.value('vantage-pricing')
  if (spend === undefined) return { unknown: `Needs the monthly cloud spend: free up to ${usd(free)} a month, then a plan by tracked spend` }
  if (spend <= free) {
    l.line(`Starter: free up to ${usd(free)} of tracked cloud spend a month; ${usd(spend)} tracked ${l.cite('vantage-pricing')}`)
    return flat(0)
  }
  for (const [id, plan] of [['vantage-pro', 'Pro'], ['vantage-business', 'Business']] as const) {
    const max = l.part(id, 'tracked_spend_max')
    if (spend > max) continue
    const fee = l.accountFee(id, l.part(id, 'monthly'))
    l.line(`${plan}: ${usd(fee)} a month up to ${usd(max)} of tracked cloud spend; ${usd(spend)} tracked, over the free ${usd(free)} ${l.cite(id)} ${l.cite('vantage-pricing')}`)
    return flat(fee)
  }
  l.entry('vantage-enterprise')
  return { unknown: `${usd(spend)} a month is over Business's ${usd(l.part('vantage-business', 'tracked_spend_max'))} of tracked spend; Enterprise has no published price (contact sales)` }
}

const MODELS: Record<string, Model> = {
  okta: perSeat(['okta-workforce-starter', 'okta-workforce-core-essentials', 'okta-workforce-essentials']),
  'microsoft-entra-id': perSeat(['microsoft-entra-id-p1', 'microsoft-entra-id-p1', 'microsoft-entra-id-p2']),
  opencost,
  kubecost,
  'cast-ai': castAi,
  harness,
  // the clouds' secrets managers, IAM and billing consoles (lib/cost/cloud-services.ts)
  ...CLOUD_TOOLS,
  // open source, memory from Keycloak's sizing guide (keycloak-licence, keycloak-pod-base-memory)
  keycloak,
  // open source (openbao-licence); no sizing figure, so its compute is named as left out
  openbao,
  // Conjur Open Source costs no licence when self-hosted; the commercial editions have no price
  cyberark,
  // Palette SaaS within its default 25 kCh a month (spectro-cloud-palette-default-kch)
  'spectro-cloud': spectroCloud,
  // Vantage's plan by tracked cloud spend (vantage-pricing, vantage-pro, vantage-business)
  vantage,
  // ROSA's worker and cluster fees on AWS (openshift-pricing, rosa-hcp-cluster-fee)
  openshift,
}

const TOOL_SLOTS = new Set<SlotId>(['access-control', 'secrets', 'k8s-cost', 'cloud-cost'])
export const isToolSlot = (s: SlotId): boolean => TOOL_SLOTS.has(s)

/** The model for a security or cost tool, or undefined when the price book has none. */
export function toolModel(vendorId: string): Model | undefined {
  return MODELS[vendorId]
}
