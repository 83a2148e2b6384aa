// Load test against the production (standalone) build on 127.0.0.1: /api/recommend, the share
// page and the OG image at 50 connections for 20 s each, then a barrage of malformed requests.
// Prints requests/s, p50/p99 latency and errors. Targets: zero errors, zero 5xx, still answering.
// Needs `npm run build` first. DURATION=5 shortens each phase for a quick run.
import autocannon from 'autocannon'
import { prng } from '../lib/catalog/generate'
import { FULL_SCOPE_ANSWERS, FULL_SCOPE_TOKEN } from './bench/answers'
import { startServer } from './bench/server'

const PORT = 3700
const URL_BASE = `http://127.0.0.1:${PORT}` // where startServer listens
const DURATION = Number(process.env.DURATION ?? 20)
const CONNECTIONS = 50

const answers = FULL_SCOPE_ANSWERS
const token = FULL_SCOPE_TOKEN

interface Phase {
  name: string
  opts: Partial<autocannon.Options>
}

async function run(p: Phase) {
  const result = await autocannon({ url: URL_BASE, connections: CONNECTIONS, duration: DURATION, ...p.opts })
  const fivexx = result['5xx'] ?? 0
  console.log(
    `${p.name.padEnd(28)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p50 ${String(result.latency.p50).padStart(4)} ms  ` +
      `p99 ${String(result.latency.p99).padStart(5)} ms  errors ${result.errors}  timeouts ${result.timeouts}  non-2xx ${result.non2xx}  5xx ${fivexx}`,
  )
  return { errors: result.errors + result.timeouts, fivexx, non2xx: result.non2xx }
}

/** Random bodies and tokens: broken JSON, wrong types, huge values, junk paths. */
function barrage(count: number): autocannon.Request[] {
  const rnd = prng(99)
  const junk = (n: number) => Array.from({ length: n }, () => String.fromCharCode(32 + Math.floor(rnd() * 95))).join('')
  const reqs: autocannon.Request[] = []
  for (let i = 0; i < count; i++) {
    const k = i % 6
    if (k === 0) reqs.push({ method: 'POST', path: '/api/recommend', headers: { 'content-type': 'application/json' }, body: junk(1 + Math.floor(rnd() * 200)) })
    else if (k === 1) reqs.push({ method: 'POST', path: '/api/recommend', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...answers, scope: [junk(5)], weights: { capability: rnd() * 1e9 } }) })
    else if (k === 2) reqs.push({ method: 'GET', path: `/r/${encodeURIComponent(junk(1 + Math.floor(rnd() * 60)))}` })
    else if (k === 3) reqs.push({ method: 'GET', path: `/api/og/1${encodeURIComponent(junk(1 + Math.floor(rnd() * 40)))}` })
    else if (k === 4) reqs.push({ method: 'GET', path: `/api/report/${token.slice(0, Math.floor(rnd() * token.length))}?format=${junk(3)}` })
    else reqs.push({ method: 'POST', path: '/api/recommend', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(17_000 + Math.floor(rnd() * 50_000)) })
  }
  return reqs
}

async function main() {
  const server = await startServer(PORT)
  try {
    console.log(`load: ${CONNECTIONS} connections, ${DURATION} s per phase, standalone server on ${URL_BASE}`)
    const phases: Phase[] = [
      { name: 'POST /api/recommend', opts: { method: 'POST', url: `${URL_BASE}/api/recommend`, headers: { 'content-type': 'application/json' }, body: JSON.stringify(answers) } },
      { name: 'GET /r/<token>', opts: { url: `${URL_BASE}/r/${token}` } },
      { name: 'GET /api/og/<token>', opts: { url: `${URL_BASE}/api/og/${token}` } },
    ]
    let failed = false
    for (const p of phases) {
      const r = await run(p)
      if (r.errors > 0 || r.fivexx > 0 || r.non2xx > 0) failed = true
    }
    const bad = await run({ name: 'bad-input barrage (mixed)', opts: { requests: barrage(600), duration: Math.max(5, DURATION / 2) } })
    if (bad.errors > 0 || bad.fivexx > 0) failed = true
    const after = await fetch(`${URL_BASE}/api/health`)
    console.log(`after the barrage: /api/health ${after.status}`)
    if (!after.ok) failed = true
    console.log(failed ? 'RESULT: targets MISSED (errors or 5xx)' : 'RESULT: zero errors, zero 5xx, server still answering')
    process.exitCode = failed ? 1 : 0
  } finally {
    server.stop()
  }
}

void main()
