// Recommendation latency on the embedded data set and on a generated 2,000-vendor catalog.
// Targets: under 1 ms for the 47 landscape vendors and under 20 ms for 2,000 generated vendors per
// recommendation (mean), including robustness analysis; the whole embedded data set is reported too.
import { performance } from 'node:perf_hooks'
import { FIELDS } from '../lib/answers/registry'
import { AnswersSchema, type Answers } from '../lib/answers/schema'
import { loadCatalog, type Catalog } from '../lib/catalog/catalog'
import { buildCatalog } from '../lib/catalog/build'
import { EMBEDDED_CATALOG } from '../lib/catalog/embedded'
import { generateDataset, prng } from '../lib/catalog/generate'
import { recommend } from '../lib/recommend'
import { EMBEDDED_PRICES } from '../lib/cost/embedded-prices'
import { estimateStack } from '../lib/cost/estimate'
import { inputsFromAnswers } from '../lib/cost/inputs'
import { ms, summarize } from './bench/stats'

function answerSets(count: number, seed: number): Answers[] {
  const rnd = prng(seed)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!
  // every area and signal in scope, each single-choice question answered at random
  return Array.from({ length: count }, () =>
    AnswersSchema.parse({
      ...Object.fromEntries(FIELDS.flatMap((f) => (f.kind === 'single' ? [[f.name, pick(f.options).value]] : []))),
      scope: ['service-mesh', 'observability', 'security', 'cost'],
      signals: ['traces', 'logs', 'metrics'],
    }),
  )
}

function bench(label: string, catalog: Catalog, runs: number, target: number) {
  const sets = answerSets(runs, 42)
  // warm-up on other answers: JIT, the slot index and the per-vendor caches, as in a running server
  for (const a of answerSets(Math.min(200, runs), 7)) recommend(a, catalog)
  const samples = sets.map((a) => {
    const t0 = performance.now()
    recommend(a, catalog)
    return performance.now() - t0
  })
  const s = summarize(samples)
  const verdict = s.mean < target ? 'OK' : 'OVER TARGET'
  console.log(
    `${label.padEnd(34)} n=${s.n}  mean ${ms(s.mean)}  p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  max ${ms(s.max)}  target < ${target} ms: ${verdict}`,
  )
}

console.log(`recommend() latency, all four areas in scope, node ${process.version}`)
// the original landscape alone (the 47-vendor case the targets were set for), then the whole
// embedded data set with the vendors added since (OpenCost, OpenBao, cloud built-ins…)
const landscape = buildCatalog({ title: 'landscape', asOf: EMBEDDED_CATALOG.asOf, vendors: EMBEDDED_CATALOG.vendors.filter((v) => v.origin === 'landscape') })
bench(`landscape vendors (${landscape.vendors.length})`, landscape, 2000, 1)
bench(`embedded data (${EMBEDDED_CATALOG.vendors.length} vendors)`, EMBEDDED_CATALOG, 2000, 1)
const t0 = performance.now()
const big = loadCatalog(generateDataset(2000, 3))
console.log(`generated catalog validated in ${ms(performance.now() - t0)}`)
bench('generated catalog (2,000 vendors)', big, 200, 20)

// The cost estimate of a recommended stack (inputs from the answers, every slot priced), target
// under 0.2 ms per recommendation: it runs after every recommend() in the browser.
{
  const recs = answerSets(2000, 11).map((a) => recommend(a, EMBEDDED_CATALOG))
  const today = EMBEDDED_CATALOG.asOf
  for (const r of recs.slice(0, 200)) estimateStack(r.stack, inputsFromAnswers(r.answers), EMBEDDED_PRICES, today, EMBEDDED_CATALOG)
  const samples = recs.map((r) => {
    const t0 = performance.now()
    estimateStack(r.stack, inputsFromAnswers(r.answers), EMBEDDED_PRICES, today, EMBEDDED_CATALOG)
    return performance.now() - t0
  })
  const s = summarize(samples)
  console.log(
    `${'cost estimate of the stack'.padEnd(34)} n=${s.n}  mean ${ms(s.mean)}  p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  max ${ms(s.max)}  target < 0.2 ms: ${s.mean < 0.2 ? 'OK' : 'OVER TARGET'}`,
  )
}
