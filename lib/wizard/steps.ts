import { AnswersSchema, stepSchema, type Answers, type AnswersInput } from '../answers/schema'
import { FIELDS, QUESTIONS, type QuestionId } from '../answers/registry'
import type { AreaId } from '../catalog/slots'

/** Question steps in the order they are asked (the registry's order); `review` and `results` follow. */
export const QUESTION_STEPS = QUESTIONS.map((q) => q.id) as QuestionId[]
export type QuestionStep = QuestionId
export type StepId = 'welcome' | QuestionStep | 'review' | 'results'
export const ALL_STEPS = ['welcome', ...QUESTION_STEPS, 'review', 'results'] as [StepId, ...StepId[]]

/** Answers gathered so far: every field optional until the review. */
export type DraftAnswers = AnswersInput

export { stepSchema }

const QUESTION_BY_ID = new Map(QUESTIONS.map((q) => [q.id as string, q]))

/** Which fields each step owns: the review shows them and "edit" jumps to their step. */
export const STEP_FIELDS = Object.fromEntries(QUESTIONS.map((q) => [q.id, q.fields.map((f) => f.name)])) as Record<QuestionStep, (keyof AnswersInput)[]>

/** Steps that only make sense for some scopes are skipped otherwise (the registry says which). */
export function stepApplies(step: StepId, draft: DraftAnswers): boolean {
  const q = QUESTION_BY_ID.get(step)
  if (!q) return true
  if (q.appliesWhen.condition === '') return true
  return draft.scope !== undefined && q.appliesWhen(draft.scope as AreaId[])
}

/** The scope a draft has chosen so far (none before the first step). */
export const scopeOfDraft = (draft: DraftAnswers): string[] => (Array.isArray(draft.scope) ? draft.scope : [])

export function isStepAnswered(step: QuestionStep, draft: DraftAnswers): boolean {
  const fields = Object.fromEntries(STEP_FIELDS[step].map((f) => [f, draft[f]]))
  return stepSchema(step, scopeOfDraft(draft)).safeParse(fields).success
}

export const isQuestionStep = (s: string): s is QuestionStep => (QUESTION_STEPS as readonly string[]).includes(s)

/** The questions this draft asks, in order: the progress bar's steps before the review. */
export function applicableQuestions(draft: DraftAnswers): QuestionStep[] {
  return QUESTION_STEPS.filter((s) => stepApplies(s, draft))
}

export function isComplete(draft: DraftAnswers): boolean {
  return AnswersSchema.safeParse(draft).success
}

/**
 * Where to go after a step is submitted. Normally the next applicable question; when editing from
 * the review, straight back to the review unless the edit made a new question applicable.
 */
export function nextStep(current: StepId, draft: DraftAnswers, editing: boolean): StepId {
  const questions = applicableQuestions(draft)
  if (editing) return questions.find((q) => !isStepAnswered(q, draft)) ?? 'review'
  if (current === 'welcome') return questions[0]!
  if (!isQuestionStep(current)) return 'review'
  const later = questions.filter((q) => QUESTION_STEPS.indexOf(q) > QUESTION_STEPS.indexOf(current))
  return later[0] ?? 'review'
}

/** Where Back goes: the previous applicable question (answers are kept). */
export function previousStep(current: StepId, draft: DraftAnswers): StepId {
  const questions = applicableQuestions(draft)
  if (current === 'results') return 'review'
  if (current === 'review') return questions[questions.length - 1] ?? 'welcome'
  if (!isQuestionStep(current)) return 'welcome'
  const earlier = questions.filter((q) => QUESTION_STEPS.indexOf(q) < QUESTION_STEPS.indexOf(current))
  return earlier[earlier.length - 1] ?? 'welcome'
}

/**
 * A step can be opened directly (progress bar, review "edit", browser history, reload) when it
 * applies and every question before it is answered: no one lands on a step with missing context.
 */
export function canVisit(step: StepId, draft: DraftAnswers): boolean {
  if (step === 'welcome') return true
  if (!stepApplies(step, draft)) return false
  const questions = applicableQuestions(draft)
  const before = isQuestionStep(step) ? questions.slice(0, questions.indexOf(step)) : questions
  if (!before.every((q) => isStepAnswered(q, draft))) return false
  return step !== 'results' || isComplete(draft)
}

/** The user-facing progress: "step n of m" over the applicable questions plus the review. */
export function progressOf(step: StepId, draft: DraftAnswers): { index: number; total: number; steps: StepId[] } {
  const steps: StepId[] = [...applicableQuestions(draft), 'review']
  return { index: steps.indexOf(step), total: steps.length, steps }
}

/** Keeps only the fields a step owns: one step's form can never overwrite another's answers. */
export function pickStepFields(step: QuestionStep, data: Record<string, unknown>): DraftAnswers {
  return Object.fromEntries(STEP_FIELDS[step].filter((f) => f in data).map((f) => [f, data[f]])) as DraftAnswers
}

/**
 * The draft with every missing field at its registry default: what the engine would assume so far
 * (the needs step derives its defaults from it). Not validated: a draft is partial by nature.
 */
export function draftWithDefaults(draft: DraftAnswers): Answers {
  const out: Record<string, unknown> = {}
  for (const f of FIELDS) {
    const v = draft[f.name as keyof DraftAnswers]
    out[f.name] = v !== undefined ? v : Array.isArray(f.default) ? [...f.default] : typeof f.default === 'object' ? { ...f.default } : f.default
  }
  return out as Answers
}
