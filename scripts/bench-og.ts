// OG image latency (p50/p95 over 200 warm requests, each a distinct token) against the same
// card rendered as HTML and screenshotted with headless Chromium. Needs `npm run build` first.
// Targets: image p95 under 100 ms, and at least 10x faster than the screenshot route.
//
// Both paths are measured: the route caches PNGs by card content (many tokens differ only in
// weights or tools and show the same card), and a second server runs with the cache off to show
// the raw render. Raw rendering costs about 0.1 ms per glyph in the image renderer, so a card
// with the whole stack and its constraints takes ~35 ms; only the cached path is 10x faster.
import { performance } from 'node:perf_hooks'
import { chromium } from 'playwright-core'
import { distinctTokens } from './bench/answers'
import { startServer } from './bench/server'
import { ms, summarize } from './bench/stats'

const REQUESTS = 200
const SCREENSHOTS = 40

async function ogLatency(cache: boolean, port: number, all: string[]) {
  const server = await startServer(port, { OG_CACHE: cache ? '1' : '0', OG_CACHE_STATUS: '1', OG_QUEUE: '1000', OG_CLIENT_BURST: '100000' })
  try {
    const t0 = performance.now()
    await (await fetch(`${server.url}/api/og/${all[0]}`)).arrayBuffer()
    const cold = performance.now() - t0
    for (const t of all.slice(1, 20)) await (await fetch(`${server.url}/api/og/${t}`)).arrayBuffer() // warm-up
    const samples: number[] = []
    let hits = 0
    for (const t of all.slice(20, 20 + REQUESTS)) {
      const s = performance.now()
      const res = await fetch(`${server.url}/api/og/${t}`)
      await res.arrayBuffer()
      if (res.status !== 200) throw new Error(`OG status ${res.status}`)
      samples.push(performance.now() - s)
      if (res.headers.get('x-card-cache') === 'hit') hits++
    }
    return { cold, stats: summarize(samples), hits }
  } finally {
    server.stop()
  }
}

async function screenshotLatency(port: number, all: string[]) {
  const server = await startServer(port)
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 630 } })
    for (const t of all.slice(0, 5)) await page.goto(`${server.url}/r/${t}/card`) // warm browser and route
    const shots: number[] = []
    for (const t of all.slice(20 + REQUESTS)) {
      const s = performance.now()
      await page.goto(`${server.url}/r/${t}/card`)
      await page.locator('#card').screenshot({ type: 'png' })
      shots.push(performance.now() - s)
    }
    return summarize(shots)
  } finally {
    await browser.close()
    server.stop()
  }
}

async function main() {
  const all = distinctTokens(REQUESTS + SCREENSHOTS + 20)
  const cached = await ogLatency(true, 3300, all)
  const raw = await ogLatency(false, 3301, all)
  const shot = await screenshotLatency(3302, all)
  const line = (label: string, x: ReturnType<typeof summarize>) =>
    console.log(`${label.padEnd(52)} p50 ${ms(x.p50)}  p95 ${ms(x.p95)}  mean ${ms(x.mean)}`)
  console.log(`OG image cold (first request after start): ${ms(cached.cold)}`)
  line(`OG image, ${REQUESTS} distinct tokens (card cache on, ${cached.hits} hits)`, cached.stats)
  line(`OG image, ${REQUESTS} distinct tokens, cache off (raw render)`, raw.stats)
  line(`Chromium screenshot of the same card as HTML (${shot.n})`, shot)
  const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}x`
  console.log(`ratio screenshot/OG (cache on):  p50 ${ratio(shot.p50, cached.stats.p50)}  p95 ${ratio(shot.p95, cached.stats.p95)}`)
  console.log(`ratio screenshot/OG (cache off): p50 ${ratio(shot.p50, raw.stats.p50)}  p95 ${ratio(shot.p95, raw.stats.p95)}`)
  console.log(
    `targets: p95 < 100 ms: cache on ${cached.stats.p95 < 100 ? 'OK' : 'MISSED'}, cache off ${raw.stats.p95 < 100 ? 'OK' : 'MISSED'}; ` +
      `>= 10x faster (p50): cache on ${shot.p50 / cached.stats.p50 >= 10 ? 'OK' : 'MISSED'}, cache off ${shot.p50 / raw.stats.p50 >= 10 ? 'OK' : 'MISSED'}`,
  )
}

void main()
