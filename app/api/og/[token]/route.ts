import { renderCard } from '@/app/_server/render/render-service'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { ClientBudget } from '@/lib/concurrency/client-budget'
import { QueueFullError } from '@/lib/concurrency/limiter'
import { buildCardModel, type CardModel } from '@/lib/share/card-model'
import { dataChangedSince } from '@/lib/share/link-status'
import { Lru } from '@/lib/share/lru'
import { resolveShareToken } from '@/lib/share/resolve'
import { jsonResponse } from '../../json-response'

export const runtime = 'nodejs'

// Whether a response came from the cache tells others what was rendered lately: only the
// benchmark asks for it.
const reportCacheStatus = process.env.OG_CACHE_STATUS === '1'

// Tokens seen lately, with their card: a repeat (a chat app re-fetching a preview) skips decoding
// and recommending. Small entries; 2,000 of them take well under 2 MB.
const seen = new Lru<string, { model: CardModel; key: string; stale: boolean }>(2000)

// A client asking for ever-new tokens costs a decode, a recommendation and often a render each:
// a burst of 20, then 5 a second per client. Legitimate previews fetch each image once.
const budget = new ClientBudget({
  burst: Number(process.env.OG_CLIENT_BURST ?? 20),
  perSecond: Number(process.env.OG_CLIENT_PER_SECOND ?? 5),
  maxClients: 10_000,
})

/** GET /api/og/<token>: the share card as a 1200x630 PNG; the token alone determines it. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params
  let card = seen.get(token)
  if (!card) {
    const spend = budget.spend(request.headers.get('x-day2-client') ?? 'local', Date.now())
    if (!spend.ok)
      return jsonResponse(429, { error: 'too-many-requests', message: 'Too many new share images from this client; try again shortly' }, { 'retry-after': String(spend.retryAfterSeconds) })
    const share = resolveShareToken(token, EMBEDDED_CATALOG)
    if (!share.ok) return jsonResponse(400, { error: 'invalid-token', message: share.error })
    const model = buildCardModel(share.rec)
    // A link made with older data shows a card recomputed with today's data, which may change
    // again: it is cached briefly. A current link's image is immutable for its data version.
    card = { model, key: JSON.stringify(model), stale: dataChangedSince(share.token.dataFingerprint, EMBEDDED_CATALOG) }
    seen.set(token, card)
  }
  try {
    const { bytes, cached } = await renderCard(card.key, card.model)
    return new Response(bytes.slice(), {
      headers: {
        'content-type': 'image/png',
        'cache-control': card.stale ? 'public, max-age=300' : 'public, max-age=31536000, immutable',
        // chat apps and social sites fetch previews from their own origins
        'cross-origin-resource-policy': 'cross-origin',
        ...(reportCacheStatus ? { 'x-card-cache': cached ? 'hit' : 'miss' } : {}),
      },
    })
  } catch (e) {
    if (e instanceof QueueFullError) return jsonResponse(503, { error: 'busy', message: e.message }, { 'retry-after': String(e.retryAfterSeconds) })
    throw e
  }
}
