import { Worker } from 'node:worker_threads'
import { Limiter } from '@/lib/concurrency/limiter'
import type { ReportModel } from '@/lib/report/build-report'
import type { CardModel } from '@/lib/share/card-model'
import { Lru } from '@/lib/share/lru'
import { WorkerPool } from './worker-pool'

const intFromEnv = (name: string, fallback: number, min: number) => {
  const raw = process.env[name]
  const n = Number(raw)
  return raw !== undefined && raw !== '' && Number.isInteger(n) && n >= min ? n : fallback
}

// One worker per kind by default: the deployment gets one CPU, and renders must leave the request
// thread free. RENDER_WORKERS=0 renders in the calling thread (unit tests run TypeScript sources,
// which a worker thread cannot load).
const IN_THREAD = intFromEnv('RENDER_WORKERS', 1, 0) === 0
const TIMEOUT_MS = intFromEnv('RENDER_TIMEOUT_MS', 30_000, 1000)
// A render worker's heap is capped so a pathological document cannot take the pod's memory; a
// small young generation keeps its resident size close to what it actually holds.
const resourceLimits = { maxOldGenerationSizeMb: intFromEnv('RENDER_WORKER_HEAP_MB', 64, 32), maxYoungGenerationSizeMb: 8 }

interface Renderer<In> {
  limiter: Limiter
  cache: Lru<string, Uint8Array>
  pool: () => WorkerPool<In>
  inThread: () => Promise<(input: In) => Promise<Uint8Array>>
}

let pdfPool: WorkerPool<ReportModel> | undefined
let cardPool: WorkerPool<CardModel> | undefined

const PDF: Renderer<ReportModel> = {
  limiter: new Limiter({ concurrency: 1, maxQueue: intFromEnv('PDF_QUEUE', 8, 0), retryAfterSeconds: 5 }),
  cache: new Lru(64), // ~80 KB per report
  pool: () => (pdfPool ??= new WorkerPool('PDF', 1, () => new Worker(new URL('./pdf-worker.ts', import.meta.url), { resourceLimits }), TIMEOUT_MS)),
  inThread: async () => (await import('./render-pdf')).renderReportPdf,
}

const CARD: Renderer<CardModel> = {
  limiter: new Limiter({ concurrency: 1, maxQueue: intFromEnv('OG_QUEUE', 16, 0), retryAfterSeconds: 2 }),
  // Many tokens (different weights, tools) show the same card: ~60 KB each, 300 stay under 20 MB.
  // OG_CACHE=0 turns it off (benchmarks of the raw render).
  cache: new Lru(process.env.OG_CACHE === '0' ? 0 : 300),
  pool: () => (cardPool ??= new WorkerPool('share image', 1, () => new Worker(new URL('./card-worker.ts', import.meta.url), { resourceLimits }), TIMEOUT_MS)),
  inThread: async () => (await import('./render-card')).renderCardPng,
}

async function render<In>(r: Renderer<In>, key: string, input: In): Promise<{ bytes: Uint8Array; cached: boolean }> {
  const hit = r.cache.get(key)
  if (hit) return { bytes: hit, cached: true }
  const bytes = await r.limiter.run(key, async () => (IN_THREAD ? (await r.inThread())(input) : r.pool().run(input)))
  r.cache.set(key, bytes)
  return { bytes, cached: false }
}

/**
 * The report as PDF bytes. `key` names the content (token, data version, date): identical
 * requests render once and repeats come from a small cache. Throws QueueFullError when too many
 * renders wait, and an Error when rendering fails; never returns an empty document.
 */
export async function renderPdf(key: string, model: ReportModel): Promise<Uint8Array> {
  const { bytes } = await render(PDF, key, model)
  if (bytes.byteLength < 100 || new TextDecoder().decode(bytes.subarray(0, 5)) !== '%PDF-') throw new Error('the PDF renderer returned no document')
  return bytes
}

/** The share card as PNG bytes, keyed by what it shows. Throws QueueFullError when too many wait. */
export function renderCard(key: string, model: CardModel): Promise<{ bytes: Uint8Array; cached: boolean }> {
  return render(CARD, key, model)
}
