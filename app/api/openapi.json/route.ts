import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { openApiDocument } from '@/lib/output/openapi'

export const dynamic = 'force-static'

/** GET /api/openapi.json: the API's OpenAPI 3.1 document, generated from the zod schemas. */
export function GET(): Response {
  return Response.json(openApiDocument(EMBEDDED_CATALOG.version), { headers: { 'cache-control': 'public, max-age=3600' } })
}
