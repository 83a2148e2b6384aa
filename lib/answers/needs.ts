import { CAPABILITIES, isSettable, type CapabilityDef } from '../catalog/capabilities'
import type { SlotId } from '../catalog/slots'
import type { NeedLevel } from './fields'
import type { Answers } from './schema'

/**
 * What a team needs from each slot: per capability, must-have (a hard constraint), nice-to-have
 * (counts towards coverage) or not needed. Defaults come from the context answers by the rules
 * below, each justified by the domain; the `needs` answer holds only what the user changed.
 */
export interface Need {
  capability: CapabilityDef
  level: NeedLevel
  /** How much a nice-to-have counts in coverage: 2 for what most teams expect or this team's context stresses, else 1. */
  weight: number
  /** Why this level, when it is not the plain default ("you keep telemetry a year or more"). */
  why?: string
  /** The user chose this level (not derived). */
  chosen?: true
}

type Context = Pick<Answers, 'compliance' | 'multiCluster' | 'vmWorkloads' | 'accessFor' | 'costGoal' | 'clouds' | 'logVolume' | 'metricSeries' | 'traceVolume' | 'retention'>

interface Rule {
  slot: SlotId
  capability: string
  level: NeedLevel
  /** Raise a nice-to-have's weight to 2 (the context makes it matter more than usual). */
  important?: true
  why: string
  when: (a: Context) => boolean
}

const has = <T extends string>(xs: readonly T[], x: T) => xs.includes(x)
const bigLogs = (a: Context) => a.logVolume === '100-1000' || a.logVolume === 'over-1000'
const manySeries = (a: Context) => a.metricSeries === '1m-10m' || a.metricSeries === 'over-10m'
const fips = (a: Context) => has(a.compliance, 'fips') || has(a.compliance, 'fedramp')
const distinctClouds = (a: Context) => a.clouds.length

const RULES: readonly Rule[] = [
  // FedRAMP requires FIPS 140 validated cryptographic modules (NIST SP 800-53 SC-13; a missing
  // validated module is an authorization showstopper: https://fortreum.com/fips-fedramp-what-you-need-to-know/).
  { slot: 'service-mesh', capability: 'fips-builds', level: 'must', why: 'you need FIPS-validated cryptography', when: fips },
  { slot: 'secrets', capability: 'hsm-fips', level: 'must', why: 'you need FIPS-validated cryptography', when: fips },
  { slot: 'service-mesh', capability: 'multi-cluster', level: 'must', why: 'your mesh spans several clusters', when: (a) => a.multiCluster === 'multi' },
  { slot: 'k8s-cost', capability: 'multi-cluster', level: 'nice', important: true, why: 'you run several clusters', when: (a) => a.multiCluster === 'multi' },
  { slot: 'service-mesh', capability: 'vm-workloads', level: 'must', why: 'VMs must join your mesh', when: (a) => a.vmWorkloads === 'yes' },
  // People reach clusters through the company identity provider; static kubeconfigs are the
  // anti-pattern (https://kubernetes.io/docs/reference/access-authn-authz/authentication/#openid-connect-tokens).
  { slot: 'access-control', capability: 'sso-oidc', level: 'must', why: 'people sign in through your identity provider', when: (a) => has(a.accessFor, 'people') },
  { slot: 'access-control', capability: 'workload-identity', level: 'must', why: 'workloads need their own identity', when: (a) => a.accessFor.length === 1 && a.accessFor[0] === 'workloads' },
  { slot: 'access-control', capability: 'workload-identity', level: 'no', why: 'only people need access', when: (a) => a.accessFor.length === 1 && a.accessFor[0] === 'people' },
  { slot: 'access-control', capability: 'session-recording', level: 'no', why: 'only workloads need access', when: (a) => a.accessFor.length === 1 && a.accessFor[0] === 'workloads' },
  { slot: 'access-control', capability: 'jit-access', level: 'no', why: 'only workloads need access', when: (a) => a.accessFor.length === 1 && a.accessFor[0] === 'workloads' },
  { slot: 'access-control', capability: 'short-lived-kubectl', level: 'no', why: 'only workloads need access', when: (a) => a.accessFor.length === 1 && a.accessFor[0] === 'workloads' },
  // Showback and chargeback are the FinOps "allocation" capability (https://www.finops.org/framework/capabilities/).
  { slot: 'k8s-cost', capability: 'allocation', level: 'must', why: 'you want to see and share cost', when: (a) => a.costGoal === 'allocation' },
  { slot: 'k8s-cost', capability: 'automated-actions', level: 'no', why: 'you want to see and share cost, not automate', when: (a) => a.costGoal === 'allocation' },
  { slot: 'cloud-cost', capability: 'commitment-management', level: 'no', why: 'you want to see and share cost, not automate', when: (a) => a.costGoal === 'allocation' },
  // "Cut cost automatically" is what automated actions are: a tool that only recommends leaves the work to you.
  { slot: 'k8s-cost', capability: 'automated-actions', level: 'must', why: 'you want cost cut automatically', when: (a) => a.costGoal === 'savings' },
  { slot: 'cloud-cost', capability: 'commitment-management', level: 'nice', important: true, why: 'you want cost cut automatically', when: (a) => a.costGoal === 'savings' },
  { slot: 'cloud-cost', capability: 'showback-chargeback', level: 'must', why: 'you want to see and share cost', when: (a) => a.costGoal === 'allocation' },
  { slot: 'cloud-cost', capability: 'multi-cloud-bills', level: 'must', why: 'you use several clouds', when: (a) => distinctClouds(a) >= 2 },
  { slot: 'cloud-cost', capability: 'multi-cloud-bills', level: 'no', why: 'you use one cloud', when: (a) => distinctClouds(a) === 1 },
  // Prometheus's local storage is a single node's disk, "not arbitrarily scalable or durable"
  // (https://prometheus.io/docs/prometheus/latest/storage/): a year of metrics needs long-term storage.
  // a single server can keep a year locally, unreplicated: a strong preference, not a requirement
  { slot: 'metrics', capability: 'long-term-storage', level: 'nice', important: true, why: 'you keep telemetry a year or more', when: (a) => a.retention === '1y-plus' },
  // The same page: local storage "is not clustered or replicated", so tens of millions of series
  // outgrow one server whatever the retention.
  { slot: 'metrics', capability: 'long-term-storage', level: 'must', why: 'tens of millions of series outgrow a single server', when: (a) => a.metricSeries === 'over-10m' },
  { slot: 'metrics', capability: 'long-term-storage', level: 'no', why: 'you keep telemetry about a week', when: (a) => a.retention === '7d' && a.metricSeries !== 'over-10m' },
  { slot: 'metrics', capability: 'downsampling', level: 'nice', important: true, why: 'you keep telemetry a year or more', when: (a) => a.retention === '1y-plus' },
  { slot: 'logs', capability: 'tiered-storage', level: 'nice', important: true, why: 'you keep or ingest a lot of logs', when: (a) => a.retention === '1y-plus' || a.retention === '90d' || bigLogs(a) },
  { slot: 'logs', capability: 'log-to-metric', level: 'nice', important: true, why: 'you ingest a lot of logs', when: bigLogs },
  { slot: 'metrics', capability: 'cardinality-controls', level: 'nice', important: true, why: 'you have millions of active series', when: manySeries },
  { slot: 'tracing', capability: 'tail-sampling', level: 'nice', important: true, why: 'you send a lot of spans', when: (a) => a.traceVolume === '10-100' || a.traceVolume === 'over-100' },
  { slot: 'tracing', capability: 'trace-retention-control', level: 'nice', important: true, why: 'you keep telemetry a year or more', when: (a) => a.retention === '1y-plus' },
]

const BASE_WEIGHT = { core: 2, plus: 1, 'when-needed': 1 } as const

/** The rules per "<slot>/<capability>", later (more specific) rules first. */
const RULES_BY_KEY = new Map<string, Rule[]>()
for (const r of [...RULES].reverse()) {
  const key = `${r.slot}/${r.capability}`
  RULES_BY_KEY.set(key, [...(RULES_BY_KEY.get(key) ?? []), r])
}

/** The level a capability takes from the context alone, before the user's own choice. */
function derived(slot: SlotId, c: CapabilityDef, a: Context): Omit<Need, 'capability' | 'chosen'> {
  // later rules win: they are the more specific ones
  const rule = RULES_BY_KEY.get(`${slot}/${c.id}`)?.find((r) => r.when(a))
  const base: NeedLevel = c.importance === 'when-needed' ? 'no' : 'nice'
  if (!rule) return { level: base, weight: BASE_WEIGHT[c.importance] }
  return { level: rule.level, weight: rule.important ? 2 : BASE_WEIGHT[c.importance], why: rule.why }
}

/** The capabilities of a slot a user can set: those no other question already decides. */
export const settableCapabilities = (slot: SlotId): CapabilityDef[] => SETTABLE[slot]
const SETTABLE = Object.fromEntries(Object.entries(CAPABILITIES).map(([slot, caps]) => [slot, caps.filter(isSettable)])) as Record<SlotId, CapabilityDef[]>

/** Needs per answers object and slot: the engine asks for them per vendor, the answers do not change. */
const cache = new WeakMap<object, Map<SlotId, Need[]>>()

/** Every settable capability of the slot with its level for these answers (the same array for the same answers object). */
export function needsFor(answers: Context & Pick<Answers, 'needs'>, slot: SlotId): Need[] {
  let bySlot = cache.get(answers)
  if (!bySlot) cache.set(answers, (bySlot = new Map()))
  let needs = bySlot.get(slot)
  if (!needs) bySlot.set(slot, (needs = computeNeeds(answers, slot)))
  return needs
}

const signatures = new WeakMap<Need[], string>()
/** One letter per level: "nice" and "no" share a first letter, and a key must tell them apart. */
const LEVEL_LETTER: Record<NeedLevel, string> = { must: 'm', nice: 'n', no: 'x' }
/**
 * A short string equal for equal needs ("n2n2m2x1…"): what a capability rating depends on, so
 * ratings can be cached across answer sets that need the same things.
 */
export function needsSignature(answers: Context & Pick<Answers, 'needs'>, slot: SlotId): string {
  const needs = needsFor(answers, slot)
  let sig = signatures.get(needs)
  if (sig === undefined) signatures.set(needs, (sig = needs.map((n) => `${LEVEL_LETTER[n.level]}${n.weight}`).join('')))
  return sig
}

function computeNeeds(answers: Context & Pick<Answers, 'needs'>, slot: SlotId): Need[] {
  return SETTABLE[slot].map((c) => {
    const d = derived(slot, c, answers)
    const chosen = answers.needs[`${slot}/${c.id}`]
    if (chosen === undefined || chosen === d.level) return { capability: c, ...d }
    return { capability: c, level: chosen, weight: chosen === 'nice' ? Math.max(d.weight, BASE_WEIGHT[c.importance]) : d.weight, chosen: true }
  })
}

/** The default level of each settable capability ("<slot>/<id>" → level) for the context answers. */
export function defaultNeeds(answers: Context, slots: readonly SlotId[]): Record<string, NeedLevel> {
  const out: Record<string, NeedLevel> = {}
  for (const slot of slots) for (const c of settableCapabilities(slot)) out[`${slot}/${c.id}`] = derived(slot, c, answers).level
  return out
}
