// Lighthouse (mobile preset, the default) on the wizard, the results and the shared-stack page,
// median of 3 runs each; also prints the wizard's first-load JS. Needs `npm run build` first.
// Lighthouse is installed on first use into .lighthouse/ so the app's install stays lean.
// Targets: performance >= 95 and accessibility 100; wizard first-load JS <= 150 KB gzip.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { FULL_SCOPE_TOKEN } from './bench/answers'
import { startServer } from './bench/server'

const LH_DIR = '.lighthouse'
const LH = `${LH_DIR}/node_modules/lighthouse/cli/index.js`
const RUNS = 3

if (!existsSync(LH)) {
  mkdirSync(LH_DIR, { recursive: true })
  console.log('installing lighthouse 13.5.0 into .lighthouse/ ...')
  execFileSync('npm', ['install', '--prefix', LH_DIR, '--no-audit', '--no-fund', '--no-save', 'lighthouse@13.5.0'], { stdio: 'ignore' })
}

const token = FULL_SCOPE_TOKEN

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function main() {
  const server = await startServer(3400)
  try {
    const pages = {
      'wizard (/wizard)': `${server.url}/wizard`,
      'results (/wizard, results step)': `${server.url}/wizard?from=${token}&step=results`,
      'shared stack (/r/<token>)': `${server.url}/r/${token}`,
    }
    for (const [label, url] of Object.entries(pages)) {
      const perf: number[] = []
      const a11y: number[] = []
      let lcp = 0
      for (let i = 0; i < RUNS; i++) {
        const out = `${LH_DIR}/report.json`
        const run = () =>
          spawnSync(
            'node',
            [LH, url, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility',
              '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
            { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, encoding: 'utf8' },
          )
        // Lighthouse now and then loses the trace of a load (NO_NAVSTART): such a run is repeated, not counted
        let r = run()
        for (let retry = 0; r.status !== 0 && /NO_NAVSTART|NO_FCP/.test(r.stderr) && retry < 2; retry++) r = run()
        if (r.status !== 0) throw new Error(`lighthouse failed on ${url}: ${r.stderr.slice(-500)}`)
        const report = JSON.parse(readFileSync(out, 'utf8'))
        perf.push(Math.round(report.categories.performance.score * 100))
        a11y.push(Math.round(report.categories.accessibility.score * 100))
        lcp = report.audits['largest-contentful-paint'].numericValue
      }
      const p = median(perf)
      const a = median(a11y)
      console.log(
        `${label.padEnd(34)} performance ${p} (runs ${perf.join('/')})  accessibility ${a}  LCP ~${(lcp / 1000).toFixed(1)} s  ` +
          `${p >= 95 && a === 100 ? 'OK' : 'MISSED (target perf >= 95, a11y 100)'}`,
      )
    }
  } finally {
    server.stop()
  }
  const bundle = spawnSync('node', ['scripts/bundle-size.mjs', '/wizard', '150'], { encoding: 'utf8' })
  process.stdout.write(bundle.stdout)
}

void main()
