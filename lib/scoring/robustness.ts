import { FIELD_BY_NAME, labelOf, type FieldName } from '../answers/registry'
import { MAX_WEIGHT, type Answers } from '../answers/schema'
import type { Catalog } from '../catalog/catalog'
import { CONSTRAINTS } from './constraints'
import { compareStandings, slotWeights, weightedSum, type SlotRanking, type Standing } from './rank'

/** Below this margin (in points) a winner is called fragile whatever else holds. */
export const FRAGILE_MARGIN = 3

export interface Flip {
  kind: 'weight' | 'answer'
  /** The criterion (weight flips) or the answer field (answer flips). */
  field: string
  from: string | number
  to: string | number
  /** The new winner, or null when no vendor would remain eligible. */
  winner: string | null
  winnerName: string | null
  summary: string
}

export interface SlotRobustness {
  winner: string | null
  winnerName: string | null
  runnerUp: string | null
  runnerUpName: string | null
  margin: number | null
  fragile: boolean
  flips: Flip[]
}

/**
 * How safe a slot's winner is: its margin over the runner-up, the smallest single weight change
 * per criterion that would hand the slot to someone else, and each single answer change that would.
 * It re-ranks with the ranking's own rule (weightedSum, compareStandings); the answers it varies are
 * the fields the slot's criteria and constraints declare they read.
 */
export function assessSlot(ranking: SlotRanking, answers: Answers, catalog: Catalog): SlotRobustness {
  const eligible = ranking.entries.filter((e) => e.eligible)
  const winner = eligible[0] ?? null
  const runnerUp = eligible[1] ?? null
  const nameOf = (id: string | null) => (id === null ? null : (catalog.byId.get(id)?.name ?? id))
  const flips: Flip[] = []

  if (winner) {
    ranking.criteria.forEach((c, column) => {
      const flip = weightFlip(ranking, column)
      if (flip)
        flips.push({
          kind: 'weight',
          field: c.id,
          from: flip.from,
          to: flip.to,
          winner: flip.winner,
          winnerName: nameOf(flip.winner),
          summary: `${nameOf(flip.winner)} wins if the weight of "${c.label}" goes from ${flip.from} to ${flip.to}`,
        })
    })
    for (const name of answerFieldsOf(ranking)) {
      const field = FIELD_BY_NAME.get(name)!
      if (field.kind !== 'single' || !field.ordinal) continue
      const current = answers[name as keyof Answers] as string
      for (const { value: alt } of field.options) {
        if (alt === current) continue
        const newWinner = winnerUnder(ranking, { ...answers, [name]: alt } as Answers, name)
        if (newWinner === winner.vendor) continue
        const label = (v: string) => labelOf(name, v).toLowerCase()
        flips.push({
          kind: 'answer',
          field: name,
          from: current,
          to: alt,
          winner: newWinner,
          winnerName: nameOf(newWinner),
          summary: `${nameOf(newWinner) ?? 'No vendor'} ${newWinner === null ? 'fits' : 'wins'} if ${field.short} changes from ${label(current)} to ${label(alt)}`,
        })
      }
    }
  }

  const margin = winner && runnerUp ? Math.round((winner.score - runnerUp.score) * 10) / 10 : null
  const fragile = (margin !== null && margin < FRAGILE_MARGIN) || flips.some((f) => isOneStep(f))
  return {
    winner: winner?.vendor ?? null,
    winnerName: winner?.name ?? null,
    runnerUp: runnerUp?.vendor ?? null,
    runnerUpName: runnerUp?.name ?? null,
    margin,
    fragile,
    flips,
  }
}

function isOneStep(f: Flip): boolean {
  if (f.kind === 'weight') return Math.abs(Number(f.to) - Number(f.from)) <= 1
  const field = FIELD_BY_NAME.get(f.field)
  if (!field || field.kind !== 'single') return false
  const values = field.options.map((o) => o.value)
  return Math.abs(values.indexOf(String(f.to)) - values.indexOf(String(f.from))) === 1
}

/** The answer fields this slot's ranking depends on: what its criteria and constraints read. */
function answerFieldsOf(ranking: SlotRanking): FieldName[] {
  const fields = new Set<FieldName>()
  for (const c of ranking.criteria) for (const f of c.reads) fields.add(f)
  for (const c of CONSTRAINTS) if (!c.slots || c.slots.includes(ranking.slot)) for (const f of c.reads) fields.add(f)
  return [...fields]
}

/**
 * The slot's winner under changed answers, by the ranking's own rule (weightedSum, then
 * compareStandings). Only the criteria and constraints that read the changed field are evaluated
 * again; every other rating and exclusion is reused from the ranking.
 */
export function winnerUnder(ranking: SlotRanking, changed: Answers, field: FieldName): string | null {
  const { criteria, weights } = slotWeights(ranking.slot, changed)
  const rerate = criteria.map((c) => c.rates.includes(field))
  const recheck = CONSTRAINTS.filter((c) => c.reads.includes(field))
  const recheckIds = new Set(recheck.map((c) => c.id))
  const best: Standing = { vendor: '', eligible: true, weighted: 0 }
  const candidate: Standing = { vendor: '', eligible: true, weighted: 0 }
  let found = false
  ranking.entries.forEach((e, i) => {
    const { vendor, fit, excludedBy } = ranking.basis[i]!
    if (excludedBy.some((id) => !recheckIds.has(id))) return
    if (recheck.some((c) => c.check(vendor, fit, changed, ranking.slot) !== undefined)) return
    candidate.vendor = e.vendor
    candidate.weighted = weightedSum(weights, (k) => (rerate[k] ? criteria[k]!.rate(vendor, fit, changed, ranking.slot).rating : e.breakdown[k]!.rating))
    if (!found || compareStandings(candidate, best) < 0) {
      found = true
      best.vendor = candidate.vendor
      best.weighted = candidate.weighted
    }
  })
  return found ? best.vendor : null
}

/**
 * The nearest weight for one criterion at which another eligible vendor takes first place. With
 * one weight moved by d, each vendor's weighted sum moves by d × its rating on that criterion
 * (weightedSum is linear), so each candidate weight costs one pass without re-rating anything.
 */
function weightFlip(ranking: SlotRanking, column: number) {
  const from = ranking.weights[column]!
  const eligible = ranking.entries.filter((e) => e.eligible)
  if (eligible.length < 2) return undefined
  const ratings = eligible.map((e) => e.breakdown[column]!.rating)
  const current = eligible[0]!
  const candidates = Array.from({ length: MAX_WEIGHT + 1 }, (_, w) => w)
    .filter((w) => w !== from)
    .sort((a, b) => Math.abs(a - from) - Math.abs(b - from) || a - b)
  const best: Standing = { vendor: '', eligible: true, weighted: 0 }
  const candidate: Standing = { vendor: '', eligible: true, weighted: 0 }
  for (const to of candidates) {
    const d = to - from
    best.vendor = current.vendor
    best.weighted = current.weighted + d * ratings[0]!
    for (let i = 1; i < eligible.length; i++) {
      candidate.vendor = eligible[i]!.vendor
      candidate.weighted = eligible[i]!.weighted + d * ratings[i]!
      if (compareStandings(candidate, best) < 0) {
        best.vendor = candidate.vendor
        best.weighted = candidate.weighted
      }
    }
    if (best.vendor !== current.vendor) return { from, to, winner: best.vendor }
  }
  return undefined
}
