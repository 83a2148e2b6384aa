'use client'

import dynamic from 'next/dynamic'
import type { VendorOption } from './wizard-app'
import { WizardLoading } from './wizard-loading'

export type { VendorOption }

// The wizard reads local storage before it can show anything, so the server renders only the
// loading line; the state machine, the forms and the schemas load after the page is interactive.
const WizardApp = dynamic(() => import('./wizard-app').then((m) => m.WizardApp), { ssr: false, loading: WizardLoading })

export function Wizard({ vendors }: { vendors: VendorOption[] }) {
  return <WizardApp vendors={vendors} />
}
