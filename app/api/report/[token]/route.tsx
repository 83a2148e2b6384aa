import { renderToBuffer } from '@react-pdf/renderer'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { buildReport, reportFileName } from '@/lib/report/build-report'
import { renderMarkdown } from '@/lib/report/render-markdown'
import { recommend } from '@/lib/recommend'
import { decodeShareToken } from '@/lib/share/codec'
import { ReportPdf } from './report-pdf'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

const FORMATS = ['pdf', 'md', 'json'] as const
type Format = (typeof FORMATS)[number]

/** GET /api/report/<token>?format=pdf|md|json: the recommendation report as a download. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params
  const format = new URL(request.url).searchParams.get('format') ?? 'pdf'
  if (!(FORMATS as readonly string[]).includes(format))
    return problem(400, 'invalid-format', `format must be one of ${FORMATS.join(', ')}`)
  const decoded = decodeShareToken(token)
  if (!decoded.ok) return problem(400, 'invalid-token', decoded.error)

  const rec = recommend(decoded.value.answers, EMBEDDED_CATALOG)
  const date = new Date().toISOString().slice(0, 10)
  const headers = (type: string) => ({
    'content-type': type,
    'content-disposition': `attachment; filename="${reportFileName(date, format as Format)}"`,
    'cache-control': 'no-store',
  })
  if (format === 'json')
    return new Response(`${JSON.stringify({ reportDate: date, ...rec }, null, 2)}\n`, { headers: headers('application/json; charset=utf-8') })
  const model = buildReport(rec, EMBEDDED_CATALOG, date)
  if (format === 'md') return new Response(renderMarkdown(model), { headers: headers('text/markdown; charset=utf-8') })
  const pdf = await renderToBuffer(<ReportPdf m={model} />)
  return new Response(new Uint8Array(pdf), { headers: headers('application/pdf') })
}

function problem(status: number, error: string, message: string): Response {
  return new Response(JSON.stringify({ error, message }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  })
}
