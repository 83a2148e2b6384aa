import * as z from 'zod/mini'
import { WeightsSchema } from '../answers/schema'
import { ALL_STEPS, QUESTION_STEPS, STEP_FIELDS, STEP_SCHEMAS, pickStepFields, type DraftAnswers, type StepId } from './steps'

/**
 * What the browser keeps between reloads. Parsed on the way in: a stored value from an older
 * version or edited by hand must never crash the wizard; it just starts over.
 */
const StoredSessionSchema = z.object({
  v: z.literal(1),
  step: z.enum(ALL_STEPS),
  answers: z.record(z.string(), z.unknown()),
})

export const SESSION_KEY = 'day2-advisor.session'

export function serializeSession(step: StepId, answers: DraftAnswers): string {
  return JSON.stringify({ v: 1, step, answers })
}

export function parseSession(text: string | null): { step: StepId; answers: DraftAnswers } | undefined {
  if (text === null) return undefined
  try {
    const parsed = StoredSessionSchema.safeParse(JSON.parse(text))
    return parsed.success ? { step: parsed.data.step, answers: keepValidSteps(parsed.data.answers) } : undefined
  } catch {
    return undefined
  }
}

/** Keeps each step's answers only when they still pass that step's schema. */
export function keepValidSteps(raw: Record<string, unknown>): DraftAnswers {
  let answers: DraftAnswers = {}
  for (const step of QUESTION_STEPS) {
    const fields = Object.fromEntries(STEP_FIELDS[step].filter((f) => f in raw).map((f) => [f, raw[f]]))
    const parsed = STEP_SCHEMAS[step].safeParse(fields)
    if (parsed.success) answers = { ...answers, ...pickStepFields(step, parsed.data as Record<string, unknown>) }
  }
  const weights = WeightsSchema.safeParse(raw.weights)
  if (raw.weights !== undefined && weights.success) answers = { ...answers, weights: weights.data }
  return answers
}
