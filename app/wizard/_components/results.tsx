'use client'

import { useSelector } from '@xstate/react'
import { useDeferredValue, useEffect, useMemo, type RefObject } from 'react'
import type { Actor } from 'xstate'
import { AnswersSchema } from '@/lib/answers/schema'
import { CLIENT_CATALOG } from '@/lib/catalog/embedded-client'
import { recommend, slotsInScope } from '@/lib/recommend'
import type { wizardMachine } from '@/lib/wizard/machine'
import { encodeShareToken } from '@/lib/share/codec'
import { ShareActions } from './share-actions'
import { StackSummary } from './stack-summary'
import { StartOver } from './start-over'
import { SlotCard } from './slot-card'
import { WhatIf } from './what-if'

/** The recommended stack, recomputed in the browser on every what-if change. */
export function Results({
  actor,
  headingRef,
}: {
  actor: Actor<typeof wizardMachine>
  headingRef: RefObject<HTMLHeadingElement | null>
}) {
  const draft = useSelector(actor, (s) => s.context.answers)
  const deferred = useDeferredValue(draft)
  const parsed = useMemo(() => AnswersSchema.safeParse(deferred), [deferred])
  const rec = useMemo(() => (parsed.success ? recommend(parsed.data, CLIENT_CATALOG) : null), [parsed])
  // the stack before any what-if weights, so changed picks can say what they were
  const base = useMemo(() => (parsed.success && parsed.data.weights ? recommend({ ...parsed.data, weights: undefined }, CLIENT_CATALOG) : null), [parsed])
  const token = useMemo(() => (parsed.success ? encodeShareToken(parsed.data, CLIENT_CATALOG) : null), [parsed])
  // This view loads lazily, after the step change moved focus: move it to the new heading now.
  useEffect(() => headingRef.current?.focus(), [headingRef])
  // The address bar carries the answers, so copying it shares these results (a reload reopens them).
  useEffect(() => {
    if (!token) return
    const url = new URL(window.location.href)
    url.searchParams.set('from', token)
    window.history.replaceState(window.history.state, '', url)
  }, [token])

  if (!parsed.success || !rec)
    return (
      <section>
        <h1 ref={headingRef} tabIndex={-1}>
          Some answers are missing
        </h1>
        <button type="button" className="button primary" onClick={() => actor.send({ type: 'step.goto', step: 'review' })}>
          Review answers
        </button>
      </section>
    )

  const answers = parsed.data
  const vendorCount = new Set(rec.stack.map((s) => s.vendor).filter(Boolean)).size
  return (
    <div className="stack-lg">
      <section aria-labelledby="results-heading">
        <h1 id="results-heading" ref={headingRef} tabIndex={-1}>
          Your recommended Day 2 stack
        </h1>
        <p className="lead">
          {rec.stack.length} slots, {vendorCount} vendor{vendorCount === 1 ? '' : 's'}. Vendor data of {rec.dataAsOf}
          <span className="muted small"> (version {rec.dataVersion})</span>.
        </p>
        <div className="actions" style={{ justifyContent: 'flex-start' }}>
          <button type="button" className="button" onClick={() => actor.send({ type: 'step.goto', step: 'review' })}>
            Edit answers
          </button>
          <StartOver actor={actor} />
        </div>
      </section>

      <StackSummary rec={rec} base={base} />

      <ul className="results-grid" aria-label="Recommended stack">
        {rec.stack.map((pick, i) => (
          <SlotCard key={pick.slot} pick={pick} result={rec.slots[i]!} />
        ))}
      </ul>

      {(rec.conflicts.length > 0 || rec.notes.length > 0) && (
        <section aria-labelledby="notes-heading" className="card">
          <h2 id="notes-heading">Worth knowing</h2>
          <ul>
            {rec.conflicts.map((c) => (
              <li key={c.tool}>
                {c.advice}
                {c.migration && (
                  <>
                    {' '}
                    <a href={c.migration.source} rel="noopener noreferrer">
                      Source
                    </a>
                  </>
                )}
              </li>
            ))}
            {rec.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      )}

      {rec.complements.length > 0 && (
        <section aria-labelledby="complements-heading">
          <h2 id="complements-heading">Use alongside</h2>
          <ul>
            {rec.complements.map((c) => (
              <li key={c.vendor}>
                <strong>{c.name}</strong> ({c.slots.join(', ')}): {c.note}
              </li>
            ))}
          </ul>
        </section>
      )}

      <ShareActions token={token!} />

      <WhatIf
        answers={answers}
        slots={slotsInScope(answers)}
        onChange={(weights) => actor.send({ type: 'weights.changed', weights })}
      />
    </div>
  )
}
