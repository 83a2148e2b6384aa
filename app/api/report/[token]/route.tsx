import { renderToBuffer } from '@react-pdf/renderer'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { buildReport, reportFileName } from '@/lib/report/build-report'
import { renderMarkdown } from '@/lib/report/render-markdown'
import { resolveShareToken } from '@/lib/share/resolve'
import { jsonResponse } from '../../json-response'
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
    return jsonResponse(400, { error: 'invalid-format', message: `format must be one of ${FORMATS.join(', ')}` })
  const share = resolveShareToken(token, EMBEDDED_CATALOG)
  if (!share.ok) return jsonResponse(400, { error: 'invalid-token', message: share.error })

  const rec = share.rec
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
