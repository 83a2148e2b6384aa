import type { Answers } from '../answers/schema'
import { CRITERIA } from './criteria'
import type { CriterionId } from './criteria-ids'

/** Criterion weights derived from the answers (each criterion says how), then replaced by any explicit importance the user set. */
export function weightsFor(answers: Answers): Record<CriterionId, number> {
  const derived = Object.fromEntries(CRITERIA.map((c) => [c.id, c.weight(answers)])) as Record<CriterionId, number>
  for (const [id, w] of Object.entries(answers.weights ?? {}) as [CriterionId, number | undefined][])
    if (w !== undefined) derived[id] = w
  return derived
}

/** Points each extra vendor costs the stack; vendors you already run cost nothing. */
export const CONSOLIDATION_PENALTY: Record<Answers['consolidation'], number> = {
  'best-of-breed': 0,
  balanced: 4,
  'fewest-vendors': 10,
}
