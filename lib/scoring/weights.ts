import type { Answers } from '../answers/schema'
import { CRITERIA } from './criteria'
import type { CriterionId } from './criteria-ids'
import { slotsInScope } from '../answers/scope'
import type { SlotId } from '../catalog/slots'

/** Criterion weights derived from the answers (each criterion says how), then replaced by any explicit importance the user set. */
const cache = new WeakMap<Answers, Record<CriterionId, number>>()
export function weightsFor(answers: Answers): Record<CriterionId, number> {
  const hit = cache.get(answers)
  if (hit) return hit
  // plain loops: robustness asks this of every one-answer variant of the answers
  const derived = {} as Record<CriterionId, number>
  for (const c of CRITERIA) derived[c.id] = c.weight(answers)
  const explicit = answers.weights
  if (explicit)
    for (const id in explicit) {
      const w = explicit[id as CriterionId]
      if (w !== undefined) derived[id as CriterionId] = w
    }
  cache.set(answers, derived)
  return derived
}

/** The slots in scope whose criteria all weigh 0 under these answers (nothing would rank them). */
export function slotsWithoutWeight(answers: Answers): SlotId[] {
  const w = weightsFor(answers)
  return slotsInScope(answers).filter((slot) => CRITERIA.filter((c) => c.appliesTo(slot)).every((c) => w[c.id] === 0 || c.mutedIn?.(answers, slot)))
}

/** Points each extra vendor costs the stack; vendors you already run cost nothing. */
export const CONSOLIDATION_PENALTY: Record<Answers['consolidation'], number> = {
  'best-of-breed': 0,
  balanced: 4,
  'fewest-vendors': 10,
}
