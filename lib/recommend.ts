import type { StackMonthlyCost } from './cost/attach'
import type { MonthlyCost } from './cost/ledger'
import type { NeedLevel } from './answers/fields'
import { needsFor } from './answers/needs'
import { AnswersSchema, type Answers } from './answers/schema'
import { slotsInScope } from './answers/scope'
import type { Catalog } from './catalog/catalog'
import { describeIssues, type DataIssue } from './catalog/issues'
import { SLOT_LABEL, type SlotId } from './catalog/slots'
import { conflictsOf, notesOf, type Conflict } from './advice'
import { rankSlot, type Confidence, type ScoredVendor, type SlotRanking } from './scoring/rank'
import { assessSlot, type SlotRobustness } from './scoring/robustness'
import { isBuiltInFor, toolsInUse } from './scoring/context'
import { solveStack } from './scoring/stack'
import { priceEdge } from './scoring/price'
import { CONSOLIDATION_PENALTY, slotsWithoutWeight } from './scoring/weights'

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
  /** How much of what the score rests on is verified (null without a pick). */
  confidence: Confidence | null
  /** What the pick costs a month for these answers (see lib/cost/attach.ts). */
  monthlyCost?: MonthlyCost
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
  confidence: Confidence
  monthlyCost?: MonthlyCost
}

export interface Complement {
  vendor: string
  name: string
  note: string
}

/** One capability the team needs from a slot, at the level the answers give it. */
export interface NeedRow {
  key: string
  label: string
  level: NeedLevel
  /** Why this level when the context set it ("you keep telemetry a year or more"). */
  why?: string
  /** The user chose the level. */
  chosen?: true
}

/** What the pick does of what the team needs, and what its closest challenger does that it does not. */
export interface NeedsCoverage {
  must: CoverageLists
  nice: CoverageLists
  /** Capabilities the team needs that the runner-up has and the pick has not (or only in part). */
  runnerUpAlso: { vendor: string; name: string; capabilities: string[] } | null
}
export interface CoverageLists {
  covered: string[]
  partial: string[]
  missing: string[]
  unknown: string[]
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
  /** The capabilities the team needs here (must-have and nice-to-have; not needed ones are left out). */
  needs: NeedRow[]
  /** How the pick covers them (null without a pick). */
  coverage: NeedsCoverage | null
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
  /** Tools the team runs that the answers rule out, with the way off them. */
  conflicts: Conflict[]
  /** How the answers narrow the field, in one line each. */
  notes: string[]
  /** The stack's monthly total over the slots with a known estimate (see lib/cost/attach.ts). */
  monthlyCost?: StackMonthlyCost
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
  const zero = slotsWithoutWeight(parsed.data)
  if (zero.length > 0)
    return { ok: false, issues: [{ path: 'weights', message: `No criterion keeps a weight above 0 for ${zero.map((s) => SLOT_LABEL[s]).join(', ')}: raise at least one` }] }
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
  // tools the team runs, and the services its platform already provides, add no vendor
  const existing = new Set(toolsInUse(answers))
  for (const v of catalog.vendors) if (isBuiltInFor(v, answers.platform)) existing.add(v.id)
  // a tool the team keeps is the pick wherever it passes the hard constraints
  const kept = new Set(answers.keep)
  const candidatesBySlot = eligibleBySlot.map((list) => (list.some((e) => kept.has(e.vendor)) ? list.filter((e) => kept.has(e.vendor)) : list))
  const solution = solveStack({
    slots: candidatesBySlot.map((list) => list.map((e) => ({ vendor: e.vendor, tenths: Math.round(e.score * 10) }))),
    penaltyTenths: penalty * 10,
    existing,
  })

  const stack = rankings.map((ranking, i): StackPick => {
    const list = eligibleBySlot[i]!
    const pick = candidatesBySlot[i]![solution.picks[i]!]
    const idx = pick ? list.indexOf(pick) : -1
    if (!pick) return { slot: ranking.slot, vendor: null, name: null, score: null, reasons: [noPickReason(ranking)], rank: null, runnersUp: [], confidence: null }
    const reasons = [...pick.reasons]
    if (kept.has(pick.vendor)) reasons.push(idx > 0 ? `Kept, as you asked: ${list[0]!.name} scores higher (${list[0]!.score})` : 'Kept, as you asked')
    else if (idx > 0)
      reasons.push(`Chosen over ${list[0]!.name} (${list[0]!.score}) because it serves other slots of the stack: fewer vendors`)
    // where price counts, the money the pick saves against its closest rival, in the team's numbers
    const rival = list.find((e) => e !== pick)
    const priceColumn = ranking.criteria.findIndex((c) => c.id === 'price')
    if (rival && priceColumn >= 0 && ranking.weights[priceColumn]! > 0) {
      const edge = priceEdge(ranking.slot, answers, catalog, pick.vendor, rival)
      if (edge) reasons.push(edge)
    }
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
      confidence: pick.confidence,
    }
  })

  const offsets = stackOffsets(stack, eligibleBySlot, existing, penalty * 10)

  const slots = rankings.map((r, i): SlotResult => {
    const robustness = assessSlot(r, answers, { pick: stack[i]!.vendor, offsets: offsets[i]! })
    // a kept tool is the team's decision: what would beat it on score does not make it fragile
    if (stack[i]!.vendor !== null && kept.has(stack[i]!.vendor!)) {
      robustness.fragile = false
      robustness.flips = []
    }
    // a tie is said as a tie, never settled silently by the order of ids
    if (robustness.tie) stack[i]!.reasons.push(`Tied with ${robustness.tie.name}: ${robustness.tie.separatedBy}`)
    if (robustness.levelWith) stack[i]!.reasons.push(`Level on score with ${robustness.levelWith.name}; preferred as the easier one to leave (licence and governance)`)
    return {
      slot: r.slot,
      label: SLOT_LABEL[r.slot],
      pick: stack[i]!.vendor,
      ranking: r.entries.map(toRow),
      robustness,
      complements: complementsOf(r, catalog, answers),
      needs: needRows(answers, r.slot),
      coverage: coverageOf(r, answers, stack[i]!.vendor, robustness.runnerUp),
    }
  })
  const pickBySlot = new Map(stack.map((p) => [p.slot, p.vendor]))

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
    conflicts: conflictsOf(answers, rankings, pickBySlot, catalog),
    notes: notesOf(answers, rankings, pickBySlot, catalog),
  }
}

/**
 * Per slot, what the stack adds to each other eligible vendor's score (tenths of a point) when it
 * is compared with the slot's pick: switching to a vendor the stack does not already use costs the
 * consolidation penalty, and dropping a pick used nowhere else saves it. Robustness judges a pick
 * with these, so it speaks of the pick the stack shows, not of the slot's bare winner.
 */
function stackOffsets(stack: StackPick[], eligibleBySlot: ScoredVendor[][], existing: ReadonlySet<string>, penaltyTenths: number): Map<string, number>[] {
  const cost = (v: string) => (existing.has(v) ? 0 : penaltyTenths)
  return stack.map((p, i) => {
    const elsewhere = new Set(stack.filter((_, k) => k !== i).map((x) => x.vendor))
    const saving = p.vendor !== null && !elsewhere.has(p.vendor) ? cost(p.vendor) : 0
    return new Map(eligibleBySlot[i]!.map((e) => [e.vendor, (elsewhere.has(e.vendor) ? 0 : -cost(e.vendor)) + saving]))
  })
}

function needRows(answers: Answers, slot: SlotId): NeedRow[] {
  return needsFor(answers, slot)
    .filter((n) => n.level !== 'no')
    .map((n) => ({
      key: `${slot}/${n.capability.id}`,
      label: n.capability.label,
      level: n.level,
      ...(n.why ? { why: n.why } : {}),
      ...(n.chosen ? { chosen: true as const } : {}),
    }))
}

/** Sorts the team's needs by what the pick's facts say, and finds what the runner-up adds. */
function coverageOf(r: SlotRanking, answers: Answers, pick: string | null, runnerUp: string | null): NeedsCoverage | null {
  if (pick === null) return null
  const needs = needsFor(answers, r.slot).filter((n) => n.level !== 'no')
  const factsOf = (id: string | null) => (id === null ? undefined : r.basis.find((b) => b.vendor.id === id)?.vendor.capabilities?.[r.slot])
  const mine = factsOf(pick)
  const lists = (level: NeedLevel): CoverageLists => {
    const out: CoverageLists = { covered: [], partial: [], missing: [], unknown: [] }
    for (const n of needs.filter((x) => x.level === level)) {
      const v = mine?.[n.capability.id]?.value ?? 'unknown'
      ;(v === 'yes' ? out.covered : v === 'partial' ? out.partial : v === 'no' ? out.missing : out.unknown).push(n.capability.label)
    }
    return out
  }
  const theirs = factsOf(runnerUp)
  const rank = { yes: 2, partial: 1, no: 0, unknown: -1 } as const
  const extra = theirs
    ? needs.filter((n) => rank[theirs[n.capability.id]?.value ?? 'unknown'] > Math.max(0, rank[mine?.[n.capability.id]?.value ?? 'unknown'])).map((n) => n.capability.label)
    : []
  const rival = runnerUp === null ? undefined : r.entries.find((e) => e.vendor === runnerUp)
  return {
    must: lists('must'),
    nice: lists('nice'),
    runnerUpAlso: rival && extra.length > 0 ? { vendor: rival.vendor, name: rival.name, capabilities: extra } : null,
  }
}

function noPickReason(ranking: SlotRanking): string {
  return ranking.entries.length === 0
    ? 'No vendor in the data set serves this slot'
    : 'No vendor meets your hard constraints for this slot; see the excluded vendors for why'
}

/** Standards and scanners that work next to the pick and pass the user's other constraints. */
function complementsOf(r: SlotRanking, catalog: Catalog, answers: Answers): Complement[] {
  // the fit rule is then the only exclusion: it would otherwise be eligible
  return r.entries
    .filter((e) => e.fit === 'complement' && e.exclusions.length === 1)
    .map((e) => {
      const note = catalog.byId.get(e.vendor)?.slots.find((s) => s.slot === r.slot)?.note ?? ''
      // a complement the team already runs is kept, not dropped
      return { vendor: e.vendor, name: e.name, note: answers.existingTools.includes(e.vendor) ? `Already in use: keep it. ${note}` : note }
    })
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
  // written out (no spread): it runs for every vendor of every slot; key order is the output's
  if (e.excludedBecause === undefined)
    return { vendor: e.vendor, name: e.name, score: e.score, eligible: e.eligible, fit: e.fit, reasons: e.reasons, breakdown: e.breakdown, confidence: e.confidence }
  return {
    vendor: e.vendor,
    name: e.name,
    score: e.score,
    eligible: e.eligible,
    excludedBecause: e.excludedBecause,
    fit: e.fit,
    reasons: e.reasons,
    breakdown: e.breakdown,
    confidence: e.confidence,
  }
}
