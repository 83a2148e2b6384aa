'use client'

import { useEffect, useState } from 'react'
import type { AnswerChange, SlotDifference, SlotSide } from '@/lib/scenarios/compare'
import type { Scenario } from '@/lib/scenarios/store'
import { loadComparer, type Comparison } from './comparer'
import styles from './scenarios.module.css'

const pickText = (s: SlotSide) => (!s.inScope ? 'Not in scope' : (s.name ?? 'No pick'))
const changeText = (c: AnswerChange) => `${c.label}: ${c.from} → ${c.to}`

/** Which picks differ between two scenarios, and which answers made each difference. */
export function ScenarioComparison({ a, b }: { a: Scenario; b: Scenario }) {
  const [comparison, setComparison] = useState<Comparison | null>(null)
  useEffect(() => {
    let live = true
    setComparison(null)
    loadComparer()
      .then((c) => live && setComparison(c.compare(a, b)))
      .catch(() => live && setComparison({ ok: false, message: 'The comparison could not be loaded. Check your connection and reload the page.' }))
    return () => {
      live = false
    }
  }, [a, b])

  if (comparison === null)
    return (
      <p role="status" className="muted">
        Comparing…
      </p>
    )
  if (!comparison.ok)
    return (
      <p role="alert" className="error">
        {comparison.message}
      </p>
    )
  const { result, dataVersion } = comparison
  const count = result.slots.length
  const older = [a, b].filter((s) => s.dataVersion !== dataVersion)
  return (
    <div className={styles.comparison}>
      <p role="status">
        {count === 0 ? 'Both scenarios give the same stack.' : `${count} pick${count === 1 ? '' : 's'} differ${count === 1 ? 's' : ''}.`}
      </p>
      {older.length > 0 && (
        <p className="small muted">
          {older.map((s) => `“${s.name}”`).join(' and ')} {older.length === 1 ? 'was' : 'were'} saved with older vendor data; both are
          compared with today&apos;s data, as their share links show them.
        </p>
      )}
      {count > 0 && (
        <div className="table-wrap" role="region" aria-labelledby="differences-caption" tabIndex={0}>
          <table className={styles.table}>
            <caption id="differences-caption" className={styles.caption}>
              Picks that differ
            </caption>
            <thead>
              <tr>
                <th scope="col">Slot</th>
                <th scope="col">{a.name}</th>
                <th scope="col">{b.name}</th>
                <th scope="col">Because</th>
              </tr>
            </thead>
            <tbody>
              {result.slots.map((d) => (
                <tr key={d.slot}>
                  <th scope="row">{d.label}</th>
                  <td>{pickText(d.a)}</td>
                  <td>{pickText(d.b)}</td>
                  <td>
                    <Because d={d} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>Answers that differ</h3>
      {result.changes.length === 0 ? (
        <p>None: both scenarios hold the same answers.</p>
      ) : (
        <ul>
          {result.changes.map((c) => (
            <li key={c.key}>
              <strong>{c.label}</strong>: {c.from} → {c.to}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function Because({ d }: { d: SlotDifference }) {
  if (d.because.length === 0) return <>—</>
  if (d.because.length === 1 && !d.together) return <>{changeText(d.because[0]!)}</>
  return (
    <>
      {d.together ? 'These changes together:' : 'Any one of:'}
      <ul className={styles.causes}>
        {d.because.map((c) => (
          <li key={c.key}>{changeText(c)}</li>
        ))}
      </ul>
    </>
  )
}
