'use client'

import { useSelector } from '@xstate/react'
import { useDeferredValue, useEffect, useMemo, useState, type RefObject } from 'react'
import type { Actor } from 'xstate'
import { AnswersSchema } from '@/lib/answers/schema'
import { CLIENT_CATALOG } from '@/lib/catalog/embedded-client'
import { SLOT_LABEL } from '@/lib/catalog/slots'
import { recommend, slotsInScope, type Recommendation } from '@/lib/recommend'
import type { wizardMachine } from '@/lib/wizard/machine'
import { encodeShareToken } from '@/lib/share/codec'
import { ShareActions } from './share-actions'
import { StackSummary } from './stack-summary'
import { StartOver } from './start-over'
import { VendorCard, type PickInSlot } from './vendor-card'
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
  const canUndo = useSelector(actor, (s) => s.context.beforeWhatIf !== undefined)
  const deferred = useDeferredValue(draft)
  const parsed = useMemo(() => AnswersSchema.safeParse(deferred), [deferred])
  const rec = useMemo(() => (parsed.success ? recommend(parsed.data, CLIENT_CATALOG) : null), [parsed])
  // the answers the user arrived with: what-if changes are measured from them and can return to them
  const [baseline] = useState(() => draft)
  const moved = JSON.stringify(deferred) !== JSON.stringify(baseline)
  const base = useMemo(() => {
    if (!moved) return null
    const b = AnswersSchema.safeParse(baseline)
    return b.success ? recommend(b.data, CLIENT_CATALOG) : null
  }, [moved, baseline])
  const [applied, setApplied] = useState<string | null>(null)
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
          {rec.stack.length} slots, {vendorCount} vendor{vendorCount === 1 ? '' : 's'}. Vendor facts checked {rec.dataAsOf}.
        </p>
        <div className="actions" style={{ justifyContent: 'flex-start' }}>
          <button type="button" className="button" onClick={() => actor.send({ type: 'step.goto', step: 'review' })}>
            Edit answers
          </button>
          <StartOver actor={actor} />
        </div>
      </section>

      <div className="results-layout">
        <div className="stack-lg results-main">
          <StackSummary rec={rec} base={base} />

          <ul className="vendor-cards" aria-label="Recommended stack">
            {byVendor(rec, base).map((picks) => (
              <VendorCard key={picks[0]!.pick.vendor ?? picks[0]!.pick.slot} picks={picks} />
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
                    <strong>{c.name}</strong> ({c.slots.map((x) => SLOT_LABEL[x]).join(', ')}): {c.note}
                  </li>
                ))}
              </ul>
            </section>
          )}

          <ShareActions token={token!} />
          <p className="small muted">Data version {rec.dataVersion}</p>
        </div>

        <WhatIf
          answers={answers}
          slots={slotsInScope(answers)}
          rec={rec}
          applied={canUndo ? applied : null}
          changed={base ? rec.stack.filter((p, i) => base.stack[i]?.vendor !== p.vendor).length : 0}
          onWeights={(weights) => actor.send({ type: 'weights.changed', weights })}
          onApply={(patch, summary) => {
            setApplied(summary)
            actor.send({ type: 'whatif.applied', patch })
          }}
          onUndo={() => actor.send({ type: 'whatif.undone' })}
          onReset={moved ? () => actor.send({ type: 'whatif.applied', patch: { ...baseline, weights: baseline.weights ?? {} } }) : null}
        />
      </div>
    </div>
  )
}

/** The stack grouped by vendor, in stack order: one card per vendor, with what each slot's pick was before a what-if. */
function byVendor(rec: Recommendation, base: Recommendation | null): PickInSlot[][] {
  const groups = new Map<string, PickInSlot[]>()
  rec.stack.forEach((pick, i) => {
    const before = base?.stack[i]
    const was = before && before.vendor !== pick.vendor ? (before.name ?? 'no pick') : undefined
    const key = pick.vendor ?? `none-${pick.slot}`
    groups.set(key, [...(groups.get(key) ?? []), { pick, result: rec.slots[i]!, ...(was !== undefined ? { was } : {}) }])
  })
  return [...groups.values()]
}
