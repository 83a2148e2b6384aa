'use client'

import { useEffect, useRef, useState } from 'react'
import type { Answers } from '@/lib/answers/schema'
import { MAX_WEIGHT } from '@/lib/answers/schema'
import { FIELD_BY_NAME, fieldApplies } from '@/lib/answers/registry'
import { FIGURES, figureOf, figurePatch, figureProblem, type NumberFigure } from '@/lib/answers/usage'
import { SLOT_LABEL, type SlotId } from '@/lib/catalog/slots'
import type { Recommendation } from '@/lib/recommend'
import { CRITERIA } from '@/lib/scoring/criteria'
import { CRITERION_HELP } from '@/lib/scoring/criterion-help'
import type { Flip } from '@/lib/scoring/robustness'
import { slotsWithoutWeight, weightsFor } from '@/lib/scoring/weights'

/** Where the panel sits beside the stack rather than under it (globals.css, .results-layout). */
const WIDE = '(min-width: 64rem)'

/** The closest calls offered for one click: per slot its first flip that leaves a vendor standing. */
const MAX_CALLS = 6

/** What a flip changes, as a patch of the answers. */
export function patchOf(flip: Flip, answers: Answers): Record<string, unknown> {
  return flip.kind === 'weight' ? { weights: { ...answers.weights, [flip.field]: flip.to } } : { [flip.field]: flip.to }
}

/**
 * What-if beside the stack (a side panel on wide screens, a bottom sheet on a phone): the closest
 * calls, each applied with one click and undone with another, and a weight slider per criterion.
 * Every change re-ranks the whole stack at once; changed picks say what they were.
 */
export function WhatIf({
  onFirstUse,
  answers,
  slots,
  rec,
  applied,
  changed,
  onWeights,
  onApply,
  onUndo,
  onReset,
  onTune,
}: {
  /** Called when the user reaches for the panel: time to load the engine a change will need. */
  onFirstUse: () => void
  answers: Answers
  slots: SlotId[]
  rec: Recommendation
  /** The last applied line while it can be undone. */
  applied: string | null
  /** How many picks differ from the stack the user arrived at. */
  changed: number
  onWeights: (weights: Record<string, number>) => void
  onApply: (patch: Record<string, unknown>, summary: string) => void
  onUndo: () => void
  onReset: (() => void) | null
  /** A cluster or volume answer changed here: re-prices the stack, and re-ranks it where price counts. */
  onTune: (patch: Record<string, unknown>) => void
}) {
  const weights = weightsFor(answers)
  const shown = CRITERIA.filter((c) => slots.some((s) => c.appliesTo(s)))
  const [refused, setRefused] = useState('')
  const [open, setOpen] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  // On a phone the panel is a closed bottom sheet: its sliders are drawn when it opens, not on load.
  const [wide, setWide] = useState(() => typeof window !== 'undefined' && window.matchMedia(WIDE).matches)
  useEffect(() => {
    // a window widened past the breakpoint shows the panel beside the stack, where it has no toggle
    const query = window.matchMedia(WIDE)
    const follow = () => setWide(query.matches)
    query.addEventListener('change', follow)
    return () => query.removeEventListener('change', follow)
  }, [])
  const drawn = open || wide
  // a slot whose criteria all weigh 0 could not be ranked at all: keep the last valid weights
  const change = (next: Record<string, number>) => {
    const empty = slotsWithoutWeight({ ...answers, weights: next })
    if (empty.length > 0) return setRefused(`At least one criterion must count for ${empty.map((s) => SLOT_LABEL[s]).join(', ')}.`)
    setRefused('')
    onWeights(next)
  }
  const calls = rec.slots
    .map((s) => ({ slot: s.label, flip: s.robustness.flips.find((f) => f.winner !== null) }))
    .filter((c): c is { slot: string; flip: Flip } => c.flip !== undefined)
    .slice(0, MAX_CALLS)
  return (
    <aside aria-labelledby="whatif-heading" className={`whatif${open ? ' open' : ''}`} onPointerEnter={onFirstUse} onPointerDown={onFirstUse} onFocus={onFirstUse}>
      <div className="whatif-head">
        {/* takes the focus when the button that had it goes away (Undo, Back to my answers) */}
        <h2 id="whatif-heading" ref={headingRef} tabIndex={-1}>
          What if?
        </h2>
        {changed > 0 && (
          <span className="badge fragile" aria-live="polite">
            {changed} pick{changed === 1 ? '' : 's'} changed
          </span>
        )}
        <button type="button" className="button whatif-toggle" aria-expanded={open} aria-controls="whatif-body" onClick={() => setOpen((o) => !o)}>
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      <div id="whatif-body" className="whatif-body">
        {drawn && (
          <>
            {/* the live region stays mounted, so a screen reader hears each change of its text */}
            <p className={applied ? 'applied small' : 'visually-hidden'} role="status">
              {applied && (
                <>
                  Applied: {applied}.{' '}
                  <button type="button" className="button link" onClick={() => {
                      onUndo()
                      headingRef.current?.focus()
                    }}>
                    Undo
                  </button>
                </>
              )}
            </p>
            {calls.length > 0 && (
              <>
                <h3>Closest calls</h3>
                <ul className="calls small">
                  {calls.map(({ slot, flip }) => (
                    <li key={slot}>
                      <span>
                        {slot}: {flip.summary}.
                      </span>{' '}
                      <button type="button" className="button" onClick={() => onApply(patchOf(flip, answers), flip.summary)} aria-label={`Try it: ${flip.summary}`}>
                        Try it
                      </button>
                    </li>
                  ))}
                </ul>
          </>
        )}
        <h3>Your clusters</h3>
        <p className="muted small">
          {weights.price > 0
            ? 'Size and volume change the cost estimates and, as price has a weight, the ranking.'
            : 'Size and volume change the cost estimates, not the scores: price ranks once it has a weight.'}
        </p>
        <div className="sliders">
          {TUNABLE.filter((name) => fieldApplies(name, answers.scope)).map((name) => (
            <BandSlider key={name} name={name} answers={answers} onTune={onTune} />
          ))}
        </div>
        <h3>Weights</h3>
        <p className="muted small">0 ignores a criterion, 10 makes it dominant. The stack re-ranks as you move a slider.</p>
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
                aria-describedby={`w-${c.id}-help`}
                onChange={(e) => change({ ...answers.weights, [c.id]: Number(e.target.value) })}
              />
              <span id={`w-${c.id}-help`} className="muted help-line">
                {CRITERION_HELP[c.id]}
              </span>
            </div>
          ))}
        </div>
        {refused && (
          <p role="alert" className="error">
            {refused}
          </p>
        )}
        {onReset && (
          <p>
            <button type="button" className="button" onClick={() => {
                onReset()
                headingRef.current?.focus()
              }}>
              Back to my answers
            </button>
          </p>
        )}
          </>
        )}
      </div>
    </aside>
  )
}

/** The answers that size the cost estimates, tuned here without going back through the wizard. */
const TUNABLE = ['clusterNodes', 'podsPerNode', 'logVolume'] as const

/** The exact figure behind each tunable band, and its unit beside the number field. */
const EXACT: Record<(typeof TUNABLE)[number], { figure: NumberFigure; unit: string }> = {
  clusterNodes: { figure: figureFor('clusterNodes'), unit: 'nodes' },
  podsPerNode: { figure: figureFor('podsPerNode'), unit: 'pods per node' },
  logVolume: { figure: figureFor('logVolume'), unit: 'GB of logs a day' },
}

function figureFor(band: string): NumberFigure {
  return FIGURES.find((x): x is NumberFigure => x.kind === 'number' && x.band?.field === band)!
}

/**
 * A band question as a slider ("Not sure" first, then the bands from small to large), with a
 * number field for the exact figure when the team knows it. Moving the slider replaces the figure;
 * typing a figure moves the slider to its band.
 */
function BandSlider({ name, answers, onTune }: { name: (typeof TUNABLE)[number]; answers: Answers; onTune: (patch: Record<string, unknown>) => void }) {
  const field = FIELD_BY_NAME.get(name)!
  const { figure, unit } = EXACT[name]
  const exact = figureOf(answers, figure) as number | undefined
  const [text, setText] = useState(exact === undefined ? '' : String(exact))
  const [problem, setProblem] = useState<string | null>(null)
  // the slider or an undo changed the figure: the field follows
  useEffect(() => {
    setText(exact === undefined ? '' : String(exact))
    setProblem(null)
  }, [exact])
  if (field.kind !== 'single') return null
  const value = answers[name]
  const options = [...field.options.filter((o) => o.value === 'unspecified'), ...field.options.filter((o) => o.value !== 'unspecified')]
  const at = Math.max(0, options.findIndex((o) => o.value === value))
  const id = `band-${name}`
  const typed = (raw: string) => {
    setText(raw)
    if (raw.trim() === '') {
      setProblem(null)
      if (exact !== undefined) onTune(figurePatch(answers, figure, undefined))
      return
    }
    const n = Number(raw)
    const why = figureProblem(figure, n)
    setProblem(why)
    if (why === null && n !== exact) onTune(figurePatch(answers, figure, n))
  }
  return (
    <div className="slider">
      <label htmlFor={id}>{field.legend}</label>
      <output htmlFor={id} aria-hidden="true">
        {exact !== undefined ? `${figure.words(exact)} (exact)` : options[at]!.label}
      </output>
      <input
        id={id}
        type="range"
        min={0}
        max={options.length - 1}
        step={1}
        value={at}
        aria-valuetext={exact !== undefined ? figure.words(exact) : options[at]!.label}
        onChange={(e) => onTune({ [name]: options[Number(e.target.value)]!.value })}
      />
      <span className="exact">
        <input
          id={`${id}-exact`}
          type="number"
          inputMode={figure.int ? 'numeric' : 'decimal'}
          min={figure.min}
          max={figure.max}
          step={figure.int ? 1 : 'any'}
          placeholder="exact"
          value={text}
          aria-label={`${field.legend}, exact number (${unit})`}
          aria-invalid={problem !== null}
          aria-describedby={problem !== null ? `${id}-problem` : undefined}
          onChange={(e) => typed(e.target.value)}
        />{' '}
        <span className="muted small">{unit}</span>
      </span>
      {problem !== null && (
        <p id={`${id}-problem`} className="error small" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
