import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCatalog } from '@/lib/catalog/catalog'
import { generateDataset } from '@/lib/catalog/generate'
import { recommend } from '@/lib/recommend'
import { solveStack, type Candidate, type StackProblem } from '@/lib/scoring/stack'
import { AnswersArb } from '../../support/answers-arb'

/** Every stack, enumerated: the reference the optimizer must match exactly. */
function bruteForce(p: StackProblem): { picks: number[]; objective: number } {
  const active = p.slots.map((c, i) => (c.length > 0 ? i : -1)).filter((i) => i >= 0)
  let best: { picks: number[]; objective: number } | undefined
  const picks = p.slots.map(() => -1)
  const visit = (k: number) => {
    if (k === active.length) {
      const chosen = active.map((s) => p.slots[s]![picks[s]!]!)
      const fresh = new Set(chosen.map((c) => c.vendor).filter((v) => !p.existing.has(v)))
      const objective = chosen.reduce((sum, c) => sum + c.tenths, 0) - p.penaltyTenths * fresh.size
      // strictly better only: enumeration runs in lexicographic order, so the first optimum is kept
      if (!best || objective > best.objective) best = { picks: [...picks], objective }
      return
    }
    const slot = active[k]!
    for (let i = 0; i < p.slots[slot]!.length; i++) {
      picks[slot] = i
      visit(k + 1)
    }
    picks[slot] = -1
  }
  visit(0)
  return best ?? { picks, objective: 0 }
}

const vendorPool = ['a', 'b', 'c', 'd', 'e', 'f']
const slotArb = fc
  .uniqueArray(fc.constantFrom(...vendorPool), { maxLength: 5 })
  .chain((vendors) =>
    fc.tuple(...vendors.map(() => fc.integer({ min: 0, max: 60 }))).map((scores) =>
      vendors
        .map((vendor, i): Candidate => ({ vendor, tenths: scores[i]! * 10 }))
        // ranking order: score, then id, as rankSlot produces
        .sort((x, y) => y.tenths - x.tenths || (x.vendor < y.vendor ? -1 : 1)),
    ),
  )
const problemArb = fc.record({
  slots: fc.array(slotArb, { minLength: 0, maxLength: 6 }),
  penaltyTenths: fc.constantFrom(0, 40, 100, 250),
  existing: fc.subarray(vendorPool).map((xs) => new Set(xs)),
})

describe('stack optimizer', () => {
  it('finds the exact optimum and the same tie-break as brute force', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const expected = bruteForce(problem)
        const actual = solveStack(problem)
        expect(actual.objectiveTenths).toBe(expected.objective)
        expect(actual.picks).toEqual(expected.picks)
      }),
      { numRuns: 3000 },
    )
  })

  it('takes every slot winner when consolidation costs nothing', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const { picks } = solveStack({ ...problem, penaltyTenths: 0 })
        problem.slots.forEach((c, i) => expect(picks[i]).toBe(c.length > 0 ? 0 : -1))
      }),
    )
  })

  it('matches brute force on a generated catalog end to end', () => {
    const result = parseCatalog(generateDataset(40, 7))
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    fc.assert(
      fc.property(AnswersArb, (answers) => {
        const rec = recommend(answers, result.catalog)
        const slots = rec.slots.map((s) => s.ranking.filter((r) => r.eligible).map((r) => ({ vendor: r.vendor, tenths: Math.round(r.score * 10) })))
        const expected = bruteForce({
          slots,
          penaltyTenths: rec.objective.penaltyPerVendor * 10,
          existing: new Set(answers.existingTools),
        })
        expect(rec.objective.total * 10).toBeCloseTo(expected.objective, 6)
        expect(rec.stack.map((s) => (s.rank === null ? -1 : s.rank - 1))).toEqual(expected.picks)
      }),
      { numRuns: 60 },
    )
  })
})
