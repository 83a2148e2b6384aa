import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { handleRecommendBody, MAX_BODY_BYTES } from '@/lib/http/recommend-request'
import { jsonResponse } from '../json-response'

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

/** Reads at most `limit` bytes; a longer body is cut there and then rejected as too large. */
async function readLimited(request: Request, limit: number): Promise<string | null> {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      size += value.byteLength
      if (size >= limit) {
        await reader.cancel()
        break
      }
    }
  } catch {
    return null
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const c of chunks) {
    bytes.set(c, offset)
    offset += c.byteLength
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes)
}
