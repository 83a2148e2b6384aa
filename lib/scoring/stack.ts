/**
 * Chooses the stack as a whole. The documented objective:
 *
 *   maximize  Σ over slots of the pick's score (in tenths of a point, as displayed)
 *             − penalty × (number of distinct picked vendors the team does not already run)
 *
 * With "best-of-breed" the penalty is 0 and every slot takes its top-ranked vendor. Among stacks
 * with the same objective, the one preferred is the lexicographically best by slot order, comparing
 * each slot's pick by its position in that slot's ranking (score, then id).
 *
 * Exact for any catalog: a stack is a partition of the slots into groups, each served by one
 * vendor, so a dynamic program over slot subsets (at most 8 slots: 3^8 steps) finds the optimum,
 * and the tie-break is rebuilt slot by slot by checking which choice keeps the optimum reachable.
 */

export interface Candidate {
  vendor: string
  /** Score in tenths of a point: an integer. */
  tenths: number
}

export interface StackProblem {
  /** Per slot, its eligible candidates in ranking order (best first). */
  slots: Candidate[][]
  penaltyTenths: number
  /** Vendors already in use: they cost no penalty. */
  existing: ReadonlySet<string>
}

export interface StackSolution {
  /** Per slot, the index of the chosen candidate in that slot's list, or -1 when it has none. */
  picks: number[]
  objectiveTenths: number
}

const NEG = -Infinity

export function solveStack(problem: StackProblem): StackSolution {
  const { slots, penaltyTenths, existing } = problem
  // no penalty: every slot takes its top candidate, which is also the lexicographic tie-break
  if (penaltyTenths === 0) return { picks: slots.map((c) => (c.length > 0 ? 0 : -1)), objectiveTenths: slots.reduce((sum, c) => sum + (c[0]?.tenths ?? 0), 0) }
  const active = slots.map((c, i) => (c.length > 0 ? i : -1)).filter((i) => i >= 0)
  const n = active.length
  const full = (1 << n) - 1
  const penaltyOf = (v: string) => (existing.has(v) ? 0 : penaltyTenths)

  // score[v][k] = tenths of vendor v in active slot k, or undefined when not a candidate there
  const byVendor = new Map<string, (number | undefined)[]>()
  active.forEach((slot, k) => {
    for (const c of slots[slot]!) {
      let row = byVendor.get(c.vendor)
      if (!row) byVendor.set(c.vendor, (row = new Array<number | undefined>(n).fill(undefined)))
      row[k] = c.tenths
    }
  })

  // best[sub]: the most a single vendor serving exactly the slots in sub can add, net of its penalty
  const best = new Array<number>(full + 1).fill(NEG)
  for (const [vendor, row] of byVendor) {
    let mask = 0
    row.forEach((t, k) => {
      if (t !== undefined) mask |= 1 << k
    })
    const pen = penaltyOf(vendor)
    for (let sub = mask; sub > 0; sub = (sub - 1) & mask) {
      let sum = -pen
      for (let k = 0; k < n; k++) if (sub & (1 << k)) sum += row[k]!
      if (sum > best[sub]!) best[sub] = sum
    }
  }

  /** Best completion of the slots in `mask` when `paid` vendors are already in the stack. */
  const complete = (mask: number, paid: ReadonlySet<string>): number => {
    const free = new Array<number>(n).fill(NEG)
    for (const v of paid) {
      const row = byVendor.get(v)
      if (row) for (let k = 0; k < n; k++) if (row[k] !== undefined && row[k]! > free[k]!) free[k] = row[k]!
    }
    const memo = new Map<number, number>([[0, 0]])
    const go = (m: number): number => {
      const hit = memo.get(m)
      if (hit !== undefined) return hit
      const low = m & -m
      const k = 31 - Math.clz32(low)
      let value = free[k]! + go(m ^ low)
      const rest = m ^ low
      // every subset of m containing the lowest slot, served by one new vendor
      for (let sub = rest; ; sub = (sub - 1) & rest) {
        const group = sub | low
        if (best[group]! > NEG) value = Math.max(value, best[group]! + go(m ^ group))
        if (sub === 0) break
      }
      memo.set(m, value)
      return value
    }
    return go(mask)
  }

  const optimum = complete(full, new Set())
  const picks = slots.map(() => -1)
  const paid = new Set<string>()
  let fixed = 0
  let remaining = full
  active.forEach((slot, k) => {
    remaining &= ~(1 << k)
    const list = slots[slot]!
    for (let idx = 0; idx < list.length; idx++) {
      const c = list[idx]!
      const newPaid = paid.has(c.vendor) ? paid : new Set(paid).add(c.vendor)
      const cost = paid.has(c.vendor) ? 0 : penaltyOf(c.vendor)
      if (fixed + c.tenths - cost + complete(remaining, newPaid) === optimum) {
        picks[slot] = idx
        fixed += c.tenths - cost
        paid.add(c.vendor)
        break
      }
    }
  })
  return { picks, objectiveTenths: n === 0 ? 0 : optimum }
}
