import * as z from 'zod/mini'
import { FIELDS } from '../answers/registry'
import { WeightsSchema, fieldValueSchema } from '../answers/schema'
import { USAGE_SHAPE, withoutContradicted } from '../answers/usage'
import { ALL_STEPS, type DraftAnswers, type StepId } from './steps'

/**
 * What the browser keeps between reloads. Parsed on the way in: a stored value from an older
 * version or edited by hand must never crash the wizard; it just starts over.
 */
const StoredSessionSchema = z.object({
  v: z.literal(1),
  // a step that no longer exists (the questionnaire changed since the session was saved) starts at
  // the welcome screen, with every answer that still fits kept
  step: z.catch(z.enum(ALL_STEPS), 'welcome'),
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

/**
 * Keeps every answer that is still valid on its own: a session saved before the questionnaire
 * changed (a page split or merged, a field added) keeps what the user entered. A page missing an
 * answer is simply not complete yet, and the wizard asks it again.
 */
export function keepValidSteps(raw: Record<string, unknown>): DraftAnswers {
  const answers: Record<string, unknown> = {}
  for (const f of FIELDS) {
    if (!(f.name in raw)) continue
    const parsed = fieldValueSchema(f).safeParse(raw[f.name])
    if (parsed.success) answers[f.name] = parsed.data
  }
  if (Array.isArray(answers.keep) && Array.isArray(answers.existingTools)) {
    const inUse = new Set(answers.existingTools as string[])
    answers.keep = (answers.keep as string[]).filter((id) => inUse.has(id))
  }
  const weights = WeightsSchema.safeParse(raw.weights)
  if (raw.weights !== undefined && weights.success) answers.weights = weights.data
  // exact figures a share link brought: each group (cluster, telemetry…) kept when valid
  for (const [key, schema] of Object.entries(USAGE_SHAPE)) {
    if (raw[key] === undefined) continue
    const parsed = schema.safeParse(raw[key])
    if (parsed.success && parsed.data !== undefined) answers[key] = parsed.data
  }
  return withoutContradicted(answers) as DraftAnswers
}
