import { notFound } from 'next/navigation'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { buildCardModel } from '@/lib/share/card-model'
import { resolveShareToken } from '@/lib/share/resolve'
import { SummaryCard } from '../summary-card'

export const metadata = { robots: { index: false } }

/** The share card as an HTML page: the screenshot baseline the image benchmark compares against. */
export default async function CardPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const share = resolveShareToken(token, EMBEDDED_CATALOG)
  if (!share.ok) notFound()
  const model = buildCardModel(share.rec)
  return (
    <div id="card" style={{ width: 1200, height: 630 }}>
      <SummaryCard m={model} />
    </div>
  )
}
