'use client'

import { useEffect, useState, type ReactNode } from 'react'
import type { InitialResults } from './engine'
import type { VendorOption, WizardApp as App } from './wizard-app'

export type { VendorOption }

/**
 * The wizard reads local storage before it can show anything, so the server renders only a
 * preview: the welcome step, or for a results address the stack itself; the state machine, forms
 * and schemas load once the page is interactive.
 */
export function Wizard({
  vendors,
  welcome,
  results,
  initial,
}: {
  vendors: VendorOption[]
  welcome: ReactNode
  results?: ReactNode
  initial?: InitialResults
}) {
  const [WizardApp, setApp] = useState<typeof App | null>(null)
  useEffect(() => {
    void import('./wizard-app').then((m) => setApp(() => m.WizardApp))
  }, [])
  if (WizardApp === null) return results ?? welcome
  return <WizardApp vendors={vendors} preview={results ?? welcome} results={results} initial={initial} />
}
