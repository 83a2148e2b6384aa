'use client'

import { useSelector } from '@xstate/react'
import { useDeferredValue, useEffect, useMemo, useState, type RefObject } from 'react'
import type { Actor } from 'xstate'
import { AnswersSchema } from '@/lib/answers/schema'
import { slotsInScope } from '@/lib/answers/scope'
import { SLOT_LABEL } from '@/lib/catalog/slots'
import type { Recommendation } from '@/lib/recommend'
import type { wizardMachine } from '@/lib/wizard/machine'
import { loadEngine, sameAnswers, type Engine, type InitialResults } from './engine'
import { SaveScenario } from './save-scenario'
import { ShareActions } from './share-actions'
import { StackSummary } from './stack-summary'
import { StartOver } from './start-over'
import { VendorCard, type PickInSlot } from './vendor-card'
import { WhatIf } from './what-if'

/**
 * The recommended stack, recomputed in the browser on every what-if change. For a results address
 * the server's computation is shown as it is, and the engine with the vendor data loads only when
 * the user starts changing something.
 */
export function Results({
  actor,
  headingRef,
  initial,
}: {
  actor: Actor<typeof wizardMachine>
  headingRef: RefObject<HTMLHeadingElement | null>
  initial?: InitialResults
}) {
  const draft = useSelector(actor, (s) => s.context.answers)
  const canUndo = useSelector(actor, (s) => s.context.beforeWhatIf !== undefined)
  const deferred = useDeferredValue(draft)
  const served = initial !== undefined && sameAnswers(deferred, initial.answers)
  // the server's answers were checked there: only answers changed here need checking again
  const parsed = useMemo(
    () => (served ? ({ success: true, data: initial.answers } as const) : AnswersSchema.safeParse(deferred)),
    [deferred, served, initial],
  )
  // the answers the user arrived with: what-if changes are measured from them and can return to them
  const [baseline] = useState(() => draft)
  const moved = !sameAnswers(deferred, baseline)
  const [engine, setEngine] = useState<Engine | null>(null)
  const [engineFailed, setEngineFailed] = useState(false)
  const wantEngine = () =>
    void loadEngine().then(
      (e) => {
        setEngineFailed(false)
        setEngine(e)
      },
      () => setEngineFailed(true),
    )
  useEffect(() => {
    if (!served) wantEngine()
  }, [served])
  const computed = useMemo(() => (parsed.success && engine && !served ? engine.recommend(parsed.data, engine.catalog) : null), [parsed, engine, served])
  // while the engine loads after a first change, the last stack stays on screen
  const [last, setLast] = useState<Recommendation | null>(null)
  const rec = served ? initial.rec : (computed ?? last)
  useEffect(() => setLast(rec), [rec])
  const base = useMemo(() => {
    if (!moved) return null
    if (initial && sameAnswers(baseline, initial.answers)) return initial.rec
    const b = AnswersSchema.safeParse(baseline)
    return b.success && engine ? engine.recommend(b.data, engine.catalog) : null
  }, [moved, baseline, initial, engine])
  const [applied, setApplied] = useState<string | null>(null)
  const token = useMemo(
    () => (served ? initial.shareToken : parsed.success && engine ? engine.encode(parsed.data, engine.catalog) : null),
    [served, initial, parsed, engine],
  )
  // This view loads lazily, after the step change moved focus: move it to the new heading once shown.
  const shown = rec !== null
  useEffect(() => {
    if (shown) headingRef.current?.focus()
  }, [headingRef, shown])
  // The address bar carries the answers, so copying it shares these results (a reload reopens them).
  useEffect(() => {
    if (!token) return
    const url = new URL(window.location.href)
    url.searchParams.set('from', token)
    window.history.replaceState(window.history.state, '', url)
  }, [token])

  if (parsed.success && !rec) return <p className="muted">Computing your stack…</p>
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
          {engineFailed && (
            <p role="alert" className="error">
              The part of the page that re-ranks could not be loaded, so the stack shown is from before your last change.
              Check your connection and change a setting again to retry.
            </p>
          )}
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

          {token && <ShareActions token={token} />}
          {token && <SaveScenario token={token} dataVersion={rec.dataVersion} />}
          <p className="small muted">Data version {rec.dataVersion}</p>
        </div>

        <WhatIf
          onFirstUse={wantEngine}
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
          onTune={(patch) => {
            // the undo now takes back this change, not the last closest call
            setApplied(null)
            actor.send({ type: 'whatif.applied', patch })
          }}
          onReset={
            moved
              ? () => {
                  setApplied(null)
                  actor.send({ type: 'whatif.applied', patch: { ...baseline, weights: baseline.weights ?? {} } })
                }
              : null
          }
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
