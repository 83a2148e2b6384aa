import { describe, expect, it, vi } from 'vitest'
import { AnswersSchema } from '@/lib/answers/schema'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { QueueFullError } from '@/lib/concurrency/limiter'
import { encodeShareToken } from '@/lib/share/codec'

// The renderer is replaced so each failure mode can be produced on demand.
const renderPdf = vi.fn<(key: string, model: unknown) => Promise<Uint8Array>>()
vi.mock('@/app/_server/render/render-service', () => ({ renderPdf: (k: string, m: unknown) => renderPdf(k, m) }))
const { GET } = await import('@/app/api/report/[token]/route')

const token = encodeShareToken(AnswersSchema.parse({ scope: ['service-mesh'], openSource: 'preferred', hosting: 'either', sidecars: 'fine', costSensitivity: 'low', consolidation: 'balanced' }), EMBEDDED_CATALOG)
const get = (accept?: string) =>
  GET(new Request(`http://localhost/api/report/${token}?format=pdf`, { headers: accept ? { accept } : {} }), { params: Promise.resolve({ token }) })

describe('a PDF that cannot be made', () => {
  it('is a JSON error naming the Markdown report, never an empty download', async () => {
    renderPdf.mockRejectedValueOnce(new Error('layout exploded'))
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const res = await get()
    expect(res.status).toBe(500)
    expect(res.headers.get('content-disposition')).toBeNull()
    expect(await res.json()).toEqual({ error: 'render-failed', message: 'The PDF report could not be generated.', alternatives: { markdown: `/api/report/${token}?format=md` } })
  })

  it('is a page with a Markdown link for a browser', async () => {
    renderPdf.mockRejectedValueOnce(new Error('layout exploded'))
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const res = await get('text/html,application/xhtml+xml')
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(await res.text()).toContain(`<a href="/api/report/${token}?format=md">Download the Markdown report instead</a>`)
  })

  it('says when to come back when the render queue is full', async () => {
    renderPdf.mockRejectedValueOnce(new QueueFullError(5))
    const res = await get()
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('5')
    expect((await res.json()).error).toBe('busy')
  })

  it('is passed the token, data version, date and base URL as its cache key', async () => {
    renderPdf.mockResolvedValueOnce(new TextEncoder().encode('%PDF-1.3 stand-in'))
    const res = await get()
    expect(res.status).toBe(200)
    // the base URL is in the PDF's links: a PDF made for one host is never served for another
    expect(renderPdf.mock.lastCall?.[0]).toMatch(new RegExp(`^${token}\\|${EMBEDDED_CATALOG.version.replace('.', '\\.')}\\|${new Date().toISOString().slice(0, 10)}\\|https?://`))
  })
})
