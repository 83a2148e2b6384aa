import { describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import { AnswersSchema } from '@/lib/answers/schema'
import { wizardMachine } from '@/lib/wizard/machine'
import { progressOf } from '@/lib/wizard/steps'

const start = (input = {}) => createActor(wizardMachine, { input }).start()
type Actor = ReturnType<typeof start>
const submit = (actor: Actor, data: Record<string, unknown>) => actor.send({ type: 'step.submitted', data })
const step = (actor: Actor) => actor.getSnapshot().value

/** Walks a full-scope wizard to the review. */
function answerEverything(actor: Actor) {
  actor.send({ type: 'wizard.start' })
  submit(actor, { scope: ['service-mesh', 'observability', 'security', 'cost'] })
  submit(actor, { openSource: 'preferred' })
  submit(actor, { hosting: 'either' })
  submit(actor, { sidecars: 'avoid', mtls: 'strict' })
  submit(actor, { costSensitivity: 'high' })
  submit(actor, { signals: ['traces', 'metrics'] })
  submit(actor, { consolidation: 'balanced', existingTools: [] })
}

describe('wizard machine', () => {
  it('walks every step in order to the results', () => {
    const actor = start()
    expect(step(actor)).toBe('welcome')
    answerEverything(actor)
    expect(step(actor)).toBe('review')
    actor.send({ type: 'review.confirmed' })
    expect(step(actor)).toBe('results')
    expect(AnswersSchema.safeParse(actor.getSnapshot().context.answers).success).toBe(true)
  })

  it('skips the sidecar and signal questions when mesh and observability are out of scope', () => {
    const actor = start()
    actor.send({ type: 'wizard.start' })
    submit(actor, { scope: ['security'] })
    submit(actor, { openSource: 'required' })
    submit(actor, { hosting: 'self-hosted' })
    expect(step(actor)).toBe('costSensitivity')
    submit(actor, { costSensitivity: 'low' })
    expect(step(actor)).toBe('consolidation')
    expect(progressOf('consolidation', actor.getSnapshot().context.answers)).toMatchObject({ index: 4, total: 6 })
  })

  it('stays on a step and keeps every answer when the data is invalid', () => {
    const actor = start()
    actor.send({ type: 'wizard.start' })
    submit(actor, { scope: ['cost'] })
    submit(actor, { openSource: 'sometimes' })
    expect(step(actor)).toBe('openSource')
    expect(actor.getSnapshot().context.answers).toEqual({ scope: ['cost'] })
  })

  it('goes back without losing answers', () => {
    const actor = start()
    answerEverything(actor)
    actor.send({ type: 'step.back' })
    expect(step(actor)).toBe('consolidation')
    actor.send({ type: 'step.back' })
    actor.send({ type: 'step.back' })
    expect(step(actor)).toBe('costSensitivity')
    expect(actor.getSnapshot().context.answers.signals).toEqual(['metrics', 'traces'])
  })

  it('returns to the review after editing an answer from it', () => {
    const actor = start()
    answerEverything(actor)
    actor.send({ type: 'step.goto', step: 'hosting' })
    expect(step(actor)).toBe('hosting')
    submit(actor, { hosting: 'saas' })
    expect(step(actor)).toBe('review')
    expect(actor.getSnapshot().context.answers.hosting).toBe('saas')
  })

  it('asks a newly applicable question when an edit widens the scope', () => {
    const actor = start()
    actor.send({ type: 'wizard.start' })
    submit(actor, { scope: ['cost'] })
    submit(actor, { openSource: 'preferred' })
    submit(actor, { hosting: 'either' })
    submit(actor, { costSensitivity: 'high' })
    submit(actor, { consolidation: 'fewest-vendors' })
    expect(step(actor)).toBe('review')
    actor.send({ type: 'step.goto', step: 'scope' })
    submit(actor, { scope: ['cost', 'service-mesh'] })
    expect(step(actor)).toBe('sidecars')
    submit(actor, { sidecars: 'fine', mtls: 'preferred' })
    expect(step(actor)).toBe('review')
  })

  it('refuses to jump to a step whose earlier questions are unanswered', () => {
    const actor = start()
    actor.send({ type: 'wizard.start' })
    actor.send({ type: 'step.goto', step: 'consolidation' })
    expect(step(actor)).toBe('scope')
    actor.send({ type: 'review.confirmed' })
    expect(step(actor)).toBe('scope')
  })

  it('resumes a restored session at its step, or at the start when that step is unreachable', () => {
    const answers = { scope: ['cost'], openSource: 'preferred', hosting: 'either' } as const
    expect(step(start({ answers, step: 'costSensitivity' }))).toBe('costSensitivity')
    expect(step(start({ answers, step: 'results' }))).toBe('welcome')
    expect(step(start({ answers: {}, step: 'hosting' }))).toBe('welcome')
  })

  it('starts over with no answers on restart', () => {
    const actor = start()
    answerEverything(actor)
    actor.send({ type: 'wizard.restart' })
    expect(step(actor)).toBe('welcome')
    expect(actor.getSnapshot().context.answers).toEqual({})
  })
})

describe('what-if weights on the results', () => {
  it('are kept with the answers when valid and ignored when not', () => {
    const actor = start()
    answerEverything(actor)
    actor.send({ type: 'review.confirmed' })
    actor.send({ type: 'weights.changed', weights: { computeCost: 9 } })
    expect(actor.getSnapshot().context.answers.weights).toEqual({ computeCost: 9 })
    actor.send({ type: 'weights.changed', weights: { computeCost: 99 } })
    expect(actor.getSnapshot().context.answers.weights).toEqual({ computeCost: 9 })
    expect(AnswersSchema.safeParse(actor.getSnapshot().context.answers).success).toBe(true)
  })
})
