import { spawn, type ChildProcess } from 'node:child_process'
import { request as httpRequest } from 'node:http'
import { expect, test } from '@playwright/test'
import { NODE_OPTIONS } from '../server/runtime-options.mjs'

const TOKEN = '19MN19lugjAo' // a version-1 token (the README's example answers): old links keep working

const SECURITY = {
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'x-frame-options': /^DENY$/,
  'permissions-policy': /camera=\(\)/,
  'strict-transport-security': /max-age=/,
  'content-security-policy': /default-src/,
}

/** A raw request (fetch refuses methods such as TRACE): status, headers and body. */
function raw(base: string, method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers }, (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    // a CONNECT answer arrives as 'connect', not as a response
    req.on('connect', (res, socket) => {
      socket.destroy()
      resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' })
    })
    req.on('error', reject)
    req.end()
  })
}

test('requests the app does not serve get a 4xx with the security headers, never a 5xx', async ({ baseURL }) => {
  const cases: [string, string, Record<string, string>, number][] = [
    ['TRACE', '/', {}, 405],
    ['TRACE', '/api/health', {}, 405],
    ['CONNECT', '/wizard', {}, 405],
    ['PUT', '/wizard', {}, 405],
    ['DELETE', '/landscape', {}, 405],
    ['POST', '/', {}, 405],
    ['GET', '/landscape', { rsc: '1', 'next-router-state-tree': '%%%not-json' }, 400],
    ['GET', '/landscape?_rsc=x', { rsc: '1', 'next-router-state-tree': encodeURIComponent('["x"]') }, 400],
    ['GET', '/api/og/%E0%A4%A', {}, 400],
    ['GET', '/api/report/%E0%A4%A?format=md', {}, 400],
  ]
  for (const [method, path, headers, status] of cases) {
    const res = await raw(baseURL!, method, path, headers)
    const name = `${method} ${path} ${JSON.stringify(headers)}`
    expect(res.status, name).toBe(status)
    for (const [h, pattern] of Object.entries(SECURITY)) expect(String(res.headers[h]), `${name} ${h}`).toMatch(pattern)
    expect(res.body, name).not.toMatch(/\bat .*\.js:\d+/) // no stack trace
  }
  // a well-formed client navigation still works
  const ok = await raw(baseURL!, 'GET', '/landscape', { rsc: '1', 'next-router-state-tree': encodeURIComponent('["",{"children":["landscape",{}]},null,null,1]') })
  expect([200, 307]).toContain(ok.status)
})

test('share images can be fetched by other sites, everything else only by this one', async ({ request }) => {
  const og = await request.get(`/api/og/${TOKEN}`)
  expect(og.status()).toBe(200)
  expect(og.headers()['cross-origin-resource-policy']).toBe('cross-origin')
  for (const path of ['/', '/wizard', '/api/health', `/r/${TOKEN}`, `/api/report/${TOKEN}?format=md`]) {
    const res = await request.get(path)
    expect(res.headers()['cross-origin-resource-policy'], path).toBe('same-origin')
  }
  // which images were rendered lately is nobody's business
  expect(og.headers()['x-card-cache']).toBeUndefined()
})

test.describe('a server deployed with an empty PUBLIC_BASE_URL', () => {
  const PORT = 3821
  const base = `http://127.0.0.1:${PORT}`
  let server: ChildProcess | undefined

  test.beforeAll(async () => {
    server = spawn('node', ['.next/standalone/serve.mjs'], {
      env: { ...process.env, HOSTNAME: '127.0.0.1', PORT: String(PORT), NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS, PUBLIC_BASE_URL: '', TRUST_PROXY: '' },
      stdio: 'ignore',
    })
    for (let i = 0; i < 150; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) return
      } catch {
        /* starting */
      }
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error('the server never answered')
  })
  test.afterAll(() => {
    server?.kill('SIGTERM')
  })

  test('serves every page, and link previews never follow a forged host header', async () => {
    for (const path of ['/', '/wizard', '/landscape', `/r/${TOKEN}`, `/r/${TOKEN}/card`, '/api/health']) {
      const res = await fetch(`${base}${path}`)
      expect(res.status, path).toBe(200)
    }
    expect((await fetch(`${base}/nowhere`)).status).toBe(404)
    const forged = await raw(base, 'GET', `/r/${TOKEN}`, { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' })
    const image = /<meta property="og:image" content="([^"]+)"/.exec(forged.body)?.[1]
    expect(image).toBe(`http://127.0.0.1:${PORT}/api/og/${TOKEN}`)
  })
})
