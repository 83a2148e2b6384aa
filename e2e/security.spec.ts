import { expect, test } from '@playwright/test'

const TOKEN = '19MN19lugjAo' // a version-1 token (the README's example answers): old links keep working

const REQUIRED = {
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'x-frame-options': /^DENY$/,
  'permissions-policy': /camera=\(\)/,
}

test('every route sends the security headers, pages a nonce-based script policy', async ({ request }) => {
  const page = await request.get('/')
  const chunk = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(await page.text())![1]!
  const routes: [string, () => ReturnType<typeof request.get>, 'page' | 'api' | 'static'][] = [
    ['/', () => request.get('/'), 'page'],
    ['/wizard', () => request.get('/wizard'), 'page'],
    ['/landscape', () => request.get('/landscape'), 'page'],
    ['/landscape/<vendor>', () => request.get('/landscape/linkerd'), 'page'],
    ['/r/<token>', () => request.get(`/r/${TOKEN}`), 'page'],
    ['/r/<token>/card', () => request.get(`/r/${TOKEN}/card`), 'page'],
    ['/r/<bad>', () => request.get('/r/garbage'), 'page'],
    ['/nowhere (404)', () => request.get('/nowhere'), 'page'],
    ['/api/health', () => request.get('/api/health'), 'api'],
    ['/api/recommend', () => request.post('/api/recommend', { data: { scope: 5 } }), 'api'],
    ['/api/og/<token>', () => request.get(`/api/og/${TOKEN}`), 'api'],
    ['/api/report/<token>', () => request.get(`/api/report/${TOKEN}?format=md`), 'api'],
    ['static chunk', () => request.get(chunk), 'static'],
  ]
  for (const [name, call, kind] of routes) {
    const res = await call()
    const h = res.headers()
    for (const [header, pattern] of Object.entries(REQUIRED)) expect(h[header], `${name} ${header}`).toMatch(pattern)
    expect(h['x-powered-by'], name).toBeUndefined()
    const csp = h['content-security-policy'] ?? ''
    if (kind === 'page') {
      expect(csp, name).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/)
      expect(csp, name).toContain("frame-ancestors 'none'")
      expect(csp, name).not.toMatch(/script-src[^;]*'unsafe-inline'/)
      // every script tag carries this response's nonce
      const nonce = /'nonce-([^']+)'/.exec(csp)![1]
      const tags = (await res.text()).match(/<script[^>]*>/g) ?? []
      for (const tag of tags) expect(tag, name).toContain(`nonce="${nonce}"`)
    }
    if (kind === 'api') expect(csp, name).toContain("default-src 'none'")
  }
})

test('the wizard runs under the policy without a single violation', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text())
  })
  await page.goto('/wizard')
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which areas should the stack cover?')
  await page.goto(`/wizard?from=${TOKEN}&step=results`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your recommended Day 2 stack')
  expect(violations).toEqual([])
})

test('user-supplied text is never echoed into pages or images', async ({ request }) => {
  const probe = '<script>alert(1)</script>'
  const res = await request.get(`/r/${encodeURIComponent(probe)}`)
  expect(res.status()).toBe(404)
  expect(await res.text()).not.toContain(probe)
  const landscape = await request.get(`/landscape?slot=${encodeURIComponent(probe)}`)
  expect(await landscape.text()).not.toContain(probe)
  const api = await request.post('/api/recommend', { data: { scope: [probe] } })
  expect(api.status()).toBe(400)
  expect(api.headers()['content-type']).toContain('application/json')
})
