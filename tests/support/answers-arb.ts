import fc from 'fast-check'
import { NEED_LEVELS } from '@/lib/answers/fields'
import { FIELDS } from '@/lib/answers/registry'
import { NEED_KEYS } from '@/lib/catalog/capabilities'
import { AnswersSchema, type Answers } from '@/lib/answers/schema'
import { AREA_IDS, SIGNAL_IDS } from '@/lib/catalog/slots'
import { CRITERION_IDS } from '@/lib/scoring/criteria-ids'
import { FIGURES, MANAGED_PLATFORM_CLOUD, setFigure, type NumberFigure } from '@/lib/answers/usage'
import { CLOUD_IDS } from '@/lib/cost/price-book'

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

/** A figure's value: whole or to a thousandth, anywhere in its range (a log scale, so small and large both come up). */
const figureArb = (f: NumberFigure) =>
  fc
    .double({ min: Math.log10(Math.max(f.min, 0.001)), max: Math.log10(f.max), noNaN: true })
    .chain((e) => fc.constantFrom(Math.round(10 ** e), Math.round(10 ** e * 1000) / 1000))
    .map((n) => Math.min(f.max, Math.max(f.min, f.int ? Math.round(n) : n)))

/** Some exact usage figures (answers/usage.ts), as the API may send them next to the bands. */
const usageArb = fc.dictionary(
  fc.constantFrom(...FIGURES.map((f) => f.name)),
  fc.constant(null),
  { maxKeys: 5 },
).chain((names) =>
  fc.record(
    Object.fromEntries(
      FIGURES.filter((f) => f.name in names).map((f) => [f.name, f.kind === 'cloud' ? fc.constantFrom(...CLOUD_IDS) : figureArb(f)]),
    ) as Record<string, fc.Arbitrary<unknown>>,
  ),
)


/** Any valid, normalized answer set, built from the question registry; a third of them with exact figures. */
export const AnswersArb: fc.Arbitrary<Answers> = fc
  .record({
    ...fieldArbs,
    weights: fc.option(fc.dictionary(fc.constantFrom(...CRITERION_IDS), fc.integer({ min: 0, max: 10 }), { maxKeys: 3 }), { nil: undefined }),
    usage: fc.option(usageArb, { nil: undefined, freq: 2 }),
  })
  // tools to keep are a subset of the tools in use
  .map((raw) => {
    const { usage, ...r } = raw as Record<string, unknown> & { usage?: Record<string, unknown> }
    const out: Record<string, unknown> = { ...r, keep: (r.keep as string[]).filter((id) => (r.existingTools as string[]).includes(id)) }
    for (const f of FIGURES) {
      if (!usage || !(f.name in usage)) continue
      const fixed = MANAGED_PLATFORM_CLOUD[r.platform as keyof typeof MANAGED_PLATFORM_CLOUD]
      setFigure(out, f, (f.kind === 'cloud' ? (fixed ?? usage[f.name]) : usage[f.name]) as number | string)
      // the band the figure sets is left to it, so the two agree
      if (f.kind === 'number' && f.band) delete out[f.band.field]
    }
    return AnswersSchema.parse(out)
  })

/**
 * Like AnswersArb, but half the time with every area and signal in scope: the largest reports,
 * which random scopes would rarely produce.
 */
export const WideAnswersArb: fc.Arbitrary<Answers> = fc
  .tuple(AnswersArb, fc.boolean())
  .map(([a, wide]) => (wide ? AnswersSchema.parse({ ...a, scope: [...AREA_IDS], signals: [...SIGNAL_IDS] }) : a))
