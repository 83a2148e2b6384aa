import type { Metadata } from 'next'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { SLOT_AREA } from '@/lib/catalog/slots'
import { Wizard, type VendorOption } from './_components/wizard'

export const metadata: Metadata = { title: 'Wizard' }

export default function WizardPage() {
  // Passed as props (not imported by the client) so the vendor data stays out of the wizard's bundle.
  const vendors: VendorOption[] = EMBEDDED_CATALOG.vendors.map((v) => ({
    id: v.id,
    name: v.name,
    area: SLOT_AREA[v.slots[0]!.slot],
  }))
  return <Wizard vendors={vendors} />
}
