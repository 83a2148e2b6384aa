import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { expect, test } from '@playwright/test'

const answers = {
  scope: ['service-mesh', 'security'],
  openSource: 'required',
  hosting: 'self-hosted',
  sidecars: 'avoid',
  costSensitivity: 'medium',
  consolidation: 'balanced',
}

test('a platform team gets a recommended stack from the HTTP API', async ({ request }) => {
  const res = await request.post('/api/recommend', { data: answers })
  expect(res.status()).toBe(200)
  const body = await res.json()
  expect(body.stack.map((s: { slot: string }) => s.slot)).toEqual(['service-mesh', 'access-control', 'secrets'])
  const mesh = body.slots.find((s: { slot: string }) => s.slot === 'service-mesh')
  expect(mesh.ranking.find((r: { vendor: string }) => r.vendor === 'linkerd')).toMatchObject({ name: 'Linkerd', excludedBecause: 'needs sidecars; you chose to avoid them' })
  // the share link opens the same stack
  expect(body.share.url).toBe(`/r/${body.share.token}`)
  const page = await request.get(body.share.url)
  expect(page.status()).toBe(200)
  for (const pick of body.stack) expect(await page.text()).toContain(pick.name)
})

test('malformed requests get a 4xx with the field named, never a 5xx', async ({ request }) => {
  const bad = await request.post('/api/recommend', { data: { ...answers, hosting: 'cloud' } })
  expect(bad.status()).toBe(400)
  expect((await bad.json()).issues[0].path).toBe('hosting')
  const broken = await request.post('/api/recommend', { headers: { 'content-type': 'application/json' }, data: '{"scope":' })
  expect(broken.status()).toBe(400)
  const big = await request.post('/api/recommend', { headers: { 'content-type': 'application/json' }, data: 'x'.repeat(100_000) })
  expect(big.status()).toBe(413)
  const get = await request.get('/api/recommend')
  expect(get.status()).toBe(405)
})

test('an agent gets the same stack over MCP, with errors naming the field', async ({ baseURL, request }) => {
  const client = new Client({ name: 'e2e', version: '1.0.0' })
  await client.connect(new StreamableHTTPClientTransport(new URL('/api/mcp', baseURL)))
  try {
    const result = await client.callTool({ name: 'recommend', arguments: { answers } })
    const api = await (await request.post('/api/recommend', { data: answers })).json()
    expect(result.structuredContent).toEqual(api)
    const bad = await client.callTool({ name: 'recommend', arguments: { answers: { ...answers, hosting: 'cloud' } } })
    expect(bad.isError).toBe(true)
    expect((bad.content as { text: string }[])[0]!.text).toMatch(/^answers\.hosting: /)
  } finally {
    await client.close()
  }
  // a plain request gets the API's headers; the limits hold
  const headers = { accept: 'application/json, text/event-stream', 'content-type': 'application/json' }
  const ping = await request.post('/api/mcp', { headers, data: { jsonrpc: '2.0', id: 1, method: 'ping' } })
  expect(ping.status()).toBe(200)
  expect(ping.headers()['x-content-type-options']).toBe('nosniff')
  expect(ping.headers()['content-security-policy']).toContain("default-src 'none'")
  expect((await request.post('/api/mcp', { headers, data: 'x'.repeat(100_000) })).status()).toBe(413)
  expect((await request.get('/api/mcp')).status()).toBe(405)
  expect((await request.post('/api/mcp', { headers: { ...headers, origin: 'https://evil.example' }, data: { jsonrpc: '2.0', id: 1, method: 'ping' } })).status()).toBe(403)
})

test("a team's exact cluster and log figures price its stack, and reach the report and the wizard through the share link", async ({ page, request }) => {
  const figures = { cluster: { nodes: 140, podsPerNode: 45 }, telemetry: { logsGbPerDay: 400 } }
  const res = await request.post('/api/recommend', {
    data: { scope: ['service-mesh', 'observability'], signals: ['logs'], openSource: 'preferred', hosting: 'either', sidecars: 'fine', costSensitivity: 'high', consolidation: 'balanced', ...figures },
  })
  expect(res.status()).toBe(200)
  const body = await res.json()
  expect(body.answers).toMatchObject({ ...figures, clusterNodes: '51-200', podsPerNode: '21-50', logVolume: '100-1000' })
  expect(body.monthlyCost.assumed).not.toContain('10 nodes')

  const md = await request.get(`/api/report/${body.share.token}?format=md`)
  expect(md.status()).toBe(200)
  const text = await md.text()
  expect(text).toContain('140 nodes; 45 pods per node; 400 GB of logs a day')

  const contradicting = await request.post('/api/recommend', { data: { ...body.answers, clusterNodes: '1-10' } })
  expect(contradicting.status()).toBe(400)
  expect((await contradicting.json()).issues[0].path).toBe('cluster.nodes')

  await page.goto(body.share.url)
  await expect(page.locator('.stack-cost')).toContainText('List prices for 140 nodes, 45 pods per node, 400 GB of logs a day, assuming')
  await page.getByRole('link', { name: 'Open in the wizard and edit' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review your answers')
  await expect(page.getByText('Exact figures the cost estimates use: 140 nodes; 45 pods per node; 400 GB of logs a day.')).toBeVisible()
})
