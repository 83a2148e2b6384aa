'use client'

import { useEffect, useRef, useState } from 'react'
import type { Scenario } from '@/lib/scenarios/store'
import { ScenarioComparison } from './scenario-comparison'
import { ScenarioList } from './scenario-list'
import { readScenarios, writeScenarios } from './scenario-storage'
import styles from './scenarios.module.css'

type Removed = { scenario: Scenario; index: number }

/** The saved scenarios, read from this browser once mounted, and the comparison of two of them. */
export function ScenariosApp() {
  const [scenarios, setScenarios] = useState<Scenario[] | null>(null)
  const [removed, setRemoved] = useState<Removed | null>(null)
  const [storeError, setStoreError] = useState(false)
  const [aId, setAId] = useState('')
  const [bId, setBId] = useState('')
  const undoRef = useRef<HTMLButtonElement>(null)
  useEffect(() => setScenarios(readScenarios()), [])
  // the deleted item's button is gone: focus goes to Undo, so the keyboard keeps its place
  useEffect(() => {
    if (removed) undoRef.current?.focus()
  }, [removed])

  if (scenarios === null) return <p className="muted">Loading your scenarios…</p>

  const update = (next: Scenario[]) => {
    setStoreError(!writeScenarios(next))
    setScenarios(next)
  }
  const remove = (id: string) => {
    const index = scenarios.findIndex((s) => s.id === id)
    if (index < 0) return
    setRemoved({ scenario: scenarios[index]!, index })
    update(scenarios.filter((s) => s.id !== id))
  }
  const undo = () => {
    if (!removed) return
    update([...scenarios.slice(0, removed.index), removed.scenario, ...scenarios.slice(removed.index)])
    setRemoved(null)
  }

  // a choice that no longer exists (deleted) falls back to the first two scenarios
  const a = scenarios.find((s) => s.id === aId) ?? scenarios[0]
  const b = scenarios.find((s) => s.id === bId && s.id !== a?.id) ?? scenarios.find((s) => s.id !== a?.id)

  return (
    <>
      <section aria-labelledby="saved-heading">
        <h2 id="saved-heading">Saved scenarios</h2>
        {storeError && (
          <p role="alert" className="error">
            This browser refuses to keep data for this site: the change holds until you leave the page.
          </p>
        )}
        <div role="status" className={styles.undo}>
          {removed && (
            <>
              Deleted “{removed.scenario.name}”.{' '}
              <button ref={undoRef} type="button" className="button" onClick={undo}>
                Undo
              </button>
            </>
          )}
        </div>
        {scenarios.length === 0 ? (
          <p>
            No scenarios yet. <a href="/wizard">Complete the wizard</a>, then use “Save as scenario” on your results.
          </p>
        ) : (
          <ScenarioList scenarios={scenarios} onDelete={remove} />
        )}
      </section>

      <section aria-labelledby="compare-heading">
        <h2 id="compare-heading">Compare two scenarios</h2>
        {!a || !b ? (
          <p>Save at least two scenarios to compare them.</p>
        ) : (
          <>
            <div className="filters">
              <div className={styles.field}>
                <label htmlFor="compare-a">Compare</label>
                <select id="compare-a" value={a.id} onChange={(e) => setAId(e.target.value)}>
                  {scenarios.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className={styles.field}>
                <label htmlFor="compare-b">with</label>
                <select id="compare-b" value={b.id} onChange={(e) => setBId(e.target.value)}>
                  {scenarios
                    .filter((s) => s.id !== a.id)
                    .map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                </select>
              </div>
            </div>
            <ScenarioComparison a={a} b={b} />
          </>
        )}
      </section>
    </>
  )
}
