import {
  COST_SENSITIVITY_OPTIONS,
  HOSTING_OPTIONS,
  MAX_WEIGHT,
  MTLS_OPTIONS,
  OPEN_SOURCE_OPTIONS,
  SIDECAR_OPTIONS,
  type Answers,
} from '../answers/schema'
import { vendorName } from '../catalog/build'
import type { Catalog } from '../catalog/catalog'
import { exclusionReasons } from './constraints'
import { CRITERION_BY_ID } from './criteria'
import type { CriterionId } from './criteria-ids'
import type { SlotRanking } from './rank'
import { weightsFor } from './weights'

/** Below this margin (in points) a winner is called fragile whatever else holds. */
export const FRAGILE_MARGIN = 3

export interface Flip {
  kind: 'weight' | 'answer'
  /** The criterion (weight flips) or the question (answer flips). */
  field: string
  from: string | number
  to: string | number
  /** The new winner, or null when no vendor would remain eligible. */
  winner: string | null
  summary: string
}

export interface SlotRobustness {
  slot: string
  winner: string | null
  runnerUp: string | null
  margin: number | null
  fragile: boolean
  flips: Flip[]
}

type Question = 'openSource' | 'hosting' | 'sidecars' | 'mtls' | 'costSensitivity'
const ORDINAL: Record<Question, readonly string[]> = {
  openSource: OPEN_SOURCE_OPTIONS,
  hosting: HOSTING_OPTIONS,
  sidecars: SIDECAR_OPTIONS,
  mtls: MTLS_OPTIONS,
  costSensitivity: COST_SENSITIVITY_OPTIONS,
}
const QUESTION_LABEL: Record<Question, string> = {
  openSource: 'open-source preference',
  hosting: 'hosting',
  sidecars: 'sidecar tolerance',
  mtls: 'mTLS requirement',
  costSensitivity: 'cost sensitivity',
}
const MESH_ONLY: ReadonlySet<Question> = new Set(['sidecars', 'mtls'])
/** Criteria whose ratings (not just weights) depend on the question; the rest are reused as rated. */
const RATING_DEPENDS_ON: Record<Question, readonly CriterionId[]> = {
  openSource: [],
  hosting: ['hosting'],
  sidecars: ['dataPlane', 'computeCost'],
  mtls: [],
  costSensitivity: [],
}

/**
 * How safe each slot's winner is: its margin over the runner-up, the smallest single weight change
 * per criterion that would hand the slot to someone else, and each single answer change that would.
 */
export function assessSlot(ranking: SlotRanking, answers: Answers, catalog: Catalog): SlotRobustness {
  const eligible = ranking.entries.filter((e) => e.eligible)
  const winner = eligible[0] ?? null
  const runnerUp = eligible[1] ?? null
  const nameOf = (id: string | null) => (id === null ? 'no vendor' : vendorName(catalog, id))
  const flips: Flip[] = []

  if (winner) {
    for (const c of ranking.criteria) {
      const flip = weightFlip(ranking, c.id)
      if (flip)
        flips.push({
          kind: 'weight',
          field: c.id,
          from: flip.from,
          to: flip.to,
          winner: flip.winner,
          summary: `${nameOf(flip.winner)} wins if the weight of "${CRITERION_BY_ID.get(c.id)!.label}" goes from ${flip.from} to ${flip.to}`,
        })
    }
    for (const q of Object.keys(ORDINAL) as Question[]) {
      if (MESH_ONLY.has(q) && ranking.slot !== 'service-mesh') continue
      for (const alt of ORDINAL[q]) {
        if (alt === answers[q]) continue
        const changed = { ...answers, [q]: alt } as Answers
        const newWinner = winnerUnder(ranking, changed, RATING_DEPENDS_ON[q], catalog)
        if (newWinner !== winner.vendor)
          flips.push({
            kind: 'answer',
            field: q,
            from: answers[q],
            to: alt,
            winner: newWinner,
            summary: `${nameOf(newWinner)} ${newWinner === null ? 'fits' : 'wins'} if ${QUESTION_LABEL[q]} changes from ${answers[q]} to ${alt}`,
          })
      }
    }
  }

  const margin = winner && runnerUp ? Math.round((winner.score - runnerUp.score) * 10) / 10 : null
  const fragile =
    (margin !== null && margin < FRAGILE_MARGIN) ||
    flips.some((f) =>
      f.kind === 'weight'
        ? Math.abs(Number(f.to) - Number(f.from)) <= 1
        : Math.abs(ORDINAL[f.field as Question].indexOf(String(f.to)) - ORDINAL[f.field as Question].indexOf(String(f.from))) === 1,
    )
  return { slot: ranking.slot, winner: winner?.vendor ?? null, runnerUp: runnerUp?.vendor ?? null, margin, fragile, flips }
}

/**
 * The slot's winner under changed answers, equal to rankSlot's first eligible entry but without
 * building breakdowns and reasons: robustness asks this question dozens of times per slot.
 */
export function winnerUnder(ranking: SlotRanking, changed: Answers, rerate: readonly CriterionId[], catalog: Catalog): string | null {
  const weights = weightsFor(changed)
  const columns = ranking.criteria.map((c) => ({ def: c, weight: weights[c.id], rerate: rerate.includes(c.id) }))
  let bestId: string | null = null
  let bestValue = -Infinity
  for (const e of ranking.entries) {
    const vendor = catalog.byId.get(e.vendor)!
    const fit = vendor.slots.find((s) => s.slot === ranking.slot)!
    if (exclusionReasons(vendor, fit, changed).length > 0) continue
    let value = 0
    columns.forEach((col, i) => {
      const rating = col.rerate ? col.def.rate(vendor, fit, changed).rating : e.breakdown[i]!.rating
      value += col.weight * rating
    })
    if (value > bestValue || (value === bestValue && bestId !== null && e.vendor < bestId)) {
      bestValue = value
      bestId = e.vendor
    }
  }
  return bestId
}

/** The nearest weight for one criterion at which another eligible vendor takes first place. */
function weightFlip(ranking: SlotRanking, criterion: CriterionId) {
  const from = ranking.weights[criterion]
  const eligible = ranking.entries.filter((e) => e.eligible)
  if (eligible.length < 2) return undefined
  const column = ranking.criteria.findIndex((c) => c.id === criterion)
  const ratings = eligible.map((e) => e.breakdown[column]!.rating)
  const current = eligible[0]!.vendor
  const candidates = Array.from({ length: MAX_WEIGHT + 1 }, (_, w) => w)
    .filter((w) => w !== from)
    .sort((a, b) => Math.abs(a - from) - Math.abs(b - from) || a - b)
  for (const to of candidates) {
    let bestId = ''
    let bestValue = -Infinity
    for (let i = 0; i < eligible.length; i++) {
      const e = eligible[i]!
      // the denominator is the same for every vendor, so the weighted sum alone decides the order
      const value = e.weighted + (to - from) * ratings[i]!
      if (value > bestValue || (value === bestValue && e.vendor < bestId)) {
        bestValue = value
        bestId = e.vendor
      }
    }
    if (bestId !== current) return { from, to, winner: bestId }
  }
  return undefined
}
