import { ImageResponse } from 'next/og'
import { SummaryCard } from '@/app/r/[token]/summary-card'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { buildCardModel } from '@/lib/share/card-model'
import { Lru } from '@/lib/share/lru'
import { resolveShareToken } from '@/lib/share/resolve'
import { jsonResponse } from '../../json-response'

export const runtime = 'nodejs'

// Many tokens (different weights, tools) show the same card: cache the PNG by what it shows.
// About 60 KB per card, so 300 cards stay under 20 MB. OG_CACHE=0 turns it off (benchmarks).
const cache = new Lru<string, ArrayBuffer>(300)
const cacheOn = process.env.OG_CACHE !== '0'
const HEADERS = { 'content-type': 'image/png', 'cache-control': 'public, max-age=31536000, immutable' }

/** GET /api/og/<token>: the share card as a 1200x630 PNG; the token alone determines it. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params
  const share = resolveShareToken(token, EMBEDDED_CATALOG)
  if (!share.ok) return jsonResponse(400, { error: 'invalid-token', message: share.error })
  const model = buildCardModel(share.rec, EMBEDDED_CATALOG)
  const key = JSON.stringify(model)
  const hit = cacheOn ? cache.get(key) : undefined
  if (hit) return new Response(hit.slice(0), { headers: { ...HEADERS, 'x-card-cache': 'hit' } })
  const png = await new ImageResponse(<SummaryCard m={model} />, { width: 1200, height: 630 }).arrayBuffer()
  if (cacheOn) cache.set(key, png)
  return new Response(png.slice(0), { headers: { ...HEADERS, 'x-card-cache': 'miss' } })
}
