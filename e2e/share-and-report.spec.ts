import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { completeWizard, EVERYTHING, expect, MESH_ONLY, pickOf, test } from './fixtures'

/** The text of a PDF, lines joined, via poppler's pdftotext (installed by the test script). */
function pdfText(pdf: Buffer): string {
  const out = spawnSync('pdftotext', ['-', '-'], { input: pdf })
  if (out.status !== 0) throw new Error(`pdftotext failed: ${out.stderr.toString()}`)
  return out.stdout.toString().replace(/\s+/g, ' ')
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer) {
  expect(buf.subarray(1, 4).toString()).toBe('PNG')
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) }
}

test('a shared link opened in a fresh browser shows the same stack with a 1200x630 preview image', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await completeWizard(page, EVERYTHING)
  const slots = ['Service mesh', 'Tracing', 'Logs', 'Metrics', 'Access control / RBAC', 'Secrets management', 'Kubernetes cost management', 'Cloud cost optimization']
  const picks = await Promise.all(slots.map((s) => pickOf(page, s)))

  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toMatch(/\/r\/2[A-Za-z0-9_-]{1,79}$/)

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto(link)
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Shared Day 2 stack')
  for (const [i, slot] of slots.entries()) expect(await pickOf(other, slot)).toBe(picks[i])

  const ogImage = await other.locator('meta[property="og:image"]').getAttribute('content')
  expect(ogImage).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/og\/2/)
  await expect(other.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
  const res = await other.request.get(ogImage!)
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toBe('image/png')
  expect(res.headers()['cache-control']).toContain('immutable')
  expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 })

  await other.getByRole('link', { name: 'Open in the wizard and edit' }).click()
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Review your answers')
  await fresh.close()
})

test('the results page downloads the report as PDF, Markdown and JSON matching the stack', async ({ page }) => {
  await completeWizard(page, MESH_ONLY)
  const mesh = await pickOf(page, 'Service mesh')
  const download = async (role: 'link' | 'button', name: string) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole(role, { name }).click()])
    return { name: d.suggestedFilename(), body: readFileSync((await d.path())!) }
  }
  const pdf = await download('button', 'Download PDF')
  expect(pdf.name).toMatch(/^day2-stack-recommendation-\d{4}-\d{2}-\d{2}\.pdf$/)
  expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-')
  expect(pdfText(pdf.body)).toContain(mesh)
  const md = await download('link', 'Download Markdown (ADR)')
  expect(md.name).toMatch(/\.md$/)
  expect(md.body.toString()).toContain(`| Service mesh | ${mesh} |`)
  const json = await download('link', 'Download JSON')
  expect(JSON.parse(json.body.toString()).stack[0]).toMatchObject({ slot: 'service-mesh', name: mesh })
})

test('the results page and the share page offer the tech radar and the rankings as downloads', async ({ page }) => {
  await completeWizard(page, MESH_ONLY)
  const mesh = await pickOf(page, 'Service mesh')
  const download = async (name: string) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()])
    return { name: d.suggestedFilename(), body: readFileSync((await d.path())!).toString() }
  }
  const radar = await download('Tech radar (Backstage JSON)')
  expect(radar.name).toMatch(/^day2-stack-recommendation-\d{4}-\d{2}-\d{2}-radar\.json$/)
  const data = JSON.parse(radar.body) as { quadrants: unknown[]; entries: { title: string; timeline: { ringId: string }[] }[] }
  expect(data.quadrants).toHaveLength(4)
  expect(data.entries.find((e) => e.title === mesh)?.timeline[0]?.ringId).toBe('adopt')
  const csv = await download('Rankings (CSV)')
  expect(csv.name).toMatch(/-rankings\.csv$/)
  expect(csv.body.split('\r\n')[0]).toMatch(/^slot,slot_label,vendor_id,vendor_name,/)
  // the pick is the slot's first eligible row
  expect(csv.body.split('\r\n').find((l) => l.startsWith('service-mesh,'))).toContain(`,${mesh},1,`)

  await page.goto(await page.locator('#share-url').inputValue())
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shared Day 2 stack')
  expect((await download('Tech radar (Backstage JSON)')).name).toMatch(/-radar\.json$/)
  expect((await download('Rankings (CSV)')).name).toMatch(/-rankings\.csv$/)
})

test('damaged share links get a friendly page and the image route a 400, never a 5xx', async ({ page, request }) => {
  const broken = await request.get('/r/%E0%A4%A')
  expect(broken.status()).toBe(400)
  expect((await request.get('/api/og/%E0%A4%A')).status()).toBe(400)
  for (const bad of ['garbage', '1AAAA', `1${'A'.repeat(60)}`, '2abc', '1%F0%9F%98%80']) {
    const res = await page.goto(`/r/${bad}`)
    expect(res!.status(), bad).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This share link does not work')
    expect((await request.get(`/api/og/${bad}`)).status(), bad).toBe(400)
    expect((await request.get(`/api/report/${bad}?format=md`)).status(), bad).toBe(400)
  }
})

test('a link made before a data update says the data changed since, and lists what changed for its stack', async ({ page }) => {
  const { AnswersSchema } = await import('../lib/answers/schema')
  const { encodeShareToken } = await import('../lib/share/codec')
  const { EMBEDDED_CATALOG } = await import('../lib/catalog/embedded')
  const answers = AnswersSchema.parse({ scope: ['cost'], openSource: 'preferred', hosting: 'either', costSensitivity: 'low', consolidation: 'balanced' })
  await page.goto(`/r/${encodeShareToken(answers, { ...EMBEDDED_CATALOG, version: '2026-01-01.0badc0de' })}`)
  await expect(page.getByRole('note')).toContainText('The vendor data has changed since this link was made')
  await expect(page.getByRole('note')).toContainText('cannot be listed')

  // a link from the first recorded data version lists what changed for its stack since
  const log = JSON.parse(readFileSync('data/changelog.json', 'utf8')) as { versions: { version: string }[] }
  await page.goto(`/r/${encodeShareToken(answers, { ...EMBEDDED_CATALOG, version: log.versions.at(-1)!.version })}`)
  const note = page.getByRole('note')
  await expect(note).toContainText('What changed for this stack')
  await expect(note).toContainText(/Kubecost: Automation visibility → automated \(\d{4}-\d{2}-\d{2}\)/)
  await expect(note).toContainText(/and \d+ more/)
})

test('a link made by the first version of the advisor still opens, and says the data changed', async ({ page }) => {
  // a version-1 token (before the question registry), for the README's example answers
  await page.goto('/r/19MN19lugjAo')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shared Day 2 stack')
  await expect(page.getByRole('note')).toContainText('The vendor data has changed since this link was made')
})

test('a team with every area in scope downloads a complete PDF report', async ({ page }) => {
  // the answers that used to make the PDF fail (a layout overflow after ~18 pages)
  await completeWizard(page, { ...EVERYTHING, costSensitivity: 'Medium' })
  const slots = ['Service mesh', 'Tracing', 'Logs', 'Metrics', 'Access control / RBAC', 'Secrets management', 'Kubernetes cost management', 'Cloud cost optimization']
  const picks = await Promise.all(slots.map((s) => pickOf(page, s)))
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()])
  const text = pdfText(readFileSync((await d.path())!))
  for (const pick of picks) expect(text).toContain(pick)
})

test('when the PDF cannot be made, the user is offered the Markdown report instead of a broken download', async ({ page }) => {
  await completeWizard(page, MESH_ONLY)
  await page.route('**/api/report/*?format=pdf', (route) =>
    route.fulfill({ status: 503, contentType: 'application/json', headers: { 'retry-after': '5' }, body: JSON.stringify({ error: 'busy', message: 'Many reports are being generated right now; try the PDF again in a few seconds.' }) }),
  )
  await page.getByRole('button', { name: 'Download PDF' }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'try the PDF again' })
  await expect(alert).toBeVisible()
  const [d] = await Promise.all([page.waitForEvent('download'), alert.getByRole('link', { name: 'Download the Markdown report instead' }).click()])
  expect(d.suggestedFilename()).toMatch(/\.md$/)
})
