import type { Metadata } from 'next'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { SLOT_AREA } from '@/lib/catalog/slots'
import { forDisplay } from '@/lib/output/for-display'
import { encodeShareToken } from '@/lib/share/codec'
import { resolveShareToken } from '@/lib/share/resolve'
import { QUESTIONS } from '@/lib/answers/registry'
import { ResultsPreview } from './_components/results-preview'
import { WelcomePreview } from './_components/welcome-preview'
import { Wizard, type VendorOption } from './_components/wizard'

export const metadata: Metadata = { title: 'Wizard' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function WizardPage({ searchParams }: Props) {
  const params = await searchParams
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)
  const from = one(params.from)
  // a results address renders the stack on the server: readable before any script has run
  const share = from !== undefined && one(params.step) === 'results' ? resolveShareToken(from, EMBEDDED_CATALOG) : null
  // Passed as props (not imported by the client) so the vendor data stays out of the wizard's bundle.
  const vendors: VendorOption[] = EMBEDDED_CATALOG.vendors.map((v) => ({
    id: v.id,
    name: v.name,
    area: SLOT_AREA[v.slots[0]!.slot],
  }))
  return (
    <Wizard
      vendors={vendors}
      welcome={<WelcomePreview pages={QUESTIONS.length} />}
      results={share?.ok ? <ResultsPreview rec={share.rec} /> : undefined}
      initial={
        share?.ok && from
          ? { token: from, shareToken: encodeShareToken(share.token.answers, EMBEDDED_CATALOG), answers: share.token.answers, rec: forDisplay(share.rec) }
          : undefined
      }
    />
  )
}
