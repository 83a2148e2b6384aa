'use client'

import { lazy, Suspense, useRef, useState } from 'react'
import type { RankingRow } from '@/lib/recommend'
// the facts come with the whole vendor data set: loaded when a comparison is first opened
const CompareTable = lazy(() => import('./compare-table').then((m) => ({ default: m.CompareTable })))

const MAX_COMPARE = 4

/**
 * Compare 2-4 vendors of a slot in a full-width dialog: inside a card the table showed a column
 * and a half. The table renders only while the dialog is open.
 */
export function CompareDialog({ ranking, slotLabel }: { ranking: RankingRow[]; slotLabel: string }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  const [chosen, setChosen] = useState<string[]>(() => ranking.filter((r) => r.eligible).slice(0, 2).map((r) => r.vendor))
  const toggle = (id: string, on: boolean) =>
    setChosen((c) => (on ? (c.length < MAX_COMPARE ? [...c, id] : c) : c.filter((x) => x !== id)))
  const titleId = `compare-${slotLabel.replace(/\W+/g, '-').toLowerCase()}`
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          setOpen(true)
          dialog.current?.showModal()
        }}
      >
        Compare {slotLabel} vendors
      </button>
      <dialog ref={dialog} className="compare-dialog" aria-labelledby={titleId} onClose={() => setOpen(false)}>
        <div className="dialog-head">
          <h2 id={titleId}>Compare {slotLabel} vendors</h2>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        {open && (
          <>
            <fieldset className="compare-choices">
              <legend>Choose 2 to 4 vendors</legend>
              {ranking.map((r) => (
                <label key={r.vendor} className="option">
                  <input
                    type="checkbox"
                    checked={chosen.includes(r.vendor)}
                    disabled={!chosen.includes(r.vendor) && chosen.length >= MAX_COMPARE}
                    onChange={(e) => toggle(r.vendor, e.target.checked)}
                  />
                  <span>
                    {r.name} {r.eligible ? `(${r.score})` : '(excluded)'}
                  </span>
                </label>
              ))}
            </fieldset>
            {chosen.length >= 2 ? (
              <Suspense fallback={<p className="small muted">Loading the facts…</p>}>
                <CompareTable ids={chosen} slotLabel={slotLabel} />
              </Suspense>
            ) : (
              <p className="small muted">Select at least two vendors.</p>
            )}
          </>
        )}
      </dialog>
    </>
  )
}
