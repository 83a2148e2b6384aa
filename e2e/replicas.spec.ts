import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { NODE_OPTIONS } from '../server/runtime-options.mjs'
import { completeWizard, EVERYTHING, expect, pickOf, test } from './fixtures'

// Two standalone servers behind nginx on loopback: port A_PROXY goes to instance A, B_PROXY to B.
const A = 3801
const B = 3802
const A_PROXY = 3811
const B_PROXY = 3812
let procs: ChildProcess[] = []
let nginxConf = ''

function standalone(port: number) {
  return spawn('node', ['.next/standalone/serve.mjs'], {
    env: { ...process.env, HOSTNAME: '127.0.0.1', PORT: String(port), NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS },
    stdio: 'ignore',
  })
}

async function waitFor(url: string) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${url} never answered`)
}

test.beforeAll(async () => {
  const nginx = spawnSync('nginx', ['-v'])
  if (nginx.error) throw new Error('nginx is required for this test (Debian package nginx-light; npm test installs it)')
  const dir = mkdtempSync(join(tmpdir(), 'nginx-'))
  const server = (listen: number, upstream: number) => `
    server {
      listen 127.0.0.1:${listen};
      location / {
        proxy_pass http://127.0.0.1:${upstream};
        proxy_set_header Host $http_host;
        proxy_set_header X-Forwarded-Proto http;
      }
    }`
  nginxConf = join(dir, 'nginx.conf')
  writeFileSync(
    nginxConf,
    `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  ${server(A_PROXY, A)}
  ${server(B_PROXY, B)}
}`,
  )
  procs = [standalone(A), standalone(B), spawn('nginx', ['-c', nginxConf, '-g', 'daemon off;'], { stdio: 'ignore' })]
  await waitFor(`http://127.0.0.1:${A_PROXY}/api/health`)
  await waitFor(`http://127.0.0.1:${B_PROXY}/api/health`)
})

test.afterAll(() => {
  for (const p of procs) p.kill('SIGTERM')
})

test('a share link made on one replica opens on another, even with the first one gone', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`http://127.0.0.1:${A_PROXY}/wizard`)
  const base = `http://127.0.0.1:${A_PROXY}`
  await completeWizardAt(base, page)
  const mesh = await pickOf(page, 'Service mesh')
  const logs = await pickOf(page, 'Logs')
  await page.getByRole('button', { name: 'Copy link' }).click()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link.startsWith(`${base}/r/`)).toBe(true)

  procs[0]!.kill('SIGTERM') // replica A is gone: nothing it kept in memory can help
  const onB = link.replace(`:${A_PROXY}/`, `:${B_PROXY}/`)
  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto(onB)
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Shared Day 2 stack')
  expect(await pickOf(other, 'Service mesh')).toBe(mesh)
  expect(await pickOf(other, 'Logs')).toBe(logs)
  const og = await other.request.get(onB.replace('/r/', '/api/og/'))
  expect(og.status()).toBe(200)
  expect(og.headers()['content-type']).toBe('image/png')
  await fresh.close()
})

async function completeWizardAt(base: string, page: Page) {
  const original = page.goto.bind(page)
  // the fixture uses relative paths; resolve them against the proxy port of replica A
  page.goto = ((url: string, opts?: Parameters<typeof original>[1]) => original(url.startsWith('/') ? `${base}${url}` : url, opts)) as typeof page.goto
  try {
    await completeWizard(page, EVERYTHING)
  } finally {
    page.goto = original
  }
}
