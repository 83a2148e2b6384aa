import type { Answers } from '../answers/schema'
import type { CriterionId } from './criteria-ids'

type Table<K extends string> = Record<K, number>

// Whole-number weights (0-10). With whole-number ratings, every weighted sum is an exact integer,
// so rankings never depend on floating-point noise.
const OPENNESS: Table<Answers['openSource']> = { required: 6, preferred: 4, 'no-preference': 0 }
const GOVERNANCE: Table<Answers['openSource']> = { required: 2, preferred: 2, 'no-preference': 1 }
const HOSTING: Table<Answers['hosting']> = { 'self-hosted': 2, saas: 4, either: 0 }
const DATA_PLANE: Table<Answers['sidecars']> = { avoid: 4, tolerate: 3, fine: 0 }
const COMPUTE: Table<Answers['costSensitivity']> = { low: 1, medium: 3, high: 6 }
const SPEND: Table<Answers['costSensitivity']> = { low: 1, medium: 3, high: 5 }
const MTLS: Table<Answers['mtls']> = { required: 4, preferred: 3, 'no-preference': 1 }

/** Criterion weights derived from the answers, then replaced by any explicit importance the user set. */
export function weightsFor(answers: Answers): Record<CriterionId, number> {
  const derived: Record<CriterionId, number> = {
    capability: 6,
    openness: OPENNESS[answers.openSource],
    governance: GOVERNANCE[answers.openSource],
    hosting: HOSTING[answers.hosting],
    dataPlane: DATA_PLANE[answers.sidecars],
    computeCost: COMPUTE[answers.costSensitivity],
    mtls: MTLS[answers.mtls],
    spend: SPEND[answers.costSensitivity],
    k8sIntegration: 3,
    incumbent: answers.existingTools.length > 0 ? 3 : 0,
    evidence: 1,
  }
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
