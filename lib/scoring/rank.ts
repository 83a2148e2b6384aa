import type { Answers } from '../answers/schema'
import type { Catalog } from '../catalog/catalog'
import type { FitLevel, SlotFit, Vendor } from '../catalog/schema'
import type { SlotId } from '../catalog/slots'
import { CONSTRAINTS } from './constraints'
import { CRITERIA, type CriterionDef, type Rating } from './criteria'
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

/** The part of an entry that decides its place: eligibility, weighted sum, then id. */
export interface Standing {
  vendor: string
  eligible: boolean
  weighted: number
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

/** The ranking order: eligible first, then higher weighted sum, then id (for now the last resort). */
export function compareStandings(a: Standing, b: Standing): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1
  if (a.weighted !== b.weighted) return b.weighted - a.weighted
  return a.vendor < b.vendor ? -1 : a.vendor > b.vendor ? 1 : 0
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
    return { entry: toEntry(vendor, fit, ratings, criteria, weights, weightTotal, reasons), basis: { vendor, fit, excludedBy } }
  })
  scored.sort((a, b) => compareStandings(a.entry, b.entry))
  return { slot, weightTotal, criteria, weights, entries: scored.map((x) => x.entry), basis: scored.map((x) => x.basis) }
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
  }
  if (excluded.length > 0) entry.excludedBecause = excluded.join('; ')
  return entry
}

/** Plain-language reasons: the strongest weighted contributions, then the caveats that cost most. */
function reasonsFrom(breakdown: BreakdownItem[]): string[] {
  const strengths: BreakdownItem[] = []
  const caveats: BreakdownItem[] = []
  for (const b of breakdown) {
    // the normal cases say nothing: being new to the team, or being a core product for the slot
    if (b.weight === 0 || (b.criterion === 'incumbent' && b.rating === 0) || (b.criterion === 'capability' && b.rating === 100)) continue
    if (b.rating >= 60 && !b.unverified) strengths.push(b)
    else caveats.push(b)
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
