import fc from 'fast-check'
import { NEED_LEVELS } from '@/lib/answers/fields'
import { FIELDS } from '@/lib/answers/registry'
import { NEED_KEYS } from '@/lib/catalog/capabilities'
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
    if (f.kind === 'needs') return [f.name, fc.dictionary(fc.constantFrom(...NEED_KEYS), fc.constantFrom(...NEED_LEVELS), { maxKeys: 4 })]
    return [f.name, fc.subarray(SAMPLE_TOOLS)]
  }),
) as Record<string, fc.Arbitrary<unknown>>

/** Any valid, normalized answer set, built from the question registry. */
export const AnswersArb: fc.Arbitrary<Answers> = fc
  .record({
    ...fieldArbs,
    weights: fc.option(fc.dictionary(fc.constantFrom(...CRITERION_IDS), fc.integer({ min: 0, max: 10 }), { maxKeys: 3 }), { nil: undefined }),
  })
  // tools to keep are a subset of the tools in use
  .map((raw) => { const r = raw as Record<string, unknown>; return AnswersSchema.parse({ ...r, keep: (r.keep as string[]).filter((id) => (r.existingTools as string[]).includes(id)) }) })

/**
 * Like AnswersArb, but half the time with every area and signal in scope: the largest reports,
 * which random scopes would rarely produce.
 */
export const WideAnswersArb: fc.Arbitrary<Answers> = fc
  .tuple(AnswersArb, fc.boolean())
  .map(([a, wide]) => (wide ? AnswersSchema.parse({ ...a, scope: [...AREA_IDS], signals: [...SIGNAL_IDS] }) : a))
