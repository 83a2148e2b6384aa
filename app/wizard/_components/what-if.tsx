'use client'

import type { Answers } from '@/lib/answers/schema'
import { MAX_WEIGHT } from '@/lib/answers/schema'
import type { SlotId } from '@/lib/catalog/slots'
import { CRITERIA } from '@/lib/scoring/criteria'
import { weightsFor } from '@/lib/scoring/weights'

/** Live weight sliders: each change re-ranks every slot at once. */
export function WhatIf({
  answers,
  slots,
  onChange,
}: {
  answers: Answers
  slots: SlotId[]
  onChange: (weights: Record<string, number>) => void
}) {
  const weights = weightsFor(answers)
  const shown = CRITERIA.filter((c) => slots.some((s) => c.appliesTo(s)))
  const overridden = Object.keys(answers.weights ?? {}).length > 0
  return (
    <section aria-labelledby="whatif-heading" className="card">
      <h2 id="whatif-heading">What if? Adjust the weights</h2>
      <p className="muted small">
        0 ignores a criterion, 10 makes it dominant. The stack above re-ranks as you move a slider.
      </p>
      <div className="sliders">
        {shown.map((c) => (
          <div key={c.id} className="slider">
            <label htmlFor={`w-${c.id}`}>{c.label}</label>{' '}
            <output htmlFor={`w-${c.id}`} aria-hidden="true">
              {weights[c.id]}
            </output>
            <input
              id={`w-${c.id}`}
              type="range"
              min={0}
              max={MAX_WEIGHT}
              step={1}
              value={weights[c.id]}
              onChange={(e) => onChange({ ...answers.weights, [c.id]: Number(e.target.value) })}
            />
          </div>
        ))}
      </div>
      {overridden && (
        <p>
          <button type="button" className="button" onClick={() => onChange({})}>
            Reset weights to my answers
          </button>
        </p>
      )}
    </section>
  )
}
