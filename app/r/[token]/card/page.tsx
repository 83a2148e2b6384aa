import { notFound } from 'next/navigation'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { recommend } from '@/lib/recommend'
import { buildCardModel } from '@/lib/share/card-model'
import { decodeShareToken } from '@/lib/share/codec'
import { SummaryCard } from '../summary-card'

export const metadata = { robots: { index: false } }

/** The share card as an HTML page: the screenshot baseline the image benchmark compares against. */
export default async function CardPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const decoded = decodeShareToken(token)
  if (!decoded.ok) notFound()
  const model = buildCardModel(recommend(decoded.value.answers, EMBEDDED_CATALOG), EMBEDDED_CATALOG)
  return (
    <div id="card" style={{ width: 1200, height: 630 }}>
      <SummaryCard m={model} />
    </div>
  )
}
