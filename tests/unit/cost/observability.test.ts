import { describe, expect, it } from 'vitest'
import { type KnownCost } from '@/lib/cost/ledger'
import { SMALL } from '@/tests/support/cost-inputs'
import { estimate, known } from '@/tests/support/estimate'

const bands = (c: KnownCost) => [c.low, c.expected, c.high]

// SMALL: 10 GB of logs a day = 10 × 730/24 = 304.17 GB a month; 1 GB of spans a day = 30.42 GB.
const LOGS = (10 * 730) / 24
const SPANS = 730 / 24

describe('SaaS list prices, by hand', () => {
  it('Datadog logs: ingestion per GB, indexing left out and named', () => {
    const c = known('datadog', 'logs')
    expect(c.expected).toBeCloseTo(LOGS * 0.1, 2) // 30.42
    expect(c.excludes).toEqual([expect.stringMatching(/^Log indexing/)])
  })

  it('Datadog metrics: hosts plus custom metrics beyond 100 a host', () => {
    // hosts 2 × $15 (annual) to $18 (on-demand); custom (100,000 − 200) / 100 × $5 = $4,990
    expect(bands(known('datadog', 'metrics'))).toEqual([30, 30 + 4990, 36 + 4990])
  })

  it('Grafana Cloud metrics: $6.50 per 1,000 series plus the $19 platform fee; low takes off the free 10,000', () => {
    // low 19 + 90,000 × 6.5 / 1,000 = 604; expected 19 + 100,000 × 6.5 / 1,000 = 669
    expect(bands(known('grafana-labs', 'metrics'))).toEqual([604, 669, 669])
  })

  it('Grafana Cloud logs: process + write per GB; 30 days are included', () => {
    // 304.17 GB × (0.05 + 0.40) + 19; low takes off the free 50 GB
    const c = known('grafana-labs', 'logs')
    expect(c.expected).toBeCloseTo(19 + LOGS * 0.45, 2) // 155.88
    expect(c.low).toBeCloseTo(19 + (LOGS - 50) * 0.45, 2) // 133.38
    // 90 days keeps 10 GB/day × 60 extra days = 600 GB at $0.10
    expect(known('grafana-labs', 'logs', { ...SMALL, telemetry: { ...SMALL.telemetry, retentionDays: 90 } }).expected).toBeCloseTo(19 + LOGS * 0.45 + 60, 2)
  })

  it('Coralogix logs: the compliance, monitoring and frequent-search pipelines bound the band', () => {
    const c = known('coralogix', 'logs')
    expect(c.low).toBeCloseTo(LOGS * 0.18, 2)
    expect(c.expected).toBeCloseTo(LOGS * 0.5, 2)
    expect(c.high).toBeCloseTo(LOGS * 1.15, 2)
  })

  it('Coralogix traces: 0.1 / 0.25 / 0.5 units per GB at $1.50', () => {
    expect(bands(known('coralogix', 'tracing')).map((n) => n.toFixed(2))).toEqual([SPANS * 0.15, SPANS * 0.375, SPANS * 0.75].map((n) => n.toFixed(2)))
  })

  it('New Relic: 100 GB free in low only, $0.40 per GB otherwise; seats left out', () => {
    const c = known('new-relic', 'logs')
    expect(c.low).toBeCloseTo((LOGS - 100) * 0.3, 2) // 61.25
    expect(c.expected).toBeCloseTo(LOGS * 0.4, 2) // 121.67
    expect(c.excludes).toEqual([expect.stringMatching(/^Full-platform user seats/)])
  })

  it('Dynatrace traces: Full-Stack per 8 GiB of host memory', () => {
    // 2 hosts × 16 GiB / 8 × $58 = $232
    expect(bands(known('dynatrace', 'tracing'))).toEqual([232, 232, 232])
  })

  it('is unknown, never zero, where the vendor publishes no price', () => {
    expect(estimate('chronosphere', 'metrics')).toEqual({ unknown: 'no published price (contact sales)', prices: ['chronosphere-platform'] })
    expect(estimate('sumo-logic', 'logs')).toMatchObject({ unknown: 'no published price (contact sales)' })
    expect(estimate('azure-monitor', 'logs')).toMatchObject({ unknown: 'price page not read in citable text yet' })
    expect(estimate('signalfx', 'logs')).toMatchObject({ unknown: expect.stringMatching(/^The price book has no price for .+ in this slot$/) })
  })
})

describe('self-hosted sizing, by hand', () => {
  it('Prometheus: 3 kB per head series, 1–2 bytes per sample on disk at 85% fill', () => {
    // memory 100,000 × 3 kB = 0.3 GB = 0.2794 GiB × $0.0043977 × 730 = $0.897
    const mem = (0.3 / 1.073741824) * 0.0043977 * 730
    // disk: 100,000 series / 60 s × 30 days × 86,400 s × 1 byte = 4.32 GB (low), 2 bytes = 8.64 GB (expected),
    // every 15 s × 2 bytes = 34.56 GB (high); ÷ 0.85; × $0.08 per GB-month (gp3)
    const c = known('prometheus', 'metrics')
    expect(c.low).toBeCloseTo(mem + (4.32 / 0.85) * 0.08, 2) // 1.30
    expect(c.expected).toBeCloseTo(mem + (8.64 / 0.85) * 0.08, 2) // 1.71
    expect(c.high).toBeCloseTo(mem + (34.56 / 0.85) * 0.08, 2) // 4.15
    expect(c.excludes).toEqual([expect.stringMatching(/^Prometheus CPU/)])
  })

  it('Loki: the under-3 TB/day reference deployment plus raw chunks in object storage', () => {
    // 38 vCPU and 59 Gi at AWS rates; 10 GB/day × 30 days = 300 GB × $0.023 (S3 Standard)
    const c = known('grafana-labs', 'logs', { ...SMALL, hosting: 'self-hosted' })
    expect(c.expected).toBeCloseTo((38 * 0.03281 + 59 * 0.0043977) * 730 + 300 * 0.023, 2) // 1,106.46
  })

  it('leaves a disk price the book lacks out, and names it', () => {
    const c = known('prometheus', 'metrics', { ...SMALL, cluster: { ...SMALL.cluster, cloud: 'azure' } })
    expect(c.excludes).toContain('Prometheus disk: no disk price for azure in the price book')
  })

  it('flags a stale price it uses', () => {
    // Azure Blob Hot LRS is quoted as of 2023-09
    const c = known('grafana-labs', 'logs', { ...SMALL, hosting: 'self-hosted', cluster: { ...SMALL.cluster, cloud: 'azure' } })
    expect(c.stale).toEqual(['object-azure-blob-hot-lrs'])
  })
})
