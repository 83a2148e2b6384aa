// zod/mini: the same validation as classic zod with a smaller bundle. These schemas ship in the
// wizard's first load.
import * as z from 'zod/mini'
import { NEED_KEYS } from '../catalog/capabilities'
import type { AreaId } from '../catalog/slots'
import { CRITERION_IDS } from '../scoring/criteria-ids'
import { NEED_LEVELS, type FieldDef } from './fields'
import { defaultNeeds } from './needs'
import { FIELDS, QUESTIONS, conditionOf, fieldApplies, type AnswerValues, type QuestionId } from './registry'
import { slotsInScope } from './scope'
import { normalizeUsage, USAGE_SHAPE, usageConflicts, type UsageFigures } from './usage'

export const MAX_WEIGHT = 10
export const VENDOR_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/
/** Vendor ids are at most this long (share tokens may carry them as text). */
export const MAX_VENDOR_ID_LENGTH = 63
const WEIGHT_MESSAGE = 'Expected a whole number from 0 to 10'

/** Sorted and de-duplicated, so equal answer sets give byte-identical output. */
const sortedUnique = <T extends string>() => z.transform((xs: T[]) => [...new Set(xs)].sort())

export const WeightsSchema = z
  .partialRecord(z.enum(CRITERION_IDS), z.int({ error: WEIGHT_MESSAGE }).check(z.minimum(0, WEIGHT_MESSAGE), z.maximum(MAX_WEIGHT, WEIGHT_MESSAGE)))
  .check(
    // every criterion at 0 leaves nothing to rank by: scores of 0 and an alphabetical "ranking"
    z.refine((w: Record<string, number | undefined>) => !CRITERION_IDS.every((c) => w[c] === 0), {
      message: 'Every weight is 0: at least one criterion must count',
    }),
  )
export type Weights = z.output<typeof WeightsSchema>

/** What the engine works with: every field filled in, lists sorted, defaults where a question does not apply. */
export type Answers = AnswerValues & { weights?: Weights } & UsageFigures
/** What callers send: fields their scope does not ask for may be missing. */
export type AnswersInput = Partial<AnswerValues> & { weights?: Weights } & UsageFigures

const valuesOf = (f: Extract<FieldDef, { options: unknown }>) => f.options.map((o) => o.value) as [string, ...string[]]
const NEED_MESSAGE = 'Expected "must", "nice" or "no" for a capability key such as "logs/otlp-logs"'

/** A field's own schema, lenient about list length (that depends on the scope, checked below). */
function valueSchema(f: FieldDef): z.ZodMiniType {
  if (f.kind === 'needs')
    return z.pipe(
      z.partialRecord(z.enum(NEED_KEYS, { error: NEED_MESSAGE }), z.enum(NEED_LEVELS, { error: NEED_MESSAGE })),
      z.transform((r: Partial<Record<string, (typeof NEED_LEVELS)[number]>>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)))),
    )
  if (f.kind === 'single') return z.enum(valuesOf(f), { error: f.error })
  if (f.kind === 'multi') return z.pipe(z.array(z.enum(valuesOf(f), { error: f.error })), sortedUnique())
  return z.pipe(
    z
      .array(z.string().check(z.regex(VENDOR_ID, 'Expected a vendor id'), z.maxLength(MAX_VENDOR_ID_LENGTH, 'Expected a vendor id')))
      .check(z.maxLength(f.maxItems, `At most ${f.maxItems} tools`)),
    sortedUnique(),
  )
}

/** One field's value on its own (no scope rules): what a saved session may keep of it. */
export const fieldValueSchema = (f: FieldDef): z.ZodMiniType => valueSchema(f)

/** A field as a wizard step's form checks it: its question applies, so required means required. */
function stepFieldSchema(f: FieldDef): z.ZodMiniType {
  if (f.kind === 'vendors') return z._default(valueSchema(f), [])
  if (f.kind === 'needs') return z._default(valueSchema(f), {})
  if (f.kind === 'multi') {
    const list = z.pipe(z.array(z.enum(valuesOf(f), { error: f.error })).check(z.minLength(f.minItems, f.error)), sortedUnique())
    return f.required ? list : z._default(list, [...f.default])
  }
  if (f.required) return valueSchema(f)
  // a radio group left empty submits null: for a question that may be skipped, that is "use the default"
  return z.pipe(
    z.transform((v: unknown): string | undefined => (v === null ? undefined : (v as string))),
    z._default(valueSchema(f) as z.ZodMiniType<string | undefined, string | undefined>, f.default),
  )
}

const stepSchemas = new Map<string, z.ZodMiniObject>()
/**
 * A question's form schema for a scope: the fields the scope asks, as the engine checks them, so
 * the wizard validates exactly what the engine accepts. A page that asks per area (the mesh, the
 * signals…) holds only the sections in scope.
 */
export function stepSchema(step: QuestionId, scope: readonly string[] = []): z.ZodMiniObject {
  const key = `${step}:${[...scope].sort().join(',')}`
  let schema = stepSchemas.get(key)
  if (!schema) {
    const q = QUESTIONS.find((x) => x.id === step)!
    const fields = (q.fields as readonly FieldDef[]).filter((f) => step === 'scope' || fieldApplies(f.name, scope))
    schema = z.object(Object.fromEntries(fields.map((f) => [f.name, stepFieldSchema(f)]))).check(z.superRefine(subsetCheck))
    stepSchemas.set(key, schema)
  }
  return schema
}

/** Tools to keep must be tools in use: "keep" means nothing for a tool the team does not run. */
function subsetCheck(a: Record<string, unknown>, ctx: z.core.$RefinementCtx<Record<string, unknown>>): void {
  for (const f of FIELDS) {
    if (f.kind !== 'vendors' || !f.subsetOf || !Array.isArray(a[f.name])) continue
    const of = new Set(Array.isArray(a[f.subsetOf]) ? (a[f.subsetOf] as string[]) : [])
    ;(a[f.name] as string[]).forEach((id, i) => {
      if (!of.has(id)) ctx.addIssue({ code: 'custom', path: [f.name, i], message: `"${id}" is not among the tools already in use`, input: a })
    })
  }
}

const alwaysRequired = (f: FieldDef) => f.required && conditionOf(f.name) === ''

const scopeOf = (a: Record<string, unknown>): AreaId[] => (Array.isArray(a.scope) ? (a.scope as AreaId[]) : [])
const applies = (f: FieldDef, scope: readonly AreaId[]) => fieldApplies(f.name, scope)

/**
 * The questionnaire's answers: the one input of the engine, the CLI, the API and share links.
 * A field whose question does not apply to the scope may be missing (or an empty list) and takes
 * its default; a required field of an applicable question must be there. Unknown fields are
 * rejected by name.
 */
export const AnswersSchema = z.pipe(
  z
    .strictObject({
      // questions always asked are checked here, so every missing answer is reported at once;
      // those that depend on the scope are checked below, once the scope is known to be valid
      ...Object.fromEntries(FIELDS.map((f) => [f.name, alwaysRequired(f) ? stepFieldSchema(f) : z.optional(valueSchema(f))])),
      weights: z.optional(WeightsSchema),
      // exact usage figures for the cost estimates (usage.ts)
      ...USAGE_SHAPE,
    })
    .check(
      z.superRefine((a: Record<string, unknown>, ctx) => {
        const scope = scopeOf(a)
        for (const f of FIELDS) {
          if (alwaysRequired(f) || !applies(f, scope)) continue
          const value = a[f.name]
          const condition = conditionOf(f.name)
          if (value === undefined && f.required)
            ctx.addIssue({ code: 'custom', path: [f.name], message: condition ? `Required when ${condition}` : 'error' in f ? f.error : 'Required', input: a })
          else if (f.kind === 'multi' && Array.isArray(value) && value.length < f.minItems) ctx.addIssue({ code: 'custom', path: [f.name], message: f.error, input: a })
        }
        subsetCheck(a, ctx)
        for (const issue of usageConflicts(a, scope)) ctx.addIssue({ code: 'custom', ...issue, input: a })
      }),
    ),
  z.transform((a: Record<string, unknown>) => {
    const scope = scopeOf(a)
    const out: Record<string, unknown> = {}
    for (const f of FIELDS) {
      const value = a[f.name]
      // what the scope does not ask for is ignored: one spelling for one meaning
      out[f.name] = applies(f, scope) && value !== undefined ? value : Array.isArray(f.default) ? [...f.default] : f.default
    }
    normalizeUsage(a, scope, out)
    // a capability level equal to the default the context gives is no choice at all: one spelling
    // for one meaning, so equal answers give equal links and output
    const defaults = defaultNeeds(out as Answers, slotsInScope(out as Answers))
    out.needs = Object.fromEntries(Object.entries(out.needs as Record<string, string>).filter(([k, v]) => k in defaults && defaults[k] !== v))
    const weights = a.weights as Weights | undefined
    // an empty override set means "use the derived weights"
    if (weights && Object.values(weights).some((w) => w !== undefined)) out.weights = weights
    return out as Answers
  }),
) as unknown as z.ZodMiniType<Answers, AnswersInput>
