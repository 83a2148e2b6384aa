import { assign, setup } from 'xstate'
import { AnswersSchema, WeightsSchema } from '../answers/schema'
import { withoutContradicted } from '../answers/usage'
import {
  ALL_STEPS,
  stepSchema,
  scopeOfDraft,
  canVisit,
  isQuestionStep,
  nextStep,
  pickStepFields,
  previousStep,
  type DraftAnswers,
  type StepId,
} from './steps'

export interface WizardContext {
  answers: DraftAnswers
  /** Set when a step was opened from the review or results: submitting returns to the review. */
  editing: boolean
  /** The step a restored session asked to resume at; consumed when the machine starts. */
  resumeAt?: StepId
  /** The answers "Start over" cleared, until the user undoes it or starts answering again. */
  previous?: DraftAnswers
  /** The answers before the last what-if applied on the results, until it is undone or another replaces it. */
  beforeWhatIf?: DraftAnswers
}

export type WizardEvent =
  | { type: 'wizard.start' }
  | { type: 'step.submitted'; data: Record<string, unknown> }
  | { type: 'step.back' }
  | { type: 'step.goto'; step: StepId }
  | { type: 'review.confirmed' }
  | { type: 'wizard.restart' }
  | { type: 'wizard.undoRestart' }
  | { type: 'weights.changed'; weights: Record<string, unknown> }
  /** One click on an "X would take the slot if…" line: a weight or an answer changes, and can be undone. */
  | { type: 'whatif.applied'; patch: Record<string, unknown> }
  | { type: 'whatif.undone' }

export interface WizardInput {
  answers?: DraftAnswers
  /** The step to resume at; ignored unless it can be visited with these answers. */
  step?: StepId
}

type Move = { from: StepId; target: StepId }

/** The draft after merging a submitted step, or undefined when the data fails the step's schema. */
export function mergeStep(step: StepId, answers: DraftAnswers, data: Record<string, unknown>): DraftAnswers | undefined {
  if (!isQuestionStep(step)) return undefined
  // the scope step sets the scope the other steps are checked against
  const scope = step === 'scope' ? [] : scopeOfDraft(answers)
  const parsed = stepSchema(step, scope).safeParse(data)
  if (!parsed.success) return undefined
  // a band changed here replaces the exact figure behind it (a share link from the API may carry one)
  return withoutContradicted({ ...answers, ...pickStepFields(step, parsed.data as Record<string, unknown>) })
}

/** The answers after a what-if patch: a band moved on a slider replaces the exact figure behind it. */
export const patched = (answers: DraftAnswers, patch: Record<string, unknown>): DraftAnswers => withoutContradicted({ ...answers, ...patch })

/** Each step's transitions, generated from the step order so skips live in steps.ts alone. */
function stepState(from: StepId) {
  const moves = <G extends string>(type: G) => ALL_STEPS.map((target) => ({ guard: { type, params: { from, target } }, target }))
  return {
    // an edit that started from the review is over once the review is shown again
    ...(from === 'review' ? { entry: 'stopEditing' as const } : {}),
    on: {
      'step.submitted': moves('isNextAfterSubmit' as const).map((t) => ({
        ...t,
        actions: { type: 'saveStepAnswers' as const, params: { step: from } },
      })),
      'step.back': moves('isPreviousStep' as const).map((t) => ({ ...t, actions: 'stopEditing' as const })),
      'step.goto': moves('canGoTo' as const).map((t) => ({
        ...t,
        actions: { type: 'markEditing' as const, params: { from } },
      })),
      'wizard.restart': { target: 'welcome', actions: 'clearAnswers' as const },
      ...(from === 'welcome'
        ? {
            'wizard.start': { target: 'scope', actions: ['stopEditing' as const, 'forgetPrevious' as const] },
            // undo brings the answers back, and the review when they are complete enough to show it
            'wizard.undoRestart': [
              { guard: 'canRestoreToReview' as const, target: 'review', actions: 'restorePrevious' as const },
              { guard: 'hasPrevious' as const, actions: 'restorePrevious' as const },
            ],
          }
        : {}),
      ...(from === 'review' ? { 'review.confirmed': { guard: 'isComplete' as const, target: 'results' } } : {}),
      ...(from === 'results'
        ? {
            'weights.changed': { actions: 'saveWeights' as const },
            'whatif.applied': { guard: 'isValidPatch' as const, actions: 'applyWhatIf' as const },
            'whatif.undone': { guard: 'canUndoWhatIf' as const, actions: 'undoWhatIf' as const },
          }
        : {}),
    },
  }
}

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  guards: {
    isNextAfterSubmit: ({ context, event }, p: Move) => {
      if (event.type !== 'step.submitted') return false
      const draft = mergeStep(p.from, context.answers, event.data)
      return draft !== undefined && nextStep(p.from, draft, context.editing) === p.target
    },
    isPreviousStep: ({ context }, p: Move) => previousStep(p.from, context.answers) === p.target,
    canGoTo: ({ context, event }, p: Move) =>
      event.type === 'step.goto' && event.step === p.target && p.target !== p.from && canVisit(p.target, context.answers),
    isComplete: ({ context }) => canVisit('results', context.answers),
    resumesAt: ({ context }, p: { target: StepId }) => context.resumeAt === p.target && canVisit(p.target, context.answers),
    hasPrevious: ({ context }) => context.previous !== undefined,
    // a patch is applied only if the answers it leaves are complete and valid: results never break
    isValidPatch: ({ context, event }) => event.type === 'whatif.applied' && AnswersSchema.safeParse(patched(context.answers, event.patch)).success,
    canUndoWhatIf: ({ context }) => context.beforeWhatIf !== undefined,
    canRestoreToReview: ({ context }) => context.previous !== undefined && canVisit('review', context.previous),
  },
  actions: {
    saveStepAnswers: assign(({ context, event }, p: { step: StepId }) => {
      if (event.type !== 'step.submitted') return {}
      return { answers: mergeStep(p.step, context.answers, event.data) ?? context.answers }
    }),
    markEditing: assign((_, p: { from: StepId }) => ({ editing: p.from === 'review' || p.from === 'results' })),
    // What-if sliders: kept with the answers so reports and share links show what the user sees.
    saveWeights: assign(({ context, event }) => {
      if (event.type !== 'weights.changed') return {}
      const parsed = WeightsSchema.safeParse(event.weights)
      // moving a slider ends the undo of an applied line: undoing it would take the slider back too
      return parsed.success ? { answers: { ...context.answers, weights: parsed.data }, beforeWhatIf: undefined } : {}
    }),
    applyWhatIf: assign(({ context, event }) =>
      event.type === 'whatif.applied' ? { answers: patched(context.answers, event.patch), beforeWhatIf: context.answers } : {},
    ),
    undoWhatIf: assign(({ context }) => ({ answers: context.beforeWhatIf ?? context.answers, beforeWhatIf: undefined })),
    stopEditing: assign({ editing: false }),
    // kept for undo: a misclick on "Start over" must not lose an afternoon's answers
    clearAnswers: assign(({ context }) => ({ answers: {}, editing: false, previous: Object.keys(context.answers).length > 0 ? context.answers : context.previous })),
    restorePrevious: assign(({ context }) => ({ answers: context.previous ?? context.answers, previous: undefined })),
    forgetPrevious: assign({ previous: undefined }),
    forgetResume: assign({ resumeAt: undefined }),
  },
}).createMachine({
  id: 'wizard',
  context: ({ input }) => ({ answers: input.answers ?? {}, editing: false, resumeAt: input.step }),
  initial: 'boot',
  states: {
    // Resumes a saved session at its step when that step is still reachable, else starts over.
    boot: {
      exit: 'forgetResume',
      always: [
        ...ALL_STEPS.map((target) => ({ guard: { type: 'resumesAt' as const, params: { target } }, target })),
        { target: 'welcome' },
      ],
    },
    ...(Object.fromEntries(ALL_STEPS.map((s) => [s, stepState(s)])) as Record<StepId, ReturnType<typeof stepState>>),
  },
})

/** The step a snapshot shows ("boot" never lasts: it resolves on start). */
export function stepOf(value: unknown): StepId {
  return (ALL_STEPS as readonly unknown[]).includes(value) ? (value as StepId) : 'welcome'
}
