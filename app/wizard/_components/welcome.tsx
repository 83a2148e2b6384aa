'use client'

import type { RefObject } from 'react'
import type { Actor } from 'xstate'
import { QUESTIONS } from '@/lib/answers/registry'
import type { wizardMachine } from '@/lib/wizard/machine'
import { StartOver } from './start-over'

export function Welcome({
  headingRef,
  hasAnswers,
  canUndo,
  actor,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>
  hasAnswers: boolean
  /** "Start over" just cleared the answers: offer them back. */
  canUndo: boolean
  actor: Actor<typeof wizardMachine>
}) {
  return (
    <section aria-labelledby="step-heading">
      {canUndo && (
        <p role="status" className="card">
          Your answers were cleared.{' '}
          <button type="button" className="button link" onClick={() => actor.send({ type: 'wizard.undoRestart' })}>
            Undo
          </button>
        </p>
      )}
      <h1 id="step-heading" ref={headingRef} tabIndex={-1}>
        Day 2 stack wizard
      </h1>
      <p className="lead">
        {QUESTIONS.length} short pages, about three minutes; most answers have a default you can keep. Your answers stay in this
        browser; nothing is sent until you see the results.
      </p>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => actor.send({ type: 'wizard.start' })}>
          {hasAnswers ? 'Continue with my answers' : 'Start'}
        </button>
        {hasAnswers && <StartOver actor={actor} />}
      </div>
    </section>
  )
}
