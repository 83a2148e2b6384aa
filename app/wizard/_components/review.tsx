'use client'

import { useEffect, type RefObject } from 'react'
import type { Actor } from 'xstate'
import type { wizardMachine } from '@/lib/wizard/machine'
import { describeAnswer } from '@/lib/answers/describe'
import { QUESTIONS, fieldApplies } from '@/lib/answers/registry'
import { figureWords } from '@/lib/answers/usage'
import { applicableQuestions, canVisit, draftWithDefaults, scopeOfDraft, type DraftAnswers } from '@/lib/wizard/steps'
import type { VendorOption } from './wizard'

/** An answer as the review shows it; a question skipped shows the default it takes. */
function shown(answers: DraftAnswers, field: string, vendors: VendorOption[]): string {
  const nameOf = (id: string) => vendors.find((v) => v.id === id)?.name ?? id
  const value = answers[field as keyof DraftAnswers]
  if (value !== undefined) return describeAnswer(field, value, nameOf)
  const fallback = draftWithDefaults(answers)[field as keyof DraftAnswers]
  return `${describeAnswer(field, fallback, nameOf)} (default)`
}

const QUESTION_BY_ID = new Map(QUESTIONS.map((q) => [q.id as string, q]))

/** Every answer with an "edit" button that opens its step and comes back here afterwards. */
export function Review({
  answers,
  vendors,
  headingRef,
  actor,
  onShown,
}: {
  answers: DraftAnswers
  vendors: VendorOption[]
  headingRef: RefObject<HTMLHeadingElement | null>
  actor: Actor<typeof wizardMachine>
  /** Called once shown: the wizard moves the focus here if this step's code was still loading. */
  onShown?: () => void
}) {
  useEffect(() => onShown?.(), [onShown])
  const complete = canVisit('results', answers)
  const figures = figureWords(answers)
  return (
    <section className="review" aria-labelledby="step-heading">
      <h1 id="step-heading" ref={headingRef} tabIndex={-1}>
        Review your answers
      </h1>
      <dl>
        {applicableQuestions(answers).flatMap((step) =>
          QUESTION_BY_ID.get(step)!.fields.filter((f) => step === 'scope' || fieldApplies(f.name, scopeOfDraft(answers))).map((f) => (
              <div key={f.name} style={{ display: 'contents' }}>
                <dt>{f.legend}</dt>
                <dd className="value">{shown(answers, f.name, vendors)}</dd>
                <dd className="edit">
                  <button
                    type="button"
                    className="button link"
                    onClick={() => actor.send({ type: 'step.goto', step })}
                    aria-label={`Edit ${f.legend}`}
                  >
                    Edit
                  </button>
                </dd>
              </div>
            )),
        )}
      </dl>
      {figures.length > 0 && (
        <p className="small muted">
          Exact figures the cost estimates use: {figures.join('; ')}. Changing the band a figure falls in replaces it.
        </p>
      )}
      {!complete && (
        <p role="alert" className="error">
          Some answers are missing: use Edit to complete them.
        </p>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={() => actor.send({ type: 'step.back' })}>
          Back
        </button>
        <button
          type="button"
          className="button primary"
          disabled={!complete}
          onClick={() => actor.send({ type: 'review.confirmed' })}
        >
          Show my stack
        </button>
      </div>
    </section>
  )
}
