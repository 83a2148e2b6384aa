'use client'

import { useEffect, useState, type ReactNode } from 'react'
import type { VendorOption, WizardApp as App } from './wizard-app'
import { WizardLoading } from './wizard-loading'

export type { VendorOption }

/**
 * The wizard reads local storage before it can show anything, so the server renders only a
 * loading line, or for a results address the stack itself (`preview`); the state machine, forms
 * and schemas load once the page is interactive.
 */
export function Wizard({ vendors, preview }: { vendors: VendorOption[]; preview?: ReactNode }) {
  const [WizardApp, setApp] = useState<typeof App | null>(null)
  useEffect(() => {
    void import('./wizard-app').then((m) => setApp(() => m.WizardApp))
  }, [])
  if (WizardApp === null) return preview ?? <WizardLoading />
  return <WizardApp vendors={vendors} preview={preview} />
}
