import fc from 'fast-check'
import { FIELDS } from '@/lib/answers/registry'
import { AnswersSchema, type Answers } from '@/lib/answers/schema'
import { AREA_IDS, SIGNAL_IDS } from '@/lib/catalog/slots'
import { CRITERION_IDS } from '@/lib/scoring/criteria-ids'

/** Tools drawn for "already in use": real ids across the four areas. */
export const SAMPLE_TOOLS = ['istio', 'datadog', 'prometheus', 'hashicorp-vault', 'kubecost', 'okta']

/** Any value of each registry field, whatever the scope (the schema drops what does not apply). */
const fieldArbs = Object.fromEntries(
  FIELDS.map((f) => {
    if (f.kind === 'single') return [f.name, fc.constantFrom(...f.options.map((o) => o.value))]
    if (f.kind === 'multi') return [f.name, fc.subarray(f.options.map((o) => o.value), { minLength: f.minItems })]
    return [f.name, fc.subarray(SAMPLE_TOOLS)]
  }),
) as Record<string, fc.Arbitrary<unknown>>

/** Any valid, normalized answer set, built from the question registry. */
export const AnswersArb: fc.Arbitrary<Answers> = fc
  .record({
    ...fieldArbs,
    weights: fc.option(fc.dictionary(fc.constantFrom(...CRITERION_IDS), fc.integer({ min: 0, max: 10 }), { maxKeys: 3 }), { nil: undefined }),
  })
  .map((raw) => AnswersSchema.parse(raw))

/**
 * Like AnswersArb, but half the time with every area and signal in scope: the largest reports,
 * which random scopes would rarely produce.
 */
export const WideAnswersArb: fc.Arbitrary<Answers> = fc
  .tuple(AnswersArb, fc.boolean())
  .map(([a, wide]) => (wide ? AnswersSchema.parse({ ...a, scope: [...AREA_IDS], signals: [...SIGNAL_IDS] }) : a))
