import { renderPdf } from '@/app/_server/render/render-service'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { QueueFullError } from '@/lib/concurrency/limiter'
import { baseUrlFor } from '@/lib/http/base-url'
import { buildReport, REPORT_FORMATS, reportFileName, type ReportFormat } from '@/lib/report/build-report'
import { buildRadar } from '@/lib/report/radar'
import { rankingsCsv } from '@/lib/report/rankings-csv'
import { renderMarkdown } from '@/lib/report/render-markdown'
import { resolveShareToken } from '@/lib/share/resolve'
import { jsonResponse } from '../../json-response'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/**
 * GET /api/report/<token>?format=pdf|md|json|radar|csv: the recommendation report as a download,
 * or one of its exports (Backstage tech-radar JSON, the rankings as CSV).
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params
  const format = new URL(request.url).searchParams.get('format') ?? 'pdf'
  if (!(REPORT_FORMATS as readonly string[]).includes(format))
    return jsonResponse(400, { error: 'invalid-format', message: `format must be one of ${REPORT_FORMATS.join(', ')}` })
  const share = resolveShareToken(token, EMBEDDED_CATALOG)
  if (!share.ok) return jsonResponse(400, { error: 'invalid-token', message: share.error })

  const rec = share.rec
  const date = new Date().toISOString().slice(0, 10)
  const headers = (type: string) => ({
    'content-type': type,
    'content-disposition': `attachment; filename="${reportFileName(date, format as ReportFormat)}"`,
    'cache-control': 'no-store',
  })
  if (format === 'json')
    return new Response(`${JSON.stringify({ reportDate: date, ...rec }, null, 2)}\n`, { headers: headers('application/json; charset=utf-8') })
  if (format === 'csv') return new Response(rankingsCsv(rec), { headers: headers('text/csv; charset=utf-8') })
  const baseUrl = baseUrlFor({ publicBaseUrl: process.env.PUBLIC_BASE_URL, trustProxy: process.env.TRUST_PROXY }, (n) => request.headers.get(n))
  if (format === 'radar')
    return new Response(`${JSON.stringify(buildRadar(rec, baseUrl), null, 2)}\n`, { headers: headers('application/json; charset=utf-8') })
  const model = buildReport(rec, EMBEDDED_CATALOG, date, { baseUrl, token })
  if (format === 'md') return new Response(renderMarkdown(model), { headers: headers('text/markdown; charset=utf-8') })
  try {
    // the PDF's links carry the base URL: a cached PDF is only reused for the same one
    const pdf = await renderPdf(`${token}|${rec.dataVersion}|${date}|${baseUrl}`, model)
    return new Response(pdf.slice(), { headers: headers('application/pdf') })
  } catch (e) {
    return pdfFailure(request, token, e)
  }
}

/**
 * A PDF that cannot be made is never an empty download: a browser gets a page that offers the
 * Markdown report, a script gets JSON with the same link; a full queue says when to come back.
 */
function pdfFailure(request: Request, token: string, e: unknown): Response {
  const busy = e instanceof QueueFullError
  const status = busy ? 503 : 500
  const markdown = `/api/report/${token}?format=md`
  const message = busy
    ? 'Many reports are being generated right now; try the PDF again in a few seconds.'
    : 'The PDF report could not be generated.'
  if (!busy) console.error(`PDF report failed: ${e instanceof Error ? e.message : String(e)}`)
  const extra: Record<string, string> = busy ? { 'retry-after': String(e.retryAfterSeconds) } : {}
  if ((request.headers.get('accept') ?? '').includes('text/html')) {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report not available</title></head><body><h1>Report not available</h1><p>${message}</p><p><a href="${markdown}">Download the Markdown report instead</a></p></body></html>`
    return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...extra } })
  }
  return jsonResponse(status, { error: busy ? 'busy' : 'render-failed', message, alternatives: { markdown } }, extra)
}
