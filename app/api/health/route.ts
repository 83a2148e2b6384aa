import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'

export const dynamic = 'force-dynamic'

const started = Date.now()

/** Liveness and readiness: the process answers and its data set loaded (it is validated at import). */
export function GET(): Response {
  return Response.json(
    { status: 'ok', dataVersion: EMBEDDED_CATALOG.version, vendors: EMBEDDED_CATALOG.vendors.length, uptimeSeconds: Math.round((Date.now() - started) / 1000) },
    { headers: { 'cache-control': 'no-store' } },
  )
}
