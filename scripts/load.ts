// Load test against the production (standalone) build on 127.0.0.1. Phases:
// - throughput: /api/recommend, the share page and the OG image (one token), 50 connections;
// - abuse: 20 concurrent PDF reports of distinct answers, and 10 clients fetching share images of
//   distinct tokens, each while /api/health is probed (target: health p95 under 100 ms);
// - 30 request bodies of 10 MB posted at once (target: RSS stays flat, every one refused);
// - a barrage of malformed requests (target: 4xx only, never 5xx).
// The server's RSS is sampled all along; the peak per phase is printed (target: under 400 MB,
// the deployment's limit is 512 Mi). Needs `npm run build` first. DURATION=5 shortens phases.
import autocannon from 'autocannon'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { prng } from '../lib/catalog/generate'
import { distinctTokens, FULL_SCOPE_ANSWERS, FULL_SCOPE_TOKEN } from './bench/answers'
import { startServer } from './bench/server'
import { summarize } from './bench/stats'

const PORT = 3700
const URL_BASE = `http://127.0.0.1:${PORT}` // where startServer listens
const DURATION = Number(process.env.DURATION ?? 20)
const CONNECTIONS = 50
const HEALTH_P95_TARGET_MS = 100
const RSS_TARGET_MB = 400

const answers = FULL_SCOPE_ANSWERS
const token = FULL_SCOPE_TOKEN
const rows: string[] = []
let failed = false
const fail = (why: string) => {
  failed = true
  console.log(`  MISSED: ${why}`)
}

/** Samples the server's resident set size every 50 ms; `take()` returns the peak since the last call. */
function rssSampler(pid: number) {
  const read = () => {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) / 1024 : 0
  }
  let peak = read()
  let overall = peak
  const timer = setInterval(() => {
    const now = read()
    peak = Math.max(peak, now)
    overall = Math.max(overall, now)
  }, 50)
  return {
    now: read,
    take() {
      const p = Math.max(peak, read())
      peak = read()
      return p
    },
    get overall() {
      return overall
    },
    stop: () => clearInterval(timer),
  }
}

type Rss = ReturnType<typeof rssSampler>

function record(rss: Rss, name: string, cells: { rps?: number; p50?: number; p99?: number; errors?: number; fivexx?: number; note?: string }) {
  const peak = rss.take()
  if (peak > RSS_TARGET_MB) fail(`${name}: peak RSS ${peak.toFixed(0)} MB > ${RSS_TARGET_MB} MB`)
  const cell = (v: number | undefined, unit = '') => (v === undefined ? '—' : `${Math.round(v)}${unit}`)
  rows.push(`| ${name} | ${cell(cells.rps)} | ${cell(cells.p50, ' ms')} | ${cell(cells.p99, ' ms')} | ${cells.errors ?? 0} | ${cells.fivexx ?? 0} | ${peak.toFixed(0)} MB | ${cells.note ?? ''} |`)
}

async function cannon(rss: Rss, name: string, opts: Partial<autocannon.Options>, allowNon2xx = false) {
  const r = await autocannon({ url: URL_BASE, connections: CONNECTIONS, duration: DURATION, ...opts })
  const fivexx = r['5xx'] ?? 0
  const errors = r.errors + r.timeouts
  console.log(`${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  errors ${errors}  non-2xx ${r.non2xx}  5xx ${fivexx}`)
  if (errors > 0 || fivexx > 0 || (!allowNon2xx && r.non2xx > 0)) fail(`${name}: errors or unexpected statuses`)
  record(rss, name, { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors, fivexx })
}

/** Probes /api/health every 50 ms until `until` settles; returns latency figures. */
async function probeHealthDuring<T>(until: Promise<T>) {
  const samples: number[] = []
  let done = false
  void until.finally(() => (done = true))
  while (!done) {
    const t = performance.now()
    const res = await fetch(`${URL_BASE}/api/health`)
    await res.arrayBuffer()
    samples.push(performance.now() - t)
    await new Promise((r) => setTimeout(r, 50))
  }
  return { result: await until, health: summarize(samples) }
}

/** 20 clients each ask once for the PDF report of different answers, all at the same moment. */
async function pdfBurst(rss: Rss) {
  const tokens = distinctTokens(20)
  const run = Promise.all(
    tokens.map(async (t) => {
      const res = await fetch(`${URL_BASE}/api/report/${t}?format=pdf`)
      const body = new Uint8Array(await res.arrayBuffer())
      return { status: res.status, retryAfter: res.headers.get('retry-after'), pdf: new TextDecoder().decode(body.subarray(0, 5)) === '%PDF-' }
    }),
  )
  const t0 = performance.now()
  const { result, health } = await probeHealthDuring(run)
  const ok = result.filter((r) => r.status === 200 && r.pdf).length
  const busy = result.filter((r) => r.status === 503 && r.retryAfter !== null).length
  const other = result.length - ok - busy
  const note = `${ok} PDFs, ${busy} × 503 with Retry-After, ${other} other, in ${((performance.now() - t0) / 1000).toFixed(1)} s; health p95 ${health.p95.toFixed(0)} ms (max ${health.max.toFixed(0)}, n ${health.n})`
  console.log(`20 concurrent PDF reports          ${note}`)
  if (other > 0) fail('PDF burst: a request was neither a PDF nor a 503 with Retry-After')
  if (health.p95 >= HEALTH_P95_TARGET_MS) fail(`PDF burst: health p95 ${health.p95.toFixed(0)} ms`)
  record(rss, '20 concurrent PDF reports (distinct answers)', { p50: health.p50, p99: health.p95, fivexx: result.filter((r) => r.status >= 500 && r.status !== 503).length, note })
}

/** 10 clients fetch share images of distinct tokens back to back for DURATION seconds. */
async function ogMisses(rss: Rss) {
  const tokens = distinctTokens(4000)
  let next = 0
  const statuses = new Map<number, number>()
  const stopAt = Date.now() + DURATION * 1000
  const client = async () => {
    while (Date.now() < stopAt) {
      const res = await fetch(`${URL_BASE}/api/og/${tokens[next++ % tokens.length]}`)
      await res.arrayBuffer()
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
      // a refused client waits as told (Retry-After is in seconds; a tenth of it keeps pressure on)
      if (res.status === 503 || res.status === 429) await new Promise((r) => setTimeout(r, 100))
    }
  }
  const { health } = await probeHealthDuring(Promise.all(Array.from({ length: 10 }, client)))
  const images = statuses.get(200) ?? 0
  const note = `${images} images (${(images / DURATION).toFixed(0)}/s), ${statuses.get(429) ?? 0} × 429, ${statuses.get(503) ?? 0} × 503; health p95 ${health.p95.toFixed(0)} ms (max ${health.max.toFixed(0)}, n ${health.n})`
  console.log(`10 clients, distinct OG tokens     ${note}`)
  const bad = [...statuses.keys()].filter((s) => s !== 200 && s !== 503 && s !== 429)
  if (bad.length > 0) fail(`OG misses: unexpected statuses ${bad.join(', ')}`)
  if (health.p95 >= HEALTH_P95_TARGET_MS) fail(`OG misses: health p95 ${health.p95.toFixed(0)} ms`)
  record(rss, '10 clients, distinct share images', { rps: images / DURATION, p50: health.p50, p99: health.p95, note })
}

/** 30 posts of 10 MB each at once: each must be refused without the server buffering it. */
async function largeBodies(rss: Rss) {
  const before = rss.now()
  const body = new Uint8Array(10 * 1024 * 1024).fill(0x20)
  const results = await Promise.all(
    Array.from({ length: 30 }, async () => {
      try {
        const res = await fetch(`${URL_BASE}/api/recommend`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        await res.arrayBuffer()
        return res.status
      } catch {
        return 0 // the server may close the connection once it has answered 413
      }
    }),
  )
  const peak = rss.take()
  const refused = results.filter((s) => s === 413 || s === 0).length
  const note = `${results.filter((s) => s === 413).length} × 413, ${results.filter((s) => s === 0).length} closed early; RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB (+${(peak - before).toFixed(0)} MB)`
  console.log(`30 posts of 10 MB                  ${note}`)
  if (refused !== results.length) fail('large bodies: a 10 MB body was not refused')
  if (peak - before > 50) fail(`large bodies: RSS grew by ${(peak - before).toFixed(0)} MB`)
  rows.push(`| 30 posts of 10 MB | — | — | — | 0 | ${results.filter((s) => s >= 500).length} | ${peak.toFixed(0)} MB | ${note} |`)
}

/** Random bodies and tokens: broken JSON, wrong types, huge values, junk paths. */
function barrage(count: number): autocannon.Request[] {
  const rnd = prng(99)
  const junk = (n: number) => Array.from({ length: n }, () => String.fromCharCode(32 + Math.floor(rnd() * 95))).join('')
  const reqs: autocannon.Request[] = []
  for (let i = 0; i < count; i++) {
    const k = i % 8
    if (k === 0) reqs.push({ method: 'POST', path: '/api/recommend', headers: { 'content-type': 'application/json' }, body: junk(1 + Math.floor(rnd() * 200)) })
    else if (k === 1) reqs.push({ method: 'POST', path: '/api/recommend', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...answers, scope: [junk(5)], weights: { capability: rnd() * 1e9 } }) })
    else if (k === 2) reqs.push({ method: 'GET', path: `/r/${encodeURIComponent(junk(1 + Math.floor(rnd() * 60)))}` })
    else if (k === 3) reqs.push({ method: 'GET', path: `/api/og/1${encodeURIComponent(junk(1 + Math.floor(rnd() * 40)))}` })
    else if (k === 4) reqs.push({ method: 'GET', path: `/api/report/${token.slice(0, Math.floor(rnd() * token.length))}?format=${junk(3)}` })
    else if (k === 5) reqs.push({ method: 'POST', path: '/api/recommend', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(17_000 + Math.floor(rnd() * 50_000)) })
    else if (k === 6) reqs.push({ method: (['TRACE', 'PUT', 'DELETE', 'PATCH'] as const)[i % 4]!, path: ['/', '/wizard', '/api/health', `/r/${token}`][i % 4]! })
    else reqs.push({ method: 'GET', path: '/landscape', headers: { rsc: '1', 'next-router-state-tree': encodeURIComponent(junk(10)) } })
  }
  return reqs
}

async function main() {
  const server = await startServer(PORT)
  const rss = rssSampler(server.proc.pid!)
  try {
    console.log(`load: ${CONNECTIONS} connections, ${DURATION} s per phase, standalone server on ${URL_BASE}; RSS at start ${rss.now().toFixed(0)} MB`)
    const json = { 'content-type': 'application/json' }
    await cannon(rss, 'POST /api/recommend', { method: 'POST', url: `${URL_BASE}/api/recommend`, headers: json, body: JSON.stringify(answers) })
    await cannon(rss, 'GET /r/<token>', { url: `${URL_BASE}/r/${token}` })
    await cannon(rss, 'GET /api/og/<token>', { url: `${URL_BASE}/api/og/${token}` })
    await pdfBurst(rss)
    await ogMisses(rss)
    await largeBodies(rss)
    await cannon(rss, 'bad-input barrage (mixed)', { requests: barrage(800), duration: Math.max(5, DURATION / 2) }, true)
    const after = await fetch(`${URL_BASE}/api/health`)
    console.log(`after the barrage: /api/health ${after.status}`)
    if (!after.ok) fail('health check failed after the barrage')
    console.log('\n| phase | req/s | p50 | p99 (health p95 in the abuse phases) | errors | 5xx | peak RSS | notes |')
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
    for (const r of rows) console.log(r)
    console.log(`\npeak RSS over the whole run: ${rss.overall.toFixed(0)} MB (target under ${RSS_TARGET_MB} MB)`)
    console.log(failed ? 'RESULT: targets MISSED' : 'RESULT: every target met')
    process.exitCode = failed ? 1 : 0
  } finally {
    rss.stop()
    server.stop()
  }
}

void main()
