'use client'

import { QUESTIONS } from '@/lib/answers/registry'
import { progressOf, canVisit, type DraftAnswers, type StepId } from '@/lib/wizard/steps'

const SHORT_LABEL = new Map<string, string>([...QUESTIONS.map((q) => [q.id, q.short] as const), ['review', 'Review']])

/** "Step n of m" plus one pill per step; finished steps are buttons that jump back to them. */
export function Progress({ step, answers, onGo }: { step: StepId; answers: DraftAnswers; onGo: (s: StepId) => void }) {
  const { index, total, steps } = progressOf(step, answers)
  return (
    <nav aria-label="Progress">
      <p className="progress-text">
        Step {index + 1} of {total}
      </p>
      <ol className="progress">
        {steps.map((s) => {
          const label = SHORT_LABEL.get(s) ?? s
          if (s === step)
            return (
              <li key={s} aria-current="step">
                <span className="step-pill current">{label}</span>
              </li>
            )
          const reachable = canVisit(s, answers)
          return (
            <li key={s}>
              {reachable ? (
                <button type="button" className="step-pill done" onClick={() => onGo(s)}>
                  {label}
                  <span className="visually-hidden"> (go to this step)</span>
                </button>
              ) : (
                <span className="step-pill">{label}</span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
