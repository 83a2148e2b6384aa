'use client'

import { useEffect, useId, useState, type FormEvent } from 'react'
import { MAX_NAME_LENGTH, addScenario } from '@/lib/scenarios/store'
import { newScenarioId, readScenarios, writeScenarios } from '@/app/scenarios/_components/scenario-storage'

type Status = { kind: 'idle' } | { kind: 'saved'; name: string } | { kind: 'error'; message: string }

/** Saves the current answers, as their share token, under a name in this browser. */
export function SaveScenario({ token, dataVersion }: { token: string; dataVersion: string }) {
  const [name, setName] = useState('')
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const errorId = useId()
  // a saved confirmation speaks of the answers it saved: a what-if change makes it stale
  useEffect(() => setStatus({ kind: 'idle' }), [token])

  const save = (e: FormEvent) => {
    e.preventDefault()
    const result = addScenario(readScenarios(), { id: newScenarioId(), name, token, dataVersion, now: new Date() })
    if (!result.ok) return setStatus({ kind: 'error', message: result.error })
    if (!writeScenarios(result.scenarios)) return setStatus({ kind: 'error', message: 'This browser refuses to keep data for this site, so the scenario was not saved.' })
    setStatus({ kind: 'saved', name: result.scenario.name })
    setName('')
  }

  const error = status.kind === 'error'
  return (
    <section aria-labelledby="save-scenario-heading" className="card">
      <h2 id="save-scenario-heading">Save as a scenario</h2>
      <p className="small muted">
        Kept in this browser only, with its share link. Save a few variants, then compare them on the <a href="/scenarios">Scenarios</a> page.
      </p>
      <form className="filters" onSubmit={save} noValidate>
        <label style={{ flex: '1 1 14rem' }}>
          Scenario name
          <input
            type="text"
            value={name}
            maxLength={MAX_NAME_LENGTH}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error || undefined}
            aria-describedby={error ? errorId : undefined}
            style={{ width: '100%' }}
          />
        </label>
        <button type="submit" className="button">
          Save as scenario
        </button>
      </form>
      <p role="status" className="small" id={errorId}>
        {status.kind === 'error' && <span className="error">{status.message}</span>}
        {status.kind === 'saved' && (
          <>
            Saved “{status.name}”. <a href="/scenarios">Compare your scenarios</a>
          </>
        )}
      </p>
    </section>
  )
}
