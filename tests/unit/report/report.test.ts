import { spawnSync } from 'node:child_process'
import { PLATFORM_TEAM, platformTeamRec } from '../../support/platform-team'
import { describe, expect, it } from 'vitest'
import { GET } from '@/app/api/report/[token]/route'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { buildReport, reportFileName } from '@/lib/report/build-report'
import { renderMarkdown } from '@/lib/report/render-markdown'
import { encodeShareToken } from '@/lib/share/codec'

const answers = PLATFORM_TEAM
const rec = platformTeamRec()
const names = rec.stack.map((s) => EMBEDDED_CATALOG.byId.get(s.vendor!)!.name)
const token = encodeShareToken(answers, EMBEDDED_CATALOG)
const get = (format: string, t = token) =>
  GET(new Request(`http://localhost/api/report/${t}?format=${format}`), { params: Promise.resolve({ token: t }) })

describe('the Markdown report', () => {
  const md = renderMarkdown(buildReport(rec, EMBEDDED_CATALOG, '2026-11-24'))

  it('is a MADR 4 decision record whose decision table is the on-screen stack', () => {
    expect(md).toMatch(/^# Kubernetes Day 2 stack: /)
    for (const line of ['- status: proposed', '- date: 2026-11-24', '- deciders: '])
      expect(md).toContain(line)
    for (const h of ['## Context and Problem Statement', '## Decision Drivers', '## Considered Options', '## Decision Outcome', '### Consequences', '## More Information'])
      expect(md).toContain(h)
    const decision = md.split('## Decision Outcome')[1]!.split('### Consequences')[0]!
    const rows = decision.split('\n').filter((l) => /^\| (?!Slot|---)/.test(l))
    expect(rows.map((l) => l.split(' | ')[1])).toEqual(names)
  })

  it('groups excluded vendors by reason, names the drivers and the tools in use, and cites sources with dates', () => {
    const mesh = md.split('\n').find((l) => l.startsWith('- **Service mesh**'))!
    expect(mesh).toMatch(/Not eligible: .*: needs sidecars/)
    expect(mesh.match(/needs sidecars/g)).toHaveLength(1)
    expect(md).toContain('- Sidecar tolerance: Avoid sidecars')
    expect(md).toContain('- Tools in use: Prometheus')
    expect(md).toMatch(/facts checked \d{4}-\d{2}-\d{2}; <https:\/\//)
    expect(md).toContain(`version ${EMBEDDED_CATALOG.version}`)
  })

  it('says what is unverified, once', () => {
    const lines = md.split('\n').filter((l) => l.includes('unverified facts'))
    expect(lines.length).toBeGreaterThan(0)
    expect(new Set(lines).size).toBe(lines.length)
  })
})

describe('GET /api/report/<token>', () => {
  it('returns the JSON engine output with the answers and data version, as a dated download', async () => {
    const res = await get('json')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="day2-stack-recommendation-\d{4}-\d{2}-\d{2}\.json"/)
    const body = await res.json()
    expect(body.stack).toEqual(JSON.parse(JSON.stringify(rec.stack)))
    expect(body.answers).toEqual(JSON.parse(JSON.stringify(answers)))
    expect(body.dataVersion).toBe(EMBEDDED_CATALOG.version)
  })

  it('returns a multi-page PDF whose text contains the stack', async () => {
    const res = await get('pdf')
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const pdf = Buffer.from(await res.arrayBuffer())
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const info = spawnSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' })
    expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1])).toBeGreaterThanOrEqual(3)
    const text = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' }).stdout
    expect(text).toContain('Recommended stack')
    for (const name of names) expect(text).toContain(name)
    expect(text).toContain(EMBEDDED_CATALOG.version)
  })

  it('links each pick to its vendor page and the answers back to the advisor', async () => {
    const md = await (await get('md')).text()
    for (const p of rec.stack.filter((x) => x.vendor !== null)) expect(md).toMatch(new RegExp(`\\]\\(http://[\\w.:]+/landscape/${p.vendor}\\)`))
    expect(md).toMatch(/<http:\/\/[\w.:]+\/r\/2[A-Za-z0-9_-]+>/)
  })

  it('returns the tech-radar data as a dated JSON download', async () => {
    const res = await get('radar')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="day2-stack-recommendation-\d{4}-\d{2}-\d{2}-radar\.json"$/)
    const body = await res.json()
    expect(body.quadrants.map((q: { id: string }) => q.id)).toEqual(['service-mesh', 'observability', 'security', 'cost'])
    // absolute links: the radar is served from another host
    expect(body.entries.find((e: { id: string }) => e.id === `service-mesh--${rec.stack[0]!.vendor}`).links[0].url).toMatch(/^http:\/\/[\w.:]+\/landscape\//)
  })

  it('returns the rankings as a dated CSV download, one row per slot and vendor', async () => {
    const res = await get('csv')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="day2-stack-recommendation-\d{4}-\d{2}-\d{2}-rankings\.csv"$/)
    const lines = (await res.text()).split('\r\n')
    expect(lines[0]).toMatch(/^slot,slot_label,vendor_id,/)
    expect(lines.slice(1).filter((l) => /^[a-z0-9-]+,/.test(l))).toHaveLength(rec.slots.reduce((n, s) => n + s.ranking.length, 0))
  })

  it('answers 400 for a bad token or format, never 500', async () => {
    expect((await get('pdf', 'garbage')).status).toBe(400)
    expect((await get('docx')).status).toBe(400)
    expect((await get('md', `${token}x`)).status).toBe(400)
    expect((await get('radar', 'garbage')).status).toBe(400)
    expect((await get('csv', 'garbage')).status).toBe(400)
  })

  it('names files with the date', () => {
    expect(reportFileName('2026-11-24', 'pdf')).toBe('day2-stack-recommendation-2026-11-24.pdf')
    expect(reportFileName('2026-11-24', 'radar')).toBe('day2-stack-recommendation-2026-11-24-radar.json')
    expect(reportFileName('2026-11-24', 'csv')).toBe('day2-stack-recommendation-2026-11-24-rankings.csv')
  })
})
