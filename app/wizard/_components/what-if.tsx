'use client'

import { useState } from 'react'
import type { Answers } from '@/lib/answers/schema'
import { MAX_WEIGHT } from '@/lib/answers/schema'
import { SLOT_LABEL, type SlotId } from '@/lib/catalog/slots'
import { CRITERIA } from '@/lib/scoring/criteria'
import { slotsWithoutWeight, weightsFor } from '@/lib/scoring/weights'

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
  const [refused, setRefused] = useState('')
  // a slot whose criteria all weigh 0 could not be ranked at all: keep the last valid weights
  const change = (next: Record<string, number>) => {
    const empty = slotsWithoutWeight({ ...answers, weights: next })
    if (empty.length > 0) return setRefused(`At least one criterion must count for ${empty.map((s) => SLOT_LABEL[s]).join(', ')}.`)
    setRefused('')
    onChange(next)
  }
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
              onChange={(e) => change({ ...answers.weights, [c.id]: Number(e.target.value) })}
            />
          </div>
        ))}
      </div>
      {refused && (
        <p role="alert" className="error">
          {refused}
        </p>
      )}
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
