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
