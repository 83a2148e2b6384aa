import type { Answers } from '../answers/schema'
import type { Catalog } from '../catalog/catalog'
import type { FitLevel, Vendor } from '../catalog/schema'
import type { SlotId } from '../catalog/slots'
import { exclusionReasons } from './constraints'
import { CRITERIA, type CriterionDef } from './criteria'
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
  criteria: CriterionDef[]
  weights: Record<CriterionId, number>
  entries: ScoredVendor[]
}

const MAX_STRENGTHS = 3
const MAX_CAVEATS = 2

const round1 = (x: number) => Math.round(x * 10) / 10

/** Vendors listed for a slot, cached per catalog: rankings run many times per recommendation. */
const slotIndex = new WeakMap<Catalog, Map<SlotId, Vendor[]>>()
export function vendorsForSlot(catalog: Catalog, slot: SlotId): Vendor[] {
  let index = slotIndex.get(catalog)
  if (!index) {
    index = new Map()
    for (const v of catalog.vendors)
      for (const s of v.slots) index.set(s.slot, [...(index.get(s.slot) ?? []), v])
    slotIndex.set(catalog, index)
  }
  return index.get(slot) ?? []
}

/**
 * Scores every vendor listed for the slot: eligible ones first by score (ties by id), then the
 * excluded ones with why-not. The same answers and catalog always give the same order.
 */
export function rankSlot(slot: SlotId, answers: Answers, catalog: Catalog): SlotRanking {
  const weights = weightsFor(answers)
  const criteria = CRITERIA.filter((c) => c.appliesTo(slot))
  const weightTotal = criteria.reduce((sum, c) => sum + weights[c.id], 0)
  const entries = vendorsForSlot(catalog, slot).map((vendor) => scoreVendor(vendor, slot, answers, criteria, weights, weightTotal))
  entries.sort(compareEntries)
  return { slot, weightTotal, criteria, weights, entries }
}

export function compareEntries(a: ScoredVendor, b: ScoredVendor): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1
  if (a.weighted !== b.weighted) return b.weighted - a.weighted
  return a.vendor < b.vendor ? -1 : a.vendor > b.vendor ? 1 : 0
}

function scoreVendor(
  vendor: Vendor,
  slot: SlotId,
  answers: Answers,
  criteria: CriterionDef[],
  weights: Record<CriterionId, number>,
  weightTotal: number,
): ScoredVendor {
  const fit = vendor.slots.find((s) => s.slot === slot)!
  let weighted = 0
  const breakdown: BreakdownItem[] = new Array(criteria.length)
  for (let i = 0; i < criteria.length; i++) {
    const c = criteria[i]!
    const r = c.rate(vendor, fit, answers)
    const weight = weights[c.id]
    weighted += weight * r.rating
    const item: BreakdownItem = {
      criterion: c.id,
      label: c.label,
      weight,
      rating: r.rating,
      points: weightTotal === 0 ? 0 : round1((weight * r.rating) / weightTotal),
      reason: r.reason,
    }
    if (r.unverified) item.unverified = true
    breakdown[i] = item
  }
  const excluded = exclusionReasons(vendor, fit, answers)
  const entry: ScoredVendor = {
    vendor: vendor.id,
    name: vendor.name,
    fit: fit.fit,
    score: weightTotal === 0 ? 0 : round1(weighted / weightTotal),
    weighted,
    eligible: excluded.length === 0,
    exclusions: excluded,
    reasons: reasonsFrom(breakdown),
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
