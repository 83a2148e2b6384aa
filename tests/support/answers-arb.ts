import fc from 'fast-check'
import {
  AnswersSchema,
  CONSOLIDATION_OPTIONS,
  COST_SENSITIVITY_OPTIONS,
  HOSTING_OPTIONS,
  MTLS_OPTIONS,
  OPEN_SOURCE_OPTIONS,
  SIDECAR_OPTIONS,
  type Answers,
} from '@/lib/answers/schema'
import { AREA_IDS, SIGNAL_IDS } from '@/lib/catalog/slots'
import { CRITERION_IDS } from '@/lib/scoring/criteria-ids'

/** Any valid, normalized answer set (existing tools drawn from the real data's ids). */
export const AnswersArb: fc.Arbitrary<Answers> = fc
  .record({
    scope: fc.subarray([...AREA_IDS], { minLength: 1 }),
    openSource: fc.constantFrom(...OPEN_SOURCE_OPTIONS),
    hosting: fc.constantFrom(...HOSTING_OPTIONS),
    sidecars: fc.constantFrom(...SIDECAR_OPTIONS),
    mtls: fc.constantFrom(...MTLS_OPTIONS),
    costSensitivity: fc.constantFrom(...COST_SENSITIVITY_OPTIONS),
    signals: fc.subarray([...SIGNAL_IDS], { minLength: 1 }),
    consolidation: fc.constantFrom(...CONSOLIDATION_OPTIONS),
    existingTools: fc.subarray(['istio', 'datadog', 'prometheus', 'hashicorp-vault', 'kubecost', 'okta']),
    weights: fc.option(
      fc.dictionary(fc.constantFrom(...CRITERION_IDS), fc.integer({ min: 0, max: 10 }), { maxKeys: 3 }),
      { nil: undefined },
    ),
  })
  .map((raw) => AnswersSchema.parse(raw))

/**
 * Like AnswersArb, but half the time with every area and signal in scope: the largest reports,
 * which random scopes would rarely produce.
 */
export const WideAnswersArb: fc.Arbitrary<Answers> = fc
  .tuple(AnswersArb, fc.boolean())
  .map(([a, wide]) => (wide ? AnswersSchema.parse({ ...a, scope: [...AREA_IDS], signals: [...SIGNAL_IDS] }) : a))
