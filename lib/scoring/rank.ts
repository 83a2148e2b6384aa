import type { Answers } from '../answers/schema'
import type { Catalog } from '../catalog/catalog'
import type { FitLevel, SlotFit, Vendor } from '../catalog/schema'
import type { SlotId } from '../catalog/slots'
import { activeConstraints, FACT_OF } from './constraints'
import { availableOn, isBuiltInFor } from './context'
import { CRITERIA, type CriterionDef, type Rating } from './criteria'
import { openSourceRoute } from './licence'
import { chosenMode, DATA_PLANE_LABEL } from './mesh'
import type { CriterionId } from './criteria-ids'
import { weightsFor } from './weights'

export interface BreakdownItem {
  criterion: CriterionId
  label: string
  weight: number
  rating: number
  /** Share of the 0-100 score this criterion contributed. */
  points: number
  reason: string
  unverified?: true
}

export interface ScoredVendor {
  vendor: string
  name: string
  fit: FitLevel
  score: number
  /** Σ weight × rating: an exact integer, the key the ranking sorts on. */
  weighted: number
  eligible: boolean
  excludedBecause?: string
  /** Each hard constraint that excludes it, the fit rule first. */
  exclusions: string[]
  reasons: string[]
  breakdown: BreakdownItem[]
  /** How much of what the score rests on is verified: shown beside the score, never inside it. */
  confidence: Confidence
  /** Orders products the score leaves level: see compareStandings. */
  exitEase: number
}

export interface Confidence {
  level: 'verified' | 'mostly verified' | 'partly verified'
  /** Facts behind this vendor's score in this slot that could not be verified. */
  unverified: number
}

export interface SlotRanking {
  slot: SlotId
  weightTotal: number
  /** The criteria that apply to the slot, in a fixed order; `weights` and breakdowns follow it. */
  criteria: CriterionDef[]
  weights: number[]
  entries: ScoredVendor[]
  /**
   * Per entry (same order): the record, its slot fit, its position in the slot's listing (where its
   * cached ratings are: see listingOf), the ids of the constraints that exclude it,
   * and the doubts the gates weigh (facts a hard constraint rests on that are unknown).
   */
  basis: { vendor: Vendor; fit: SlotFit; at: number; excludedBy: string[]; doubts: string[] }[]
  /** The data the ranking read: re-rankings under changed answers read the same. */
  catalog: Catalog
}

/** The id under which the fit gate excludes a partial fit (see applyGates). */
export const FIT_GATE = 'fit-gate'
/** The id under which the evidence gate excludes a product whose compliance or must-have is unconfirmed. */
export const EVIDENCE_GATE = 'evidence-gate'

/** The part of an entry that decides its place: eligibility, weighted sum, ease of exit, then id. */
export interface Standing {
  vendor: string
  eligible: boolean
  weighted: number
  exitEase: number
}

const MAX_STRENGTHS = 3
/** A shared empty list, replaced before anything is added to it. */
const NONE: string[] = []
const MAX_CAVEATS = 2

const round1 = (x: number) => Math.round(x * 10) / 10


/**
 * The ranking order: eligible first, then higher weighted sum. When nothing the team asked for
 * separates two products, the one that is easier to leave comes first (a more open licence, then
 * more neutral governance): lock-in is the cost of a choice that shows up only later (the peer
 * guide KubeCompass scores "lock-in risk" and "exit strategy" for the same reason). Only two
 * products level on all of that are ordered by id, and the result reports them as a tie.
 */
export function compareStandings(a: Standing, b: Standing): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1
  if (a.weighted !== b.weighted) return b.weighted - a.weighted
  if (a.exitEase !== b.exitEase) return b.exitEase - a.exitEase
  return a.vendor < b.vendor ? -1 : a.vendor > b.vendor ? 1 : 0
}

/** Ease of exit from the ratings every slot has: licence openness first, then governance. */
export function exitEaseOf(breakdown: readonly BreakdownItem[]): number {
  let openness = 0
  let governance = 0
  for (const b of breakdown) {
    if (b.criterion === 'openness') openness = b.rating
    else if (b.criterion === 'governance') governance = b.rating
  }
  return openness * 1000 + governance
}

/**
 * A slot's vendors in a catalog, with their cached ratings by position in `members`. Ratings that
 * read no answer (licence, governance…) are the same for every user: `fixed[k][i]`. Ratings of
 * criteria with a cache key (costly ones whose answers take few values: capability needs, the
 * mesh's mode) are kept per key: `keyed[k].get(key)[i]`. Cheap ratings are computed each time:
 * keying them costs more than rating. A column is looked up once per ranking, not per vendor.
 */
export interface SlotListing {
  members: { vendor: Vendor; fit: SlotFit }[]
  fixed: Rating[][]
  keyed: Map<string, Rating[]>[]
}

/** Listings per catalog and slot: rankings run many times per recommendation. */
const listings = new WeakMap<Catalog, Map<SlotId, SlotListing>>()
export function listingOf(catalog: Catalog, slot: SlotId): SlotListing {
  let index = listings.get(catalog)
  if (!index) {
    index = new Map()
    for (const vendor of catalog.vendors)
      for (const fit of vendor.slots) {
        let listing = index.get(fit.slot)
        if (!listing) index.set(fit.slot, (listing = { members: [], fixed: [], keyed: [] }))
        listing.members.push({ vendor, fit })
      }
    listings.set(catalog, index)
  }
  let listing = index.get(slot)
  if (!listing) index.set(slot, (listing = { members: [], fixed: [], keyed: [] }))
  return listing
}

/** Vendors listed for a slot, in catalog order. */
export const vendorsForSlot = (catalog: Catalog, slot: SlotId): { vendor: Vendor; fit: SlotFit }[] => listingOf(catalog, slot).members

export const ratingKey = (c: CriterionDef, answers: Answers, slot: SlotId): string | undefined => c.cacheKey?.(answers, slot)

/** Keys kept per criterion and slot (a column is one rating per vendor of the slot). */
const MAX_COLUMNS = 1_000

/** Where criterion k's ratings under this key are kept, per member; undefined for a rating not cached. */
export function ratingColumn(listing: SlotListing, c: CriterionDef, k: number, key: string | undefined): Rating[] | undefined {
  if (key !== undefined) {
    const map = (listing.keyed[k] ??= new Map())
    let column = map.get(key)
    if (!column) {
      // bounded: the team's own needs make many keys possible, and the server runs for weeks
      if (map.size >= MAX_COLUMNS) map.clear()
      map.set(key, (column = new Array<Rating>(listing.members.length)))
    }
    return column
  }
  if (c.rates.length > 0) return undefined
  return (listing.fixed[k] ??= new Array<Rating>(listing.members.length))
}

/** Criterion k's rating of member i, from its column when the rating is cached. */
export function rateOf(c: CriterionDef, column: Rating[] | undefined, listing: SlotListing, i: number, answers: Answers, slot: SlotId, catalog: Catalog): Rating {
  const { vendor, fit } = listing.members[i]!
  if (column === undefined) return c.rate(vendor, fit, answers, slot, catalog)
  return (column[i] ??= c.rate(vendor, fit, answers, slot, catalog))
}

const criteriaBySlot = new Map<SlotId, CriterionDef[]>()
const weightsCache = new WeakMap<Catalog, WeakMap<Answers, Map<SlotId, number[]>>>()
export function slotWeights(slot: SlotId, answers: Answers, catalog: Catalog): { criteria: CriterionDef[]; weights: number[] } {
  let criteria = criteriaBySlot.get(slot)
  if (!criteria) criteriaBySlot.set(slot, (criteria = CRITERIA.filter((c) => c.appliesTo(slot))))
  let byAnswers = weightsCache.get(catalog)
  if (!byAnswers) weightsCache.set(catalog, (byAnswers = new WeakMap()))
  let bySlot = byAnswers.get(answers)
  if (!bySlot) byAnswers.set(answers, (bySlot = new Map()))
  let weights = bySlot.get(slot)
  if (!weights) {
    const all = weightsFor(answers)
    bySlot.set(slot, (weights = criteria.map((c) => (c.mutedIn?.(answers, slot, catalog) ? 0 : all[c.id]))))
  }
  return { criteria, weights }
}

/**
 * Scores every vendor listed for the slot: eligible ones first by score (ties by id), then the
 * excluded ones with why-not. The same answers and catalog always give the same order.
 */
export function rankSlot(slot: SlotId, answers: Answers, catalog: Catalog): SlotRanking {
  const { criteria, weights } = slotWeights(slot, answers, catalog)
  const weightTotal = weights.reduce((sum, w) => sum + w, 0)
  const listing = listingOf(catalog, slot)
  // a criterion that weighs 0 and has an idle rating is not rated at all
  const columns = criteria.map((c, k) => (weights[k] === 0 && c.idle ? undefined : ratingColumn(listing, c, k, ratingKey(c, answers, slot))))
  const constraints = activeConstraints(answers, slot)
  const scored: { vendor: Vendor; fit: SlotFit; at: number; ratings: Rating[]; excludedBy: string[]; reasons: string[]; doubts: string[] }[] = []
  const members = listing.members
  for (let at = 0; at < members.length; at++) {
    const { vendor, fit } = members[at]!
    // a cloud's own services are candidates on that cloud only
    if (!availableOn(vendor, answers.platform)) continue
    const ratings = new Array<Rating>(criteria.length)
    for (let k = 0; k < criteria.length; k++) {
      const c = criteria[k]!
      ratings[k] = weights[k] === 0 && c.idle ? c.idle : rateOf(c, columns[k], listing, at, answers, slot, catalog)
    }
    // most vendors pass most constraints: lists are made only when something is found
    let excludedBy: string[] = NONE
    let reasons: string[] = NONE
    let doubts: string[] = NONE
    for (const c of constraints) {
      const r = c.check(vendor, fit, answers, slot)
      if (r !== undefined) {
        if (excludedBy === NONE) {
          excludedBy = []
          reasons = []
        }
        excludedBy.push(c.id)
        reasons.push(r)
      } else if (c.doubt) {
        const d = c.doubt(vendor, fit, answers, slot)
        if (d !== undefined) (doubts === NONE ? (doubts = []) : doubts).push(d)
      }
    }
    scored.push({ vendor, fit, at, ratings, excludedBy, reasons, doubts })
  }
  const gated = applyGates(
    scored.map((x) => ({ fit: gateFit(x.vendor, x.fit, answers), eligible: x.excludedBy.length === 0, doubted: x.doubts.length > 0, kept: answers.keep.includes(x.vendor.id) })),
  )
  const entries = scored.map((x, i) => {
    const gate = gated[i]!
    if (gate.kind !== 'none' && x.excludedBy === NONE) {
      x.excludedBy = []
      x.reasons = []
    }
    if (gate.kind === 'fit') {
      x.excludedBy.push(FIT_GATE)
      x.reasons.push(`partial fit (${fitNote(x.vendor, x.fit, answers)}); ${gate.by} made for this slot meet your constraints`)
    } else if (gate.kind === 'evidence') {
      x.excludedBy.push(EVIDENCE_GATE)
      x.reasons.push(`${x.doubts.join('; ')}; ${gate.by} fully meeting your requirements pass`)
    }
    const entry = toEntry(x.vendor, x.fit, x.ratings, criteria, weights, weightTotal, x.reasons)
    if (entry.eligible) entry.reasons.push(...pickNotes(x.vendor, slot, answers, x.doubts))
    return { entry, basis: { vendor: x.vendor, fit: x.fit, at: x.at, excludedBy: x.excludedBy, doubts: x.doubts } }
  })
  entries.sort((a, b) => compareStandings(a.entry, b.entry))
  return { slot, weightTotal, criteria, weights, entries: entries.map((x) => x.entry), basis: entries.map((x) => x.basis), catalog }
}

export interface Gate {
  kind: 'none' | 'fit' | 'evidence'
  /** The products that close the gate, in words ("3 products"). */
  by: string
}

const UNGATED: Gate = { kind: 'none', by: '' }
const products = (n: number) => `${n} product${n === 1 ? '' : 's'}`

/**
 * The gates, applied among the vendors that pass every hard constraint.
 * Fit gate: a product whose fit for the slot is only partial (a Kubernetes distribution for access
 * control, a platform with built-in RBAC) may fill the slot only when no product made for it
 * passes; a soft penalty let partial fits win close races.
 * Evidence gate: a product whose compliance or must-have capability is unknown may fill the slot
 * only when no product with confirmed facts passes: unknown never silently passes, and never
 * silently fails either (it still wins when nothing confirmed is left, flagged as unconfirmed).
 * A tool the team keeps passes both gates.
 */
export function applyGates(entries: { fit: FitLevel; eligible: boolean; doubted: boolean; kept?: boolean }[]): Gate[] {
  const cores = entries.filter((e) => e.fit === 'core' && e.eligible).length
  // a tool the team keeps passes the gates: the team has decided, only a hard constraint overrides it
  const fitGated = (e: (typeof entries)[number]) => cores > 0 && e.fit === 'partial' && e.eligible && !e.kept
  const confirmed = entries.filter((e) => e.eligible && !fitGated(e) && !e.doubted).length
  return entries.map((e) => {
    if (fitGated(e)) return { kind: 'fit', by: products(cores) }
    if (e.eligible && e.doubted && confirmed > 0 && !e.kept) return { kind: 'evidence', by: products(confirmed) }
    return UNGATED
  })
}

/**
 * The fit a gate sees. A workload-identity product is partial for access control in general
 * (people's access is what the slot usually means), but it is the product made for a team whose
 * only need is workloads' access; a savings-automation product is partial for a team that only
 * wants to see and share cost.
 */
export function gateFit(v: Vendor, fit: SlotFit, answers: Answers): FitLevel {
  // FinOps separates allocation (who spent what) from optimization (spending less):
  // https://www.finops.org/framework/capabilities/. A product made to cut cost automatically is
  // only a partial fit for a team that wants to see and share cost, and no automation.
  if ((fit.slot === 'k8s-cost' || fit.slot === 'cloud-cost') && fit.fit === 'core' && answers.costGoal === 'allocation' && v.cost?.focus === 'savings') return 'partial'
  // A cloud's own service is partial in the landscape because it covers only that cloud ("AKS
  // only"); on that cloud the limit is moot, and its capability facts say what it lacks.
  if (fit.fit === 'partial' && isBuiltInFor(v, answers.platform)) return 'core'
  if (fit.slot === 'access-control' && fit.fit === 'partial' && v.security?.audience === 'workloads' && answers.accessFor.length === 1 && answers.accessFor[0] === 'workloads')
    return 'core'
  return fit.fit
}

/** Why the gate sees a partial fit: the data's note, or the answer that makes a core product partial. */
function fitNote(v: Vendor, fit: SlotFit, answers: Answers): string {
  if (fit.fit === 'core' && gateFit(v, fit, answers) === 'partial') return 'made to cut cost automatically; you want to see and share cost'
  return fit.note ?? 'not its main focus'
}

/**
 * What a team should know about how it would run the pick: the mesh mode, the open-source
 * edition, how it meets a compliance requirement, what is unconfirmed or only partly there.
 */
function pickNotes(v: Vendor, slot: SlotId, answers: Answers, doubts: string[]): string[] {
  const notes: string[] = []
  if (slot === 'service-mesh' && (v.mesh?.dataPlanes.length ?? 0) > 1) {
    const mode = chosenMode(v, answers)
    if (mode) notes.push(`Run it with ${DATA_PLANE_LABEL[mode.plane]}`)
  }
  if (answers.openSource !== 'no-preference') {
    const route = openSourceRoute(v, slot, answers.orgSize)
    if (route.kind === 'edition') {
      notes.push(`Open source as ${route.edition}`)
      if (route.caveat) notes.push(`Caveat: ${route.caveat}`)
    }
  }
  const vendorRun = COMPLIANCE_VENDOR_RUN.filter((c) => answers.compliance.includes(c) && v.delivery.model === 'both' && v.compliance?.[FACT_OF[c]]?.value !== 'yes')
  if (vendorRun.length > 0) notes.push(`For ${vendorRun.map((c) => COMPLIANCE_NAME[c]).join(' and ')}, run it yourself: its hosted service does not confirm it`)
  for (const d of doubts) notes.push(`Unconfirmed: ${d}; verify before you buy`)
  if (isBuiltInFor(v, answers.platform)) {
    const unknown = answers.compliance.filter((c) => (v.compliance?.[FACT_OF[c]]?.value ?? 'unknown') === 'unknown')
    if (unknown.length > 0) notes.push(`Check that it is listed in your cloud's ${unknown.map((c) => COMPLIANCE_NAME[c]).join(' and ')} scope: not confirmed here`)
  }
  return notes
}

const COMPLIANCE_VENDOR_RUN = ['fedramp', 'pci', 'hipaa', 'eu-residency'] as const
const COMPLIANCE_NAME = { fips: 'FIPS', fedramp: 'FedRAMP', pci: 'PCI DSS', hipaa: 'HIPAA', 'eu-residency': 'EU data residency' } as const

function toEntry(
  vendor: Vendor,
  fit: SlotFit,
  ratings: Rating[],
  criteria: CriterionDef[],
  weights: number[],
  weightTotal: number,
  excluded: string[],
): ScoredVendor {
  // Σ weight × rating over the slot's criteria: the one scoring rule (robustness repeats it inline)
  let weighted = 0
  for (let k = 0; k < weights.length; k++) weighted += weights[k]! * ratings[k]!.rating
  const breakdown = criteria.map((c, i): BreakdownItem => {
    const r = ratings[i]!
    const item: BreakdownItem = {
      criterion: c.id,
      label: c.label,
      weight: weights[i]!,
      rating: r.rating,
      points: weightTotal === 0 ? 0 : round1((weights[i]! * r.rating) / weightTotal),
      reason: r.reason,
    }
    if (r.unverified) item.unverified = true
    return item
  })
  const entry: ScoredVendor = {
    vendor: vendor.id,
    name: vendor.name,
    fit: fit.fit,
    score: weightTotal === 0 ? 0 : round1(weighted / weightTotal),
    weighted,
    eligible: excluded.length === 0,
    exclusions: excluded,
    // an excluded vendor is explained by its exclusions; strengths would only distract
    reasons: excluded.length === 0 ? reasonsFrom(breakdown) : [],
    breakdown,
    confidence: confidenceOf(vendor, fit),
    exitEase: exitEaseOf(breakdown),
  }
  if (excluded.length > 0) entry.excludedBecause = excluded.join('; ')
  return entry
}

/** The facts behind a vendor's score in a slot that could not be verified (fixed per record: cached). */
const confidenceCache = new WeakMap<SlotFit, Confidence>()
function confidenceOf(vendor: Vendor, fit: SlotFit): Confidence {
  let c = confidenceCache.get(fit)
  if (!c) confidenceCache.set(fit, (c = computeConfidence(vendor, fit)))
  return c
}

function computeConfidence(vendor: Vendor, fit: SlotFit): Confidence {
  const facts = vendor.capabilities?.[fit.slot] ?? {}
  const unknownCaps = Object.values(facts).filter((f) => f.value === 'unknown').length
  const unverified = vendor.unverified.length + unknownCaps
  const level = unverified === 0 ? 'verified' : unverified <= 3 ? 'mostly verified' : 'partly verified'
  return { level, unverified }
}

/**
 * Plain-language reasons: the strongest weighted contributions, then the weaknesses that cost
 * most. A criterion that barely counts for this team (weight under 2) says nothing either way, and
 * a middling rating is neither a strength nor a caveat: only what a reviewer would mention.
 */
function reasonsFrom(breakdown: BreakdownItem[]): string[] {
  const strengths: BreakdownItem[] = []
  const caveats: BreakdownItem[] = []
  for (const b of breakdown) {
    // being new to the team is the normal case
    if (b.weight < 2 || (b.criterion === 'incumbent' && b.rating === 0)) continue
    if (b.rating >= 70 && !b.unverified) strengths.push(b)
    else if (b.rating <= 40 || b.unverified) caveats.push(b)
  }
  strengths.sort((a, b) => first(b) - first(a) || gain(b) - gain(a) || (a.criterion < b.criterion ? -1 : 1))
  caveats.sort((a, b) => loss(b) - loss(a) || (a.criterion < b.criterion ? -1 : 1))
  const out: string[] = []
  for (const b of strengths.slice(0, MAX_STRENGTHS)) out.push(capitalize(b.reason))
  for (const b of caveats.slice(0, MAX_CAVEATS)) out.push(`Caveat: ${b.reason}`)
  return out
}

const gain = (b: BreakdownItem) => b.weight * b.rating
const loss = (b: BreakdownItem) => b.weight * (100 - b.rating)
// what the team already has (a tool it runs, a service of its platform) is said first: it is the
// reason a reader looks for, whatever its share of the score
const first = (b: BreakdownItem) => (b.rating === 100 && (b.criterion === 'incumbent' || b.criterion === 'platform') ? 1 : 0)

// a word spelt with a capital inside (mTLS, eBPF) is a name and keeps its spelling
const capitalize = (s: string) => (s.length === 0 || /^[a-z]+[A-Z]/.test(s) ? s : s[0]!.toUpperCase() + s.slice(1))
