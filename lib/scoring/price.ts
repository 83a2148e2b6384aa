import type { FieldName } from '../answers/registry'
import { usageKey } from '../answers/usage'
import type { Answers } from '../answers/schema'
import type { Catalog } from '../catalog/build'
import type { Vendor } from '../catalog/schema'
import type { SlotId } from '../catalog/slots'
import { estimateVendor } from '../cost/estimate'
import { usd } from '../cost/format'
import { inputsFromAnswers, type CostInputs } from '../cost/inputs'
import { flat, isKnown, Ledger, type KnownCost, type MonthlyCost } from '../cost/ledger'
import type { PriceBook } from '../cost/price-book'
import { midSentence } from '../text'
import { availableOn, isThePlatform, runRoute } from './context'
// type only: criteria.ts imports this module's functions
import type { Rating } from './criteria'
import { chosenMode } from './mesh'

/**
 * Price as a criterion: what each product would cost this team a month, compared within the slot.
 *
 * A rating needs a comparison, and a price has none on its own ($900 a month is cheap for logs at a
 * terabyte a day and dear for a secrets store), so each estimate is rated against the lowest
 * trustworthy estimate in the same slot for the same inputs: 100 for the lowest, 35 points less per
 * tenfold of price. Prices closer than the floor below count as level.
 *
 * An estimate is trusted when it is known and leaves out nothing material (a fee or a usage charge
 * nobody publishes). An unknown price, or one with a material part missing, is never treated as
 * cheap: it rates at most neutral and never above the dearest trusted estimate of its group (see
 * priceGroupOf), lower when what is priced of it already costs more, and the reason says so. FinOps practice is the same: "unit costs" need the
 * whole bill (https://www.finops.org/framework/capabilities/unit-economics/).
 */
export const POINTS_PER_TENFOLD = 35
/** Differences below about $100 a month do not decide a Day 2 tool; it also keeps $0 from dividing. */
export const PRICE_FLOOR_USD = 100

/** Up to a quarter above the lowest estimate is "near the lowest" in the reasons. */
const NEAR = 1.25

/** The most an estimate that is unknown, or missing a material part, rates: neutral, as other unverified facts. */
export const UNKNOWN_AT_MOST = 50

/** The estimate the product shows for a vendor in a slot: the mesh in the mode this team would run. */
export function costFor(vendor: Vendor, slot: SlotId, inputs: CostInputs, answers: Pick<Answers, 'sidecars' | 'mtls' | 'platform'>, book: PriceBook, catalog: Catalog): MonthlyCost {
  // the platform the clusters already run: its subscription is paid whichever product fills the slot
  if (isThePlatform(vendor, answers.platform)) {
    const l = new Ledger(book, inputs, catalog.asOf)
    l.line(`Your clusters run ${vendor.name}: its subscription is paid for the platform, whichever product fills this slot, so it adds nothing here`)
    return l.result(flat(0))
  }
  const plane = slot === 'service-mesh' ? chosenMode(vendor, answers)?.plane : undefined
  return estimateVendor(vendor.id, slot, plane ? { ...inputs, meshDataPlane: plane } : inputs, book, catalog.asOf, catalog)
}

export interface SlotPrices {
  costs: ReadonlyMap<string, MonthlyCost>
  ratings: ReadonlyMap<string, Rating>
}

const trusted = (c: MonthlyCost): c is KnownCost => isKnown(c) && c.gaps !== 'material'
const ratingOf = (expected: number, lowest: number) =>
  Math.max(0, Math.min(100, Math.round(100 - POINTS_PER_TENFOLD * Math.log10((expected + PRICE_FLOOR_USD) / (lowest + PRICE_FLOOR_USD)))))

/**
 * The answers a slot's estimates and their ratings read: the cluster (size, cloud) everywhere, and
 * per slot its own volume, seats or spend, how products are run, or the mesh mode. Tables are shared
 * by every answer set that agrees on these, so the many re-rankings of one recommendation
 * (robustness, advice), and other requests, price each combination once. A test checks that no
 * other answer moves a slot's estimates.
 */
const CLUSTER = ['platform', 'clouds', 'clusterNodes', 'podsPerNode'] as const satisfies readonly FieldName[]
const SLOT_FIELDS = {
  'service-mesh': [...CLUSTER, 'sidecars', 'mtls'],
  tracing: [...CLUSTER, 'hosting', 'traceVolume', 'retention'],
  logs: [...CLUSTER, 'hosting', 'logVolume', 'retention'],
  metrics: [...CLUSTER, 'hosting', 'metricSeries', 'retention'],
  'access-control': [...CLUSTER, 'hosting', 'orgSize'],
  secrets: [...CLUSTER, 'hosting', 'orgSize'],
  'k8s-cost': [...CLUSTER, 'hosting', 'cloudSpend'],
  'cloud-cost': [...CLUSTER, 'hosting', 'cloudSpend'],
} as const satisfies Record<SlotId, readonly FieldName[]>
export const priceFieldsOf = (slot: SlotId): readonly FieldName[] => SLOT_FIELDS[slot]
/** Every answer some slot's price reads. */
export const PRICE_FIELDS = [...new Set(Object.values(SLOT_FIELDS).flat())]

const TABLES = new WeakMap<Catalog, Map<string, SlotPrices>>()
/** Bounded (a table with its estimates' basis lines is a few KB): the key space is far larger than any process meets. */
const MAX_TABLES = 2_000

/**
 * Every candidate's estimate and price rating in a slot, for these answers; undefined when the
 * catalog carries no price book (a generated or test data set).
 */
export function slotPrices(slot: SlotId, answers: Answers, catalog: Catalog): SlotPrices | undefined {
  const book = catalog.prices
  if (!book) return undefined
  let tables = TABLES.get(catalog)
  if (!tables) TABLES.set(catalog, (tables = new Map()))
  let key: string = slot
  for (const f of SLOT_FIELDS[slot]) key += `|${answers[f]}`
  // exact figures (API, CLI, share links) refine the bands: all of them, as few requests send any
  key += `|${usageKey(answers)}`
  const hit = tables.get(key)
  if (hit) return hit
  const inputs = inputsFromAnswers(answers)
  const costs = new Map<string, MonthlyCost>()
  for (const vendor of catalog.vendors)
    if (vendor.slots.some((s) => s.slot === slot) && availableOn(vendor, answers.platform)) costs.set(vendor.id, costFor(vendor, slot, inputs, answers, book, catalog))
  const table = { costs, ratings: rate(costs, slot, answers, catalog) }
  if (tables.size >= MAX_TABLES) tables.clear()
  tables.set(key, table)
  return table
}

/** Where the money is measured, in the slot's own words. */
const SCALE: Record<SlotId, string> = {
  'service-mesh': 'on your cluster',
  tracing: 'at your span volume',
  logs: 'at your log volume',
  metrics: 'at your series count',
  'access-control': 'for your team',
  secrets: 'for your team',
  'k8s-cost': 'for your cluster',
  'cloud-cost': 'for your cloud bill',
}

/**
 * Like is compared with like. A self-run product's estimate is compute and storage; the people who
 * run it are not in it, so it is compared with the other self-run options, and a service's bill
 * with the other services (the operational-load criterion weighs the running). A mesh's data plane
 * runs in the cluster whoever supports it: one group.
 */
export const priceGroupOf = (v: Vendor, slot: SlotId, answers: Answers): 'self' | 'vendor' | 'all' => (slot === 'service-mesh' ? 'all' : runRoute(v, answers))
const GROUP_WORDS = { self: ' of the self-run options', vendor: ' of the services', all: '' } as const

function rate(costs: ReadonlyMap<string, MonthlyCost>, slot: SlotId, answers: Answers, catalog: Catalog): Map<string, Rating> {
  const ratings = new Map<string, Rating>()
  const groups = new Map<keyof typeof GROUP_WORDS, [string, MonthlyCost][]>()
  for (const [id, c] of costs) {
    const g = priceGroupOf(catalog.byId.get(id)!, slot, answers)
    const members = groups.get(g)
    if (members) members.push([id, c])
    else groups.set(g, [[id, c]])
  }
  for (const [g, members] of groups) rateGroup(members, slot, GROUP_WORDS[g], catalog, ratings)
  return ratings
}

function rateGroup(members: [string, MonthlyCost][], slot: SlotId, among: string, catalog: Catalog, ratings: Map<string, Rating>): void {
  const known = members.filter((e): e is [string, KnownCost] => trusted(e[1])).sort((a, b) => a[1].expected - b[1].expected || (a[0] < b[0] ? -1 : 1))
  const name = (id: string) => catalog.byId.get(id)?.name ?? id
  if (known.length === 0) {
    for (const [id] of members) ratings.set(id, { rating: 50, reason: `no full published price to compare with${among || ' here'}`, unverified: true })
    return
  }
  const where = SCALE[slot]
  const [lowestId, lowest] = known[0]!
  const [dearestId, dearest] = known[known.length - 1]!
  const dearestRating = ratingOf(dearest.expected, lowest.expected)
  const next = known[1]
  for (const [id, c] of members) {
    if (!trusted(c)) {
      const why = isKnown(c) ? `${midSentence(c.excludes[0]!.split(/[:(]/)[0]!.trim())} not priced` : /contact sales/i.test(c.unknown) ? 'no published price (contact sales)' : 'no price in the price book yet'
      const own = isKnown(c) ? ratingOf(c.expected, lowest.expected) : 100
      // at most neutral, and never above the dearest full estimate: where every published price is
      // low, an unknown one must not tie them
      ratings.set(id, { rating: Math.min(own, dearestRating, UNKNOWN_AT_MOST), reason: `${why}: counted as no cheaper than ${name(dearestId)} (≈ ${usd(dearest.expected)} a month)`, unverified: true })
      continue
    }
    const rating = ratingOf(c.expected, lowest.expected)
    let reason: string
    if (id === lowestId)
      reason = next ? `lowest estimate${among} ${where}: ≈ ${usd(c.expected)} a month, ${usd(next[1].expected - c.expected)} less than ${name(next[0])}` : `≈ ${usd(c.expected)} a month ${where}, the only full estimate${among || ' here'}`
    // "near" only where the gap is small in money as well as in rating: a quarter more, or the floor
    else if (c.expected <= Math.max(lowest.expected * NEAR, lowest.expected + PRICE_FLOOR_USD))
      reason = `≈ ${usd(c.expected)} a month ${where}, near the lowest${among} (${name(lowestId)}, ${usd(lowest.expected)})`
    else reason = `≈ ${usd(c.expected)} a month ${where}, ${usd(c.expected - lowest.expected)} more than ${name(lowestId)}`
    ratings.set(id, { rating, reason })
  }
}

/**
 * The pick's saving over its runner-up in words, when price counts in the slot and both have a
 * full estimate: "≈ $1.9k a month less than Linkerd on your cluster". Nothing when the gap is
 * below the floor a price difference is worth mentioning at.
 */
export function priceEdge(slot: SlotId, answers: Answers, catalog: Catalog, pick: string, rival: { vendor: string; name: string }): string | undefined {
  const table = slotPrices(slot, answers, catalog)
  const [a, b] = [table?.costs.get(pick), table?.costs.get(rival.vendor)]
  if (!a || !b || !trusted(a) || !trusted(b)) return undefined
  const diff = b.expected - a.expected
  return diff >= PRICE_FLOOR_USD ? `≈ ${usd(diff)} a month less than ${rival.name} ${SCALE[slot]}` : undefined
}
