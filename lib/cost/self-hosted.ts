import { addBands, band, flat, qty, rate, type Band, type Ledger } from './ledger'
import { priceCompute, storageRate } from './rates'

/** Sizing guides state memory and disk in GB (10^9 bytes); rates are per GiB. */
const GB_PER_GIB = 2 ** 30 / 1e9
const gib = (gb: number) => gb / GB_PER_GIB
const scale = (b: Band, k: number): Band => ({ low: b.low * k, expected: b.expected * k, high: b.high * k })

/** A model's answer: a band, or why there is none. */
export type Priced = Band | { unknown: string }

/**
 * Storage priced at the cluster's disk or object-storage rate; when the cloud's rate is unknown the
 * storage is left out and named, never priced at zero silently.
 */
function priceStorage(l: Ledger, kind: 'block' | 'object', what: string, gbMonth: Band): Band {
  const r = storageRate(l, kind)
  if (!r) {
    l.exclude(`${what}: no ${kind === 'block' ? 'disk' : 'object-storage'} price for ${l.inputs.cluster.cloud} in the price book`)
    return flat(0)
  }
  l.line(`${what}: ${qty(gbMonth.low)}–${qty(gbMonth.high)} GB (expected ${qty(gbMonth.expected)}) × ${rate(r.perGbMonth)}/GB-month ${r.cite}`)
  return scale(gbMonth, r.perGbMonth)
}

/**
 * Samples per second from active series and the scrape interval: the default 60 s for low and
 * expected, the 15 s of Prometheus' example configuration for high.
 */
function samplesPerSecond(l: Ledger): Band {
  const s = l.inputs.telemetry.activeSeries
  const slow = s / l.part('prometheus-scrape-interval', 'default_s')
  const fast = s / l.part('prometheus-scrape-interval', 'example_s')
  l.line(`Samples: ${qty(s)} series every 60 s (default) to 15 s (example configuration) = ${qty(slow)}–${qty(fast)} samples/s ${l.cite('prometheus-scrape-interval')}`)
  return band(slow, slow, fast)
}

/** Bytes of TSDB blocks for the retention: 1 byte per sample (low), 2 (expected, high). */
function tsdbGb(l: Ledger, sps: Band): Band {
  const secs = l.inputs.telemetry.retentionDays * 86_400
  const bMin = l.part('prometheus-bytes-per-sample-disk', 'min')
  const bMax = l.part('prometheus-bytes-per-sample-disk', 'max')
  l.line(`Blocks: samples/s × ${l.inputs.telemetry.retentionDays} days × ${bMin}–${bMax} bytes per sample ${l.cite('prometheus-bytes-per-sample-disk')}`)
  return band((sps.low * secs * bMin) / 1e9, (sps.expected * secs * bMax) / 1e9, (sps.high * secs * bMax) / 1e9)
}

/** Prometheus: head-series memory plus local disk for the retention, with the advised headroom. */
export function prometheus(l: Ledger): Priced {
  const s = l.inputs.telemetry.activeSeries
  const kb = l.value('prometheus-memory-per-head-series')
  const memGb = (s * kb * 1000) / 1e9
  l.line(`Memory: ${qty(s)} series × ${kb} kB ${l.cite('prometheus-memory-per-head-series')} = ${qty(memGb)} GB (one replica; an HA pair doubles it)`)
  const fill = l.part('prometheus-disk-headroom', 'max_fill')
  const disk = scale(tsdbGb(l, samplesPerSecond(l)), 1 / fill)
  l.line(`Disk sized so the data fills at most ${fill * 100}% of it ${l.cite('prometheus-disk-headroom')}`)
  // memory and disk are what Prometheus's sizing is driven by; CPU rides on the same nodes
  l.exclude('Prometheus CPU: no published per-series figure in the price book', 'minor')
  return addBands(priceCompute(l, 'Prometheus memory', flat(0), flat(gib(memGb))), priceStorage(l, 'block', 'Prometheus disk', disk))
}

/**
 * Mimir, from Grafana's capacity-planning page: ingesters per 300,000 in-memory series after 3×
 * replication, distributors per 25,000 samples/s, store-gateway disk per million series, one
 * compactor per 20 million series, 50% headroom on memory and disk; blocks in object storage.
 */
export function mimir(l: Ledger): Priced {
  const s = l.inputs.telemetry.activeSeries
  const sps = samplesPerSecond(l)
  const ing = (3 * s) / 300_000
  const dist = scale(sps, 1 / 25_000)
  const compactors = Math.max(1, Math.ceil(s / 20_000_000))
  const head = 1 + l.value('mimir-headroom')
  const cpu = addBands(flat(ing * l.part('mimir-ingester', 'cpu_cores')), scale(dist, l.part('mimir-distributor', 'cpu_cores')), flat(compactors * l.part('mimir-compactor', 'cpu_cores')))
  const memGb = scale(addBands(flat(ing * l.part('mimir-ingester', 'memory_gb')), scale(dist, l.part('mimir-distributor', 'memory_gb')), flat(compactors * l.part('mimir-compactor', 'memory_gb'))), head)
  const diskGb = flat(head * (ing * l.part('mimir-ingester', 'disk_gb') + (s / 1e6) * l.value('mimir-store-gateway-disk') + compactors * l.part('mimir-compactor', 'disk_gb')))
  l.line(
    `Mimir: ${qty(ing)} ingester units (3 × ${qty(s)} series / 300,000) ${l.cite('mimir-ingester')}, distributors per 25,000 samples/s ${l.cite('mimir-distributor')}, ${compactors} compactor(s) ${l.cite('mimir-compactor')}, store-gateway disk ${l.cite('mimir-store-gateway-disk')}, ×${head} on memory and disk ${l.cite('mimir-headroom')}`,
  )
  // queriers serve dashboards and alerts: a few replicas next to the ingest path priced here
  l.exclude('Mimir queriers: sized per query rate, which the inputs do not give', 'minor')
  return addBands(
    priceCompute(l, 'Mimir compute', cpu, scale(memGb, 1 / GB_PER_GIB)),
    priceStorage(l, 'block', 'Mimir disks', diskGb),
    priceStorage(l, 'object', 'Mimir blocks in object storage', tsdbGb(l, sps)),
  )
}

/**
 * Loki: Grafana's sizing page gives one reference deployment for anything under 3 TB a day (its
 * summed requests); smaller volumes need less, by an amount the page does not give. Chunks are
 * stored at the raw volume, an upper bound: the compression ratio is not in the price book.
 */
export function loki(l: Ledger): Priced {
  const { logsGbPerDay, retentionDays } = l.inputs.telemetry
  if (logsGbPerDay >= 3000) return { unknown: 'Loki above 3 TB a day: the sizing tiers list main components only' }
  const cpu = l.part('loki-tier-under-3tb-day', 'total_cpu')
  const memGi = l.part('loki-tier-under-3tb-day', 'total_memory_gi')
  l.line(`Loki: the under-3 TB/day reference deployment, ${cpu} vCPU and ${memGi} Gi in requests ${l.cite('loki-tier-under-3tb-day')}`)
  const stored = logsGbPerDay * retentionDays
  return addBands(priceCompute(l, 'Loki compute', flat(cpu), flat(memGi)), priceStorage(l, 'object', `Log chunks, ${qty(logsGbPerDay)} GB/day × ${retentionDays} days, uncompressed`, flat(stored)))
}

/**
 * Tempo, from Grafana's sizing page: replicas per MB/s received (distributors per 10, ingesters
 * per 3–5, queriers per 1–2), each at the page's CPU and memory; queriers' CPU is not given and is
 * left out. Traces stored at the raw volume in object storage.
 */
export function tempo(l: Ledger): Priced {
  const { tracesGbPerDay, retentionDays } = l.inputs.telemetry
  if (tracesGbPerDay === undefined) return { unknown: 'Needs the trace volume in GB a day' }
  const mbs = (tracesGbPerDay * 1000) / 86_400
  const dist = Math.max(1, Math.ceil(mbs * l.part('tempo-distributor', 'replicas_per_mb_s')))
  const ingLo = Math.max(1, Math.ceil(mbs / l.part('tempo-ingester', 'mb_s_per_replica_max')))
  const ingHi = Math.max(1, Math.ceil(mbs / l.part('tempo-ingester', 'mb_s_per_replica_min')))
  const qLo = Math.max(1, Math.ceil(mbs / l.part('tempo-querier', 'mb_s_per_replica_max')))
  const qHi = Math.max(1, Math.ceil(mbs / l.part('tempo-querier', 'mb_s_per_replica_min')))
  l.line(
    `Tempo at ${qty(mbs)} MB/s: ${dist} distributor(s) ${l.cite('tempo-distributor')}, ${ingLo}–${ingHi} ingesters ${l.cite('tempo-ingester')}, ${qLo}–${qHi} queriers ${l.cite('tempo-querier')}`,
  )
  const dCpu = dist * l.part('tempo-distributor', 'cpu_cores')
  const dMem = dist * l.part('tempo-distributor', 'memory_gb')
  const iCpu = l.part('tempo-ingester', 'cpu_cores')
  const [mLo, mHi] = [l.part('tempo-ingester', 'memory_gb_min'), l.part('tempo-ingester', 'memory_gb_max')]
  const [qmLo, qmHi] = [l.part('tempo-querier', 'memory_gb_min'), l.part('tempo-querier', 'memory_gb_max')]
  const cpu = band(dCpu + ingLo * iCpu, dCpu + ingHi * iCpu, dCpu + ingHi * iCpu)
  const memGb = band(dMem + ingLo * mLo + qLo * qmLo, dMem + ingHi * mLo + qHi * qmLo, dMem + ingHi * mHi + qHi * qmHi)
  l.exclude('Tempo queriers: CPU per replica not published', 'minor')
  const stored = tracesGbPerDay * retentionDays
  return addBands(
    priceCompute(l, 'Tempo compute', cpu, scale(memGb, 1 / GB_PER_GIB)),
    priceStorage(l, 'object', `Traces, ${qty(tracesGbPerDay)} GB/day × ${retentionDays} days, uncompressed`, flat(stored)),
  )
}
