'use client'

import { useState } from 'react'
import type { Actor } from 'xstate'
import type { wizardMachine } from '@/lib/wizard/machine'

/** "Start over" asks first: clearing every answer is one click away from the results otherwise. */
export function StartOver({ actor }: { actor: Actor<typeof wizardMachine> }) {
  const [asking, setAsking] = useState(false)
  if (!asking)
    return (
      <button type="button" className="button" onClick={() => setAsking(true)}>
        Start over
      </button>
    )
  return (
    <span role="group" aria-label="Confirm start over" className="confirm">
      <span>Clear every answer? You can undo it on the next screen.</span>{' '}
      <button type="button" className="button" onClick={() => actor.send({ type: 'wizard.restart' })}>
        Clear my answers
      </button>{' '}
      <button type="button" className="button" autoFocus onClick={() => setAsking(false)}>
        Keep them
      </button>
    </span>
  )
}
