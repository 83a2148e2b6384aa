import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { handleRecommendBody, MAX_BODY_BYTES } from '@/lib/http/recommend-request'
import { jsonResponse } from '../json-response'
import { readLimited } from '../read-limited'

export const dynamic = 'force-dynamic'

export async function POST(request: Request): Promise<Response> {
  const declared = Number(request.headers.get('content-length') ?? '0')
  // Refuse oversized bodies before reading them, so a large upload cannot tie up memory.
  if (declared > MAX_BODY_BYTES) return jsonResponse(413, { error: 'body-too-large', message: `The body must be at most ${MAX_BODY_BYTES} bytes` })
  const text = await readLimited(request, MAX_BODY_BYTES + 1)
  if (text === null) return jsonResponse(400, { error: 'unreadable-body', message: 'The request body could not be read' })
  const result = handleRecommendBody(text, request.headers.get('content-type'), EMBEDDED_CATALOG, process.env.PUBLIC_BASE_URL)
  return jsonResponse(result.status, result.body)
}
