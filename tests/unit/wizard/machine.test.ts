import { describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import { AnswersSchema } from '@/lib/answers/schema'
import { wizardMachine } from '@/lib/wizard/machine'
import { progressOf, type DraftAnswers } from '@/lib/wizard/steps'
import { parseSession, serializeSession } from '@/lib/wizard/session'

const start = (input = {}) => createActor(wizardMachine, { input }).start()
type Actor = ReturnType<typeof start>
const submit = (actor: Actor, data: Record<string, unknown>) => actor.send({ type: 'step.submitted', data })
const step = (actor: Actor) => actor.getSnapshot().value

/** Walks a full-scope wizard to the review. */
function answerEverything(actor: Actor) {
  actor.send({ type: 'wizard.start' })
  submit(actor, { scope: ['service-mesh', 'observability', 'security', 'cost'] })
  submit(actor, { platform: 'eks', orgSize: '100-999', platformTeam: 'small', compliance: ['pci'] })
  submit(actor, { openSource: 'preferred', hosting: 'either', costSensitivity: 'high', consolidation: 'balanced' })
  submit(actor, { sidecars: 'avoid', mtls: 'strict', signals: ['traces', 'metrics'], accessFor: ['people'], costGoal: 'both', clouds: ['aws'] })
  submit(actor, { needs: {} })
  submit(actor, { existingTools: [], keep: [] })
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

  it('keeps the same number of steps whatever the scope: the area page asks only about areas in scope', () => {
    const actor = start()
    actor.send({ type: 'wizard.start' })
    submit(actor, { scope: ['security'] })
    submit(actor, {})
    submit(actor, { openSource: 'required', hosting: 'self-hosted', costSensitivity: 'low', consolidation: 'balanced' })
    expect(step(actor)).toBe('areas')
    // the mesh's and observability's questions are not asked, so they are not required
    submit(actor, { accessFor: ['workloads'] })
    expect(step(actor)).toBe('needs')
    expect(actor.getSnapshot().context.answers.accessFor).toEqual(['workloads'])
    expect(progressOf('needs', actor.getSnapshot().context.answers)).toMatchObject({ index: 4, total: 7 })
    expect(progressOf('needs', { scope: ['service-mesh', 'observability', 'security', 'cost'] })).toMatchObject({ total: 7 })
  })

  it('asks the mesh questions on the area page when the mesh is in scope', () => {
    const actor = start()
    actor.send({ type: 'wizard.start' })
    submit(actor, { scope: ['service-mesh'] })
    submit(actor, {})
    submit(actor, { openSource: 'preferred', hosting: 'either', costSensitivity: 'medium', consolidation: 'balanced' })
    submit(actor, { accessFor: ['people'] })
    expect(step(actor)).toBe('areas')
    submit(actor, { sidecars: 'tolerate' })
    expect(step(actor)).toBe('needs')
  })

  it('stays on a step and keeps every answer when the data is invalid', () => {
    const actor = start()
    actor.send({ type: 'wizard.start' })
    submit(actor, { scope: ['cost'] })
    submit(actor, { platform: 'gke' })
    submit(actor, { openSource: 'sometimes', hosting: 'either', costSensitivity: 'low', consolidation: 'balanced' })
    expect(step(actor)).toBe('priorities')
    expect(actor.getSnapshot().context.answers).toEqual({ scope: ['cost'], platform: 'gke', orgSize: 'unspecified', platformTeam: 'unspecified', compliance: [], clusterNodes: 'unspecified', podsPerNode: 'unspecified', cloudSpend: 'unspecified' })
  })

  it('refuses tools to keep that are not in use', () => {
    const actor = start()
    answerEverything(actor)
    actor.send({ type: 'step.goto', step: 'tools' })
    submit(actor, { existingTools: ['istio'], keep: ['linkerd'] })
    expect(step(actor)).toBe('tools')
    submit(actor, { existingTools: ['istio'], keep: ['istio'] })
    expect(step(actor)).toBe('review')
    expect(actor.getSnapshot().context.answers.keep).toEqual(['istio'])
  })

  it('goes back without losing answers', () => {
    const actor = start()
    answerEverything(actor)
    actor.send({ type: 'step.back' })
    expect(step(actor)).toBe('tools')
    actor.send({ type: 'step.back' })
    actor.send({ type: 'step.back' })
    expect(step(actor)).toBe('areas')
    expect(actor.getSnapshot().context.answers.signals).toEqual(['metrics', 'traces'])
  })

  it('returns to the review after editing an answer from it', () => {
    const actor = start()
    answerEverything(actor)
    actor.send({ type: 'step.goto', step: 'priorities' })
    expect(step(actor)).toBe('priorities')
    submit(actor, { openSource: 'preferred', hosting: 'saas', costSensitivity: 'high', consolidation: 'balanced' })
    expect(step(actor)).toBe('review')
    expect(actor.getSnapshot().context.answers.hosting).toBe('saas')
  })

  it('asks the area page again when an edit widens the scope to an area with required answers', () => {
    const actor = start()
    actor.send({ type: 'wizard.start' })
    submit(actor, { scope: ['cost'] })
    submit(actor, {})
    submit(actor, { openSource: 'preferred', hosting: 'either', costSensitivity: 'high', consolidation: 'fewest-vendors' })
    submit(actor, {})
    submit(actor, {})
    submit(actor, {})
    expect(step(actor)).toBe('review')
    actor.send({ type: 'step.goto', step: 'scope' })
    submit(actor, { scope: ['cost', 'service-mesh'] })
    expect(step(actor)).toBe('areas')
    submit(actor, { sidecars: 'fine', mtls: 'preferred' })
    expect(step(actor)).toBe('review')
  })

  it('refuses to jump to a step whose earlier questions are unanswered', () => {
    const actor = start()
    actor.send({ type: 'wizard.start' })
    actor.send({ type: 'step.goto', step: 'tools' })
    expect(step(actor)).toBe('scope')
    actor.send({ type: 'review.confirmed' })
    expect(step(actor)).toBe('scope')
  })

  it('resumes a restored session at its step, or at the start when that step is unreachable', () => {
    const answers = { scope: ['cost'], platform: 'eks', compliance: [] } as const
    expect(step(start({ answers, step: 'priorities' }))).toBe('priorities')
    expect(step(start({ answers, step: 'results' }))).toBe('welcome')
    expect(step(start({ answers: {}, step: 'priorities' }))).toBe('welcome')
  })

  it('starts over with no answers on restart, and can undo it until the user starts again', () => {
    const actor = start()
    answerEverything(actor)
    const answers = actor.getSnapshot().context.answers
    actor.send({ type: 'wizard.restart' })
    expect(step(actor)).toBe('welcome')
    expect(actor.getSnapshot().context.answers).toEqual({})
    actor.send({ type: 'wizard.undoRestart' })
    expect(step(actor)).toBe('review')
    expect(actor.getSnapshot().context.answers).toEqual(answers)
    actor.send({ type: 'wizard.restart' })
    actor.send({ type: 'wizard.start' })
    actor.send({ type: 'step.back' })
    actor.send({ type: 'wizard.undoRestart' })
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

describe('applying a "would take the slot if" line on the results', () => {
  it('changes one answer or weight in one step, refuses a patch that would break the answers, and undoes', () => {
    const actor = start()
    answerEverything(actor)
    actor.send({ type: 'review.confirmed' })
    const before = actor.getSnapshot().context.answers
    actor.send({ type: 'whatif.applied', patch: { hosting: 'self-hosted' } })
    expect(actor.getSnapshot().context.answers).toEqual({ ...before, hosting: 'self-hosted' })
    expect(step(actor)).toBe('results')
    // a value the question does not offer leaves the answers as they were
    actor.send({ type: 'whatif.applied', patch: { hosting: 'on-the-moon' } })
    expect(actor.getSnapshot().context.answers.hosting).toBe('self-hosted')
    actor.send({ type: 'whatif.undone' })
    expect(actor.getSnapshot().context.answers).toEqual(before)
    // nothing left to undo: a second undo changes nothing
    actor.send({ type: 'whatif.undone' })
    expect(actor.getSnapshot().context.answers).toEqual(before)
    actor.send({ type: 'whatif.applied', patch: { weights: { computeCost: 9 } } })
    expect(actor.getSnapshot().context.answers.weights).toEqual({ computeCost: 9 })
  })
})

describe('exact figures a share link brought', () => {
  const linked = AnswersSchema.parse({
    scope: ['service-mesh', 'observability'],
    openSource: 'preferred',
    hosting: 'either',
    costSensitivity: 'high',
    consolidation: 'balanced',
    sidecars: 'fine',
    signals: ['logs'],
    cluster: { nodes: 12, podsPerNode: 35 },
    telemetry: { logsGbPerDay: 250 },
  })

  it('give way to a band moved on the what-if panel, and come back with the undo', () => {
    const actor = start({ answers: linked, step: 'results' })
    actor.send({ type: 'wizard.start' })
    expect(step(actor)).toBe('results')
    actor.send({ type: 'whatif.applied', patch: { clusterNodes: '201-1000' } })
    const moved = actor.getSnapshot().context.answers
    expect(moved.cluster).toEqual({ podsPerNode: 35 })
    expect(AnswersSchema.parse(moved).clusterNodes).toBe('201-1000')
    expect(moved.telemetry).toEqual({ logsGbPerDay: 250 })
    actor.send({ type: 'whatif.undone' })
    expect(actor.getSnapshot().context.answers).toEqual(linked)
  })

  it('survive a reload of the wizard, each group checked on its own', () => {
    const restored = parseSession(serializeSession('results', { ...linked, telemetry: { logsGbPerDay: -5 } } as DraftAnswers))
    expect(restored?.answers.cluster).toEqual({ nodes: 12, podsPerNode: 35 })
    expect(restored?.answers.telemetry).toBeUndefined()
  })
})
