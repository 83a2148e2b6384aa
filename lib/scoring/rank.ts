import type { Answers } from '../answers/schema'
import type { Catalog } from '../catalog/catalog'
import type { FitLevel, SlotFit, Vendor } from '../catalog/schema'
import type { SlotId } from '../catalog/slots'
import { CONSTRAINTS } from './constraints'
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
  /** Per entry (same order): the record, its slot fit and the ids of the constraints that exclude it. */
  basis: { vendor: Vendor; fit: SlotFit; excludedBy: string[] }[]
}

/** The id under which the fit gate excludes a partial fit (see applyFitGate). */
export const FIT_GATE = 'fit-gate'

/** The part of an entry that decides its place: eligibility, weighted sum, ease of exit, then id. */
export interface Standing {
  vendor: string
  eligible: boolean
  weighted: number
  exitEase: number
}

const MAX_STRENGTHS = 3
const MAX_CAVEATS = 2

const round1 = (x: number) => Math.round(x * 10) / 10

/**
 * Σ weight × rating over the slot's criteria: the one scoring rule, used by the ranking and by
 * robustness alike. `ratingAt(k)` gives the rating for criterion k (a getter, so robustness can mix
 * reused and re-rated values without building arrays).
 */
export function weightedSum(weights: readonly number[], ratingAt: (k: number) => number): number {
  let sum = 0
  for (let k = 0; k < weights.length; k++) sum += weights[k]! * ratingAt(k)
  return sum
}

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
  const rating = (id: string) => breakdown.find((b) => b.criterion === id)?.rating ?? 0
  return rating('openness') * 1000 + rating('governance')
}

/** Vendors listed for a slot, cached per catalog: rankings run many times per recommendation. */
const slotIndex = new WeakMap<Catalog, Map<SlotId, { vendor: Vendor; fit: SlotFit }[]>>()
export function vendorsForSlot(catalog: Catalog, slot: SlotId): { vendor: Vendor; fit: SlotFit }[] {
  let index = slotIndex.get(catalog)
  if (!index) {
    index = new Map()
    for (const vendor of catalog.vendors)
      for (const fit of vendor.slots) {
        const list = index.get(fit.slot) ?? []
        list.push({ vendor, fit })
        index.set(fit.slot, list)
      }
    slotIndex.set(catalog, index)
  }
  return index.get(slot) ?? []
}

/**
 * Ratings that read no answer (licence, governance, slot fit…) are the same for every user: they
 * are computed once per vendor and slot. Keyed by the slot-fit record, which is unique per pair.
 */
const fixedRatings = new WeakMap<SlotFit, Rating[]>()

function ratingsOf(vendor: Vendor, fit: SlotFit, criteria: CriterionDef[], answers: Answers, slot: SlotId): Rating[] {
  let cached = fixedRatings.get(fit)
  if (!cached) {
    cached = []
    fixedRatings.set(fit, cached)
  }
  const out = new Array<Rating>(criteria.length)
  for (let k = 0; k < criteria.length; k++) {
    const c = criteria[k]!
    if (c.rates.length > 0) out[k] = c.rate(vendor, fit, answers, slot)
    else out[k] = cached[k] ??= c.rate(vendor, fit, answers, slot)
  }
  return out
}

/** The criteria that apply to a slot and their weights under these answers. */
export function slotWeights(slot: SlotId, answers: Answers): { criteria: CriterionDef[]; weights: number[] } {
  const all = weightsFor(answers)
  const criteria = CRITERIA.filter((c) => c.appliesTo(slot))
  return { criteria, weights: criteria.map((c) => all[c.id]) }
}

/**
 * Scores every vendor listed for the slot: eligible ones first by score (ties by id), then the
 * excluded ones with why-not. The same answers and catalog always give the same order.
 */
export function rankSlot(slot: SlotId, answers: Answers, catalog: Catalog): SlotRanking {
  const { criteria, weights } = slotWeights(slot, answers)
  const weightTotal = weights.reduce((sum, w) => sum + w, 0)
  const scored = vendorsForSlot(catalog, slot).map(({ vendor, fit }) => {
    const ratings = ratingsOf(vendor, fit, criteria, answers, slot)
    const excludedBy: string[] = []
    const reasons: string[] = []
    for (const c of CONSTRAINTS) {
      const r = c.check(vendor, fit, answers, slot)
      if (r !== undefined) {
        excludedBy.push(c.id)
        reasons.push(r)
      }
    }
    return { vendor, fit, ratings, excludedBy, reasons }
  })
  const gated = applyFitGate(scored.map((x) => ({ fit: x.fit.fit, eligible: x.excludedBy.length === 0 })))
  const entries = scored.map((x, i) => {
    if (gated[i]) {
      x.excludedBy.push(FIT_GATE)
      x.reasons.push(`partial fit (${x.fit.note ?? 'not its main focus'}); ${gated[i]} made for this slot meet your constraints`)
    }
    const entry = toEntry(x.vendor, x.fit, x.ratings, criteria, weights, weightTotal, x.reasons)
    if (entry.eligible) entry.reasons.push(...pickNotes(x.vendor, slot, answers))
    return { entry, basis: { vendor: x.vendor, fit: x.fit, excludedBy: x.excludedBy } }
  })
  entries.sort((a, b) => compareStandings(a.entry, b.entry))
  return { slot, weightTotal, criteria, weights, entries: entries.map((x) => x.entry), basis: entries.map((x) => x.basis) }
}

/**
 * The fit gate: a product whose fit for the slot is only partial (a Kubernetes distribution for
 * access control, a platform with built-in RBAC) may fill the slot only when no product made for it
 * passes the team's hard constraints. A soft penalty let partial fits win close races. Returns, per
 * entry, a description of the core products that block it, or '' when it is not gated.
 */
export function applyFitGate(entries: { fit: FitLevel; eligible: boolean }[]): string[] {
  const cores = entries.filter((e) => e.fit === 'core' && e.eligible).length
  return entries.map((e) => (cores > 0 && e.fit === 'partial' && e.eligible ? `${cores} product${cores === 1 ? '' : 's'}` : ''))
}

/** What a team should know about how it would run the pick: the mesh mode, the open-source edition. */
function pickNotes(v: Vendor, slot: SlotId, answers: Answers): string[] {
  const notes: string[] = []
  if (slot === 'service-mesh' && (v.mesh?.dataPlanes.length ?? 0) > 1) {
    const mode = chosenMode(v, answers)
    if (mode) notes.push(`Run it with ${DATA_PLANE_LABEL[mode.plane]}`)
  }
  if (answers.openSource !== 'no-preference') {
    const route = openSourceRoute(v, slot)
    if (route.kind === 'edition') {
      notes.push(`Open source as ${route.edition}`)
      if (route.caveat) notes.push(`Caveat: ${route.caveat}`)
    }
  }
  return notes
}

function toEntry(
  vendor: Vendor,
  fit: SlotFit,
  ratings: Rating[],
  criteria: CriterionDef[],
  weights: number[],
  weightTotal: number,
  excluded: string[],
): ScoredVendor {
  const weighted = weightedSum(weights, (k) => ratings[k]!.rating)
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

/** The facts behind a vendor's score in a slot that could not be verified. */
function confidenceOf(vendor: Vendor, fit: SlotFit): Confidence {
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
  const gain = (b: BreakdownItem) => b.weight * b.rating
  const loss = (b: BreakdownItem) => b.weight * (100 - b.rating)
  strengths.sort((a, b) => gain(b) - gain(a) || (a.criterion < b.criterion ? -1 : 1))
  caveats.sort((a, b) => loss(b) - loss(a) || (a.criterion < b.criterion ? -1 : 1))
  const out: string[] = []
  for (const b of strengths.slice(0, MAX_STRENGTHS)) out.push(capitalize(b.reason))
  for (const b of caveats.slice(0, MAX_CAVEATS)) out.push(`Caveat: ${b.reason}`)
  return out
}

const capitalize = (s: string) => (s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1))
