import { AnswersSchema, type Answers } from './answers/schema'
import type { Catalog } from './catalog/catalog'
import { describeIssues, type DataIssue } from './catalog/issues'
import { SIGNAL_SLOT, SLOT_AREA, SLOT_IDS, type SlotId } from './catalog/slots'
import { rankSlot, type ScoredVendor, type SlotRanking } from './scoring/rank'
import { assessSlot, type SlotRobustness } from './scoring/robustness'
import { solveStack } from './scoring/stack'
import { CONSOLIDATION_PENALTY } from './scoring/weights'

export interface StackPick {
  slot: SlotId
  vendor: string | null
  name: string | null
  score: number | null
  reasons: string[]
  /** 1-based position of the pick in the slot's ranking. */
  rank: number | null
  runnersUp: { vendor: string; score: number }[]
}

export interface RankingRow {
  vendor: string
  score: number
  eligible: boolean
  excludedBecause?: string
  fit: ScoredVendor['fit']
  reasons: string[]
  breakdown: ScoredVendor['breakdown']
}

export interface Recommendation {
  dataVersion: string
  answers: Answers
  stack: StackPick[]
  objective: { penaltyPerVendor: number; total: number; newVendors: number }
  complements: { vendor: string; slots: SlotId[]; note: string }[]
  robustness: SlotRobustness[]
  rankings: Partial<Record<SlotId, RankingRow[]>>
}

export type AnswersResult = { ok: true; answers: Answers } | { ok: false; issues: DataIssue[] }

const RUNNERS_UP = 2

/**
 * Validates raw answers (from JSON, a form or a share link) against the schema and the catalog.
 * Never throws: problems come back with the field named, e.g. `existingTools[0]`.
 */
export function parseAnswers(raw: unknown, catalog: Catalog): AnswersResult {
  const parsed = AnswersSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, issues: describeIssues(parsed.error.issues, raw) }
  const unknown = parsed.data.existingTools.filter((id) => !catalog.byId.has(id))
  if (unknown.length > 0)
    return {
      ok: false,
      issues: unknown.map((id) => ({ path: 'existingTools', message: `Unknown vendor id "${id}"` })),
    }
  return { ok: true, answers: parsed.data }
}

/** The slots a set of answers asks for, in stack order. */
export function slotsInScope(answers: Answers): SlotId[] {
  const signalSlots = new Set(answers.signals.map((s) => SIGNAL_SLOT[s]))
  return SLOT_IDS.filter((slot) => {
    const area = SLOT_AREA[slot]
    if (!answers.scope.includes(area)) return false
    return area !== 'observability' || signalSlots.has(slot)
  })
}

/**
 * The engine's one entry point: ranks every vendor per slot in scope, picks the stack that is the
 * exact optimum of the documented objective (see scoring/stack.ts) and assesses each winner's
 * robustness. Pure and deterministic: same answers and catalog, byte-identical JSON.
 */
export function recommend(answers: Answers, catalog: Catalog): Recommendation {
  const slots = slotsInScope(answers)
  const rankings = slots.map((slot) => rankSlot(slot, answers, catalog))
  const eligibleBySlot = rankings.map((r) => r.entries.filter((e) => e.eligible))
  const penalty = CONSOLIDATION_PENALTY[answers.consolidation]
  const existing = new Set(answers.existingTools)
  const solution = solveStack({
    slots: eligibleBySlot.map((list) => list.map((e) => ({ vendor: e.vendor, tenths: Math.round(e.score * 10) }))),
    penaltyTenths: penalty * 10,
    existing,
  })

  const stack = rankings.map((ranking, i): StackPick => {
    const list = eligibleBySlot[i]!
    const idx = solution.picks[i]!
    const pick = list[idx]
    if (!pick) return { slot: ranking.slot, vendor: null, name: null, score: null, reasons: [noPickReason(ranking)], rank: null, runnersUp: [] }
    const reasons = [...pick.reasons]
    if (idx > 0)
      reasons.push(`Chosen over ${list[0]!.name} (${list[0]!.score}) because it serves other slots of the stack: fewer vendors`)
    return {
      slot: ranking.slot,
      vendor: pick.vendor,
      name: pick.name,
      score: pick.score,
      reasons,
      rank: idx + 1,
      runnersUp: list
        .filter((e) => e.vendor !== pick.vendor)
        .slice(0, RUNNERS_UP)
        .map((e) => ({ vendor: e.vendor, score: e.score })),
    }
  })

  const picked = stack.map((s) => s.vendor).filter((v): v is string => v !== null)
  const newVendors = new Set(picked.filter((v) => !existing.has(v))).size
  return {
    dataVersion: catalog.version,
    answers,
    stack,
    objective: { penaltyPerVendor: penalty, total: solution.objectiveTenths / 10, newVendors },
    complements: complementsOf(rankings, catalog),
    robustness: rankings.map((r) => assessSlot(r, answers, catalog)),
    rankings: Object.fromEntries(rankings.map((r) => [r.slot, r.entries.map(toRow)])),
  }
}

function noPickReason(ranking: SlotRanking): string {
  return ranking.entries.length === 0
    ? 'No vendor in the data set serves this slot'
    : 'No vendor meets your hard constraints for this slot; see the excluded vendors for why'
}

/** Standards and scanners that work next to the picks and pass the user's other constraints. */
function complementsOf(rankings: SlotRanking[], catalog: Catalog): Recommendation['complements'] {
  const found = new Map<string, { slots: SlotId[]; note: string }>()
  for (const r of rankings)
    for (const e of r.entries) {
      // the fit rule is the only exclusion: it would otherwise be eligible
      if (e.fit !== 'complement' || e.exclusions.length !== 1) continue
      const note = catalog.byId.get(e.vendor)?.slots.find((s) => s.slot === r.slot)?.note ?? ''
      const entry = found.get(e.vendor) ?? { slots: [], note }
      entry.slots.push(r.slot)
      found.set(e.vendor, entry)
    }
  return [...found.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([vendor, v]) => ({ vendor, ...v }))
}

function toRow(e: ScoredVendor): RankingRow {
  return {
    vendor: e.vendor,
    score: e.score,
    eligible: e.eligible,
    ...(e.excludedBecause !== undefined ? { excludedBecause: e.excludedBecause } : {}),
    fit: e.fit,
    reasons: e.reasons,
    breakdown: e.breakdown,
  }
}
