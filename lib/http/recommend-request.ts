import { withCosts } from '../cost/attach'
import type { Catalog } from '../catalog/catalog'
import type { DataIssue } from '../catalog/issues'
import { parseAnswers, recommend, type Recommendation } from '../recommend'
import { shareLinkOf, type ShareLink } from '../share/link'

/** Largest request body the API reads; a full answer set with every weight is under 1 KB. */
export const MAX_BODY_BYTES = 16 * 1024

export type RecommendResponse =
  | { status: 200; body: Recommendation & { share: ShareLink } }
  | { status: 400 | 413 | 415; body: { error: string; message: string; issues?: DataIssue[] } }

/**
 * The API's behaviour without the framework: body text in, status and JSON body out. Every
 * malformed request maps to a 4xx with the offending field named; nothing here throws.
 */
export function handleRecommendBody(text: string, contentType: string | null, catalog: Catalog, publicBaseUrl?: string): RecommendResponse {
  if (contentType !== null && !/^application\/(.+\+)?json\b/i.test(contentType) && !/^text\/plain\b/i.test(contentType))
    return { status: 415, body: { error: 'unsupported-media-type', message: 'Send the answers as application/json' } }
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES)
    return { status: 413, body: { error: 'body-too-large', message: `The body must be at most ${MAX_BODY_BYTES} bytes` } }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    return { status: 400, body: { error: 'invalid-json', message: `The body is not valid JSON: ${(e as Error).message}` } }
  }
  const parsed = parseAnswers(raw, catalog)
  if (!parsed.ok)
    return {
      status: 400,
      body: {
        error: 'invalid-answers',
        message: parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '),
        issues: parsed.issues,
      },
    }
  const rec = withCosts(recommend(parsed.answers, catalog), catalog)
  return { status: 200, body: { ...rec, share: shareLinkOf(rec, catalog, publicBaseUrl) } }
}
