import { AnswersSchema, type Answers } from './answers/schema'
import { slotsInScope } from './answers/scope'
import type { Catalog } from './catalog/catalog'
import { describeIssues, type DataIssue } from './catalog/issues'
import { SLOT_LABEL, type SlotId } from './catalog/slots'
import { rankSlot, type ScoredVendor, type SlotRanking } from './scoring/rank'
import { assessSlot, type SlotRobustness } from './scoring/robustness'
import { solveStack } from './scoring/stack'
import { CONSOLIDATION_PENALTY } from './scoring/weights'

export { slotsInScope }

/** One slot's pick: the stable summary API and CLI clients read (documented in the README). */
export interface StackPick {
  slot: SlotId
  vendor: string | null
  name: string | null
  score: number | null
  reasons: string[]
  /** 1-based position of the pick in the slot's ranking. */
  rank: number | null
  runnersUp: { vendor: string; name: string; score: number }[]
}

export interface RankingRow {
  vendor: string
  name: string
  score: number
  eligible: boolean
  excludedBecause?: string
  fit: ScoredVendor['fit']
  reasons: string[]
  breakdown: ScoredVendor['breakdown']
}

export interface Complement {
  vendor: string
  name: string
  note: string
}

/** Everything about one slot, so no consumer has to look anything up elsewhere. */
export interface SlotResult {
  slot: SlotId
  label: string
  /** The vendor the stack picks here (also in `stack`), or null. */
  pick: string | null
  ranking: RankingRow[]
  robustness: SlotRobustness
  /** Standards and scanners that work next to the pick. */
  complements: Complement[]
}

export interface Recommendation {
  dataVersion: string
  dataAsOf: string
  answers: Answers
  stack: StackPick[]
  slots: SlotResult[]
  objective: { penaltyPerVendor: number; total: number; newVendors: number }
  /** Every complement once, with the slots it serves. */
  complements: (Complement & { slots: SlotId[] })[]
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

/**
 * The engine's one entry point: ranks every vendor per slot in scope, picks the stack that is the
 * exact optimum of the documented objective (see scoring/stack.ts) and assesses each winner's
 * robustness. Pure and deterministic: same answers and catalog, byte-identical JSON. The result
 * carries every name it mentions, so no consumer needs the catalog to show it.
 */
export function recommend(answers: Answers, catalog: Catalog): Recommendation {
  const rankings = slotsInScope(answers).map((slot) => rankSlot(slot, answers, catalog))
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
        .map((e) => ({ vendor: e.vendor, name: e.name, score: e.score })),
    }
  })

  const slots = rankings.map((r, i): SlotResult => ({
    slot: r.slot,
    label: SLOT_LABEL[r.slot],
    pick: stack[i]!.vendor,
    ranking: r.entries.map(toRow),
    robustness: assessSlot(r, answers, catalog),
    complements: complementsOf(r, catalog),
  }))

  const picked = stack.map((s) => s.vendor).filter((v): v is string => v !== null)
  const newVendors = new Set(picked.filter((v) => !existing.has(v))).size
  return {
    dataVersion: catalog.version,
    dataAsOf: catalog.asOf,
    answers,
    stack,
    slots,
    objective: { penaltyPerVendor: penalty, total: solution.objectiveTenths / 10, newVendors },
    complements: mergeComplements(slots),
  }
}

function noPickReason(ranking: SlotRanking): string {
  return ranking.entries.length === 0
    ? 'No vendor in the data set serves this slot'
    : 'No vendor meets your hard constraints for this slot; see the excluded vendors for why'
}

/** Standards and scanners that work next to the pick and pass the user's other constraints. */
function complementsOf(r: SlotRanking, catalog: Catalog): Complement[] {
  // the fit rule is then the only exclusion: it would otherwise be eligible
  return r.entries
    .filter((e) => e.fit === 'complement' && e.exclusions.length === 1)
    .map((e) => ({ vendor: e.vendor, name: e.name, note: catalog.byId.get(e.vendor)?.slots.find((s) => s.slot === r.slot)?.note ?? '' }))
    .sort((a, b) => (a.vendor < b.vendor ? -1 : 1))
}

function mergeComplements(slots: SlotResult[]): Recommendation['complements'] {
  const found = new Map<string, Complement & { slots: SlotId[] }>()
  for (const s of slots)
    for (const c of s.complements) {
      const entry = found.get(c.vendor) ?? { ...c, slots: [] }
      entry.slots.push(s.slot)
      found.set(c.vendor, entry)
    }
  return [...found.values()].sort((a, b) => (a.vendor < b.vendor ? -1 : 1))
}

function toRow(e: ScoredVendor): RankingRow {
  return {
    vendor: e.vendor,
    name: e.name,
    score: e.score,
    eligible: e.eligible,
    ...(e.excludedBecause !== undefined ? { excludedBecause: e.excludedBecause } : {}),
    fit: e.fit,
    reasons: e.reasons,
    breakdown: e.breakdown,
  }
}
