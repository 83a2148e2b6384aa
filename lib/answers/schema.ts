// zod/mini: the same validation as classic zod with a smaller bundle. These schemas ship in the
// wizard's first load.
import * as z from 'zod/mini'
import type { AreaId } from '../catalog/slots'
import { CRITERION_IDS } from '../scoring/criteria-ids'
import type { FieldDef } from './fields'
import { FIELDS, QUESTIONS, QUESTION_OF_FIELD, type AnswerValues, type QuestionId } from './registry'

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
export type Answers = AnswerValues & { weights?: Weights }
/** What callers send: fields their scope does not ask for may be missing. */
export type AnswersInput = Partial<AnswerValues> & { weights?: Weights }

const valuesOf = (f: Exclude<FieldDef, { kind: 'vendors' }>) => f.options.map((o) => o.value) as [string, ...string[]]

/** A field's own schema, lenient about list length (that depends on the scope, checked below). */
function valueSchema(f: FieldDef): z.ZodMiniType {
  if (f.kind === 'single') return z.enum(valuesOf(f), { error: f.error })
  if (f.kind === 'multi') return z.pipe(z.array(z.enum(valuesOf(f), { error: f.error })), sortedUnique())
  return z.pipe(
    z
      .array(z.string().check(z.regex(VENDOR_ID, 'Expected a vendor id'), z.maxLength(MAX_VENDOR_ID_LENGTH, 'Expected a vendor id')))
      .check(z.maxLength(f.maxItems, `At most ${f.maxItems} tools`)),
    sortedUnique(),
  )
}

/** A field as a wizard step's form checks it: its question applies, so required means required. */
function stepFieldSchema(f: FieldDef): z.ZodMiniType {
  if (f.kind === 'vendors') return z._default(valueSchema(f), [])
  if (f.kind === 'multi') return z.pipe(z.array(z.enum(valuesOf(f), { error: f.error })).check(z.minLength(f.minItems, f.error)), sortedUnique())
  return f.required ? valueSchema(f) : z._default(valueSchema(f), f.default)
}

/** Each question's form schema: the wizard validates exactly what the engine accepts. */
export const STEP_SCHEMAS = Object.fromEntries(
  QUESTIONS.map((q) => [q.id, z.object(Object.fromEntries(q.fields.map((f) => [f.name, stepFieldSchema(f)])))]),
) as unknown as Record<QuestionId, z.ZodMiniObject>

const alwaysRequired = (f: FieldDef) => f.required && QUESTION_OF_FIELD.get(f.name)!.appliesWhen.condition === ''

const scopeOf = (a: Record<string, unknown>): AreaId[] => (Array.isArray(a.scope) ? (a.scope as AreaId[]) : [])
const applies = (f: FieldDef, scope: readonly AreaId[]) => QUESTION_OF_FIELD.get(f.name)!.appliesWhen(scope)

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
    })
    .check(
      z.superRefine((a: Record<string, unknown>, ctx) => {
        const scope = scopeOf(a)
        for (const f of FIELDS) {
          if (alwaysRequired(f) || !applies(f, scope)) continue
          const value = a[f.name]
          const condition = QUESTION_OF_FIELD.get(f.name)!.appliesWhen.condition
          if (value === undefined && f.required)
            ctx.addIssue({ code: 'custom', path: [f.name], message: condition ? `Required when ${condition}` : f.kind === 'vendors' ? 'Required' : f.error, input: a })
          else if (f.kind === 'multi' && Array.isArray(value) && value.length < f.minItems) ctx.addIssue({ code: 'custom', path: [f.name], message: f.error, input: a })
        }
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
    const weights = a.weights as Weights | undefined
    // an empty override set means "use the derived weights"
    if (weights && Object.values(weights).some((w) => w !== undefined)) out.weights = weights
    return out as Answers
  }),
) as unknown as z.ZodMiniType<Answers, AnswersInput>
