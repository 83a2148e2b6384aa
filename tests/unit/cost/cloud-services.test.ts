import { describe, expect, it } from 'vitest'
import type { SlotId } from '@/lib/catalog/slots'
import { EMBEDDED_PRICES } from '@/lib/cost/embedded-prices'
import type { CostInputs } from '@/lib/cost/inputs'
import { isKnown } from '@/lib/cost/ledger'
import { SMALL } from '@/tests/support/cost-inputs'
import { estimate, known } from '@/tests/support/estimate'

const retention = (retentionDays: number): CostInputs => ({ ...SMALL, telemetry: { ...SMALL.telemetry, retentionDays } })

// SMALL: 10 GB of logs a day = 10 × 730/24 = 304.17 GB a month; 100,000 active series; 30 days.
const LOGS = (10 * 730) / 24
const GIB = 1e9 / 2 ** 30

describe('Amazon CloudWatch, by hand', () => {
  it('logs: $0.50 per GB ingested plus $0.03 per GB-month kept; 5 GB free in low only', () => {
    const c = known('amazon-cloudwatch', 'logs')
    // kept: 10 GB/day × 30 days = 300 GB × $0.03 = $9
    expect(c.expected).toBeCloseTo(LOGS * 0.5 + 9, 2) // 161.08
    expect(c.high).toBeCloseTo(LOGS * 0.5 + 9, 2)
    expect(c.low).toBeCloseTo((LOGS - 5) * 0.5 + 9, 2) // 158.58
    expect(c.excludes).toEqual([expect.stringMatching(/^Logs Insights queries/)])
    expect(c.caveats).toContain('amazon-cloudwatch-logs-ingestion: secondary')
    // 90 days keeps 900 GB: $27
    expect(known('amazon-cloudwatch', 'logs', retention(90)).expected).toBeCloseTo(LOGS * 0.5 + 27, 2)
  })

  it('metrics: one custom metric per active series, through the tiers; 10 metrics free in low only', () => {
    // 100,000 metrics: 10,000 × $0.30 + 90,000 × $0.10 = $3,000 + $9,000 = $12,000
    // low: the 10 free metrics are the first counted, at $0.30: $12,000 − $3 = $11,997
    const c = known('amazon-cloudwatch', 'metrics')
    expect([c.low, c.expected, c.high]).toEqual([11_997, 12_000, 12_000])
    expect(c.basis[0]).toMatch(/one custom metric each/)
    expect(c.excludes).toEqual([expect.stringMatching(/^API requests to publish and read metrics/)])
    expect(c.gaps).toBe('minor')
    expect(c.prices).toEqual(['amazon-cloudwatch-free-tier-metrics', 'amazon-cloudwatch-custom-metrics'])
    // 2,000,000 metrics reach every tier: 10,000 × $0.30 + 240,000 × $0.10 + 750,000 × $0.05 + 1,000,000 × $0.02
    // = $3,000 + $24,000 + $37,500 + $20,000 = $84,500; low: the 10 free at $0.30 off, $84,497
    const big = known('amazon-cloudwatch', 'metrics', { ...SMALL, telemetry: { ...SMALL.telemetry, activeSeries: 2_000_000 } })
    expect([big.low, big.expected, big.high]).toEqual([84_497, 84_500, 84_500])
    // 5 metrics: 5 × $0.30 = $1.50, all within the 10 free in low
    const few = known('amazon-cloudwatch', 'metrics', { ...SMALL, telemetry: { ...SMALL.telemetry, activeSeries: 5 } })
    expect([few.low, few.expected]).toEqual([0, 1.5])
  })

  it('tracing stays unknown, with the reason', () => {
    expect(estimate('amazon-cloudwatch', 'tracing')).toEqual({ unknown: expect.stringMatching(/^X-Ray bills per trace recorded/), prices: ['aws-x-ray-traces-recorded'] })
  })
})

describe('Google Cloud Observability, by hand', () => {
  it('logs: $0.50 per GiB with 30 days included; 50 GiB free per project in low only', () => {
    const c = known('google-cloud-observability', 'logs')
    const gib = LOGS * GIB // 283.27 GiB
    expect(c.expected).toBeCloseTo(gib * 0.5, 2) // 141.64
    expect(c.low).toBeCloseTo((gib - 50) * 0.5, 2) // 116.64
    // 90 days keeps 60 extra days × 10 GB = 600 GB = 558.79 GiB at $0.01
    expect(known('google-cloud-observability', 'logs', retention(90)).expected).toBeCloseTo(gib * 0.5 + 600 * GIB * 0.01, 2)
  })

  it('metrics: samples ingested, $0.06 (2026 guide) to $0.15 (Google, 2023) per million', () => {
    // 100,000 series × 730 h × 3,600 s / 60 s = 4,380 million samples; / 15 s = 17,520 million
    const c = known('google-cloud-observability', 'metrics')
    expect([c.low, c.expected, c.high]).toEqual([262.8, 262.8, 2628]) // 4,380 × 0.06; 17,520 × 0.15
    expect(c.stale).toEqual(['google-cloud-managed-prometheus-samples'])
    expect(c.caveats).toContain('google-cloud-managed-prometheus-samples-2026: secondary, unverified')
  })

  it('tracing: $0.20 per million spans at 500 bytes a span; 2.5 million free in low only', () => {
    // 1 GB a day / 500 bytes = 2,000,000 spans a day × 730/24 days = 60.833 million a month
    // × $0.20 = $12.17; low: (60.833 − 2.5) × $0.20 = $11.67
    const c = known('google-cloud-observability', 'tracing')
    expect(c.expected).toBeCloseTo(((2e6 * 730) / 24 / 1e6) * 0.2, 2)
    expect([c.low, c.expected, c.high]).toEqual([11.67, 12.17, 12.17])
    expect(c.basis[0]).toMatch(/500 bytes a span \(Grafana Tempo's typical span size; span rate not given\)/)
    expect(c.stale).toEqual(['google-cloud-trace-spans']) // read on a 2021 copy of Google's page
    expect(c.excludes).toEqual([])
    // a span rate is used as given: 100 spans/s × 730 h × 3,600 s = 262.8 million × $0.20 = $52.56; low (262.8 − 2.5) × $0.20 = $52.06
    const r = known('google-cloud-observability', 'tracing', { ...SMALL, telemetry: { ...SMALL.telemetry, spansPerSecond: 100 } })
    expect([r.low, r.expected, r.high]).toEqual([52.06, 52.56, 52.56])
    // no volume at all: unknown, never $0
    const none = { ...SMALL, telemetry: { ...SMALL.telemetry, tracesGbPerDay: undefined } }
    expect(estimate('google-cloud-observability', 'tracing', none)).toEqual({ unknown: expect.stringMatching(/neither the span rate nor the trace volume/), prices: ['google-cloud-trace-spans'] })
  })
})

describe('secrets managers, by hand', () => {
  it('AWS Secrets Manager: $0.40 a secret-month, 100 secrets assumed and said; API calls left out', () => {
    const c = known('aws-secrets-manager', 'secrets')
    expect([c.low, c.expected, c.high]).toEqual([40, 40, 40]) // 100 × 0.40
    expect(c.basis[0]).toBe('Assumed 100 secrets stored (not given; the questionnaire does not ask)')
    expect(c.excludes).toEqual([expect.stringMatching(/^API calls/)])
    expect(known('aws-secrets-manager', 'secrets', { ...SMALL, secretsStored: 25 }).expected).toBe(10) // 25 × 0.40
  })

  it('Google Secret Manager: $0.06 an active version, 6 free in low only', () => {
    const c = known('google-secret-manager', 'secrets')
    expect([c.low, c.expected, c.high]).toEqual([5.64, 6, 6]) // (100 − 6) × 0.06; 100 × 0.06
    expect(known('google-secret-manager', 'secrets', { ...SMALL, secretsStored: 4 }).low).toBe(0)
  })

  it('Azure Key Vault: operations only, which the inputs do not count', () => {
    expect(estimate('azure-key-vault', 'secrets')).toMatchObject({ unknown: expect.stringMatching(/^Key Vault bills per operation/) })
  })
})

describe('free cloud consoles', () => {
  it('price IAM at a sourced $0, with no seat count needed', () => {
    for (const v of ['aws-iam-identity-center', 'google-cloud-iam']) {
      const c = known(v, 'access-control', { ...SMALL, accessUsers: undefined })
      expect([c.low, c.expected, c.high], v).toEqual([0, 0, 0])
      expect(c.prices, v).toHaveLength(1)
    }
  })

  it('price Azure Cost Management at $0 and name the AKS tier it needs', () => {
    const c = known('azure-cost-management', 'k8s-cost')
    expect([c.low, c.expected, c.high]).toEqual([0, 0, 0])
    expect(c.excludes).toEqual([expect.stringMatching(/Standard or Premium tier/)])
  })

  it('price the Cost Explorer console at a sourced $0 and leave the API, $0.01 a request, out by name', () => {
    const c = known('aws-cost-explorer', 'cloud-cost')
    expect([c.low, c.expected, c.high]).toEqual([0, 0, 0])
    expect(c.prices).toEqual(['aws-cost-explorer-console', 'aws-cost-explorer-api-request'])
    expect(c.excludes).toEqual(['Cost Explorer API ($0.01 a paginated request): request count not known'])
    expect(c.gaps).toBe('minor')
  })

  it('leave Cloud Billing unknown, never $0', () => {
    expect(estimate('google-cloud-billing', 'cloud-cost')).toMatchObject({ unknown: 'price page not read in citable text yet' })
  })
})

describe('the cloud vendors for default inputs', () => {
  const KNOWN: [string, SlotId][] = [
    ['amazon-cloudwatch', 'logs'],
    ['google-cloud-observability', 'logs'],
    ['google-cloud-observability', 'metrics'],
    ['google-cloud-observability', 'tracing'],
    ['amazon-cloudwatch', 'metrics'],
    ['aws-cost-explorer', 'cloud-cost'],
    ['aws-secrets-manager', 'secrets'],
    ['google-secret-manager', 'secrets'],
    ['aws-iam-identity-center', 'access-control'],
    ['google-cloud-iam', 'access-control'],
    ['azure-cost-management', 'cloud-cost'],
    ['azure-cost-management', 'k8s-cost'],
    ['google-cloud-service-mesh', 'service-mesh'],
    ['aks-istio-addon', 'service-mesh'],
  ]
  const UNKNOWN: [string, SlotId, RegExp][] = [
    ['amazon-cloudwatch', 'tracing', /per trace recorded/],
    ['azure-monitor', 'logs', /price page not read/],
    ['azure-monitor', 'metrics', /price page not read/],
    ['azure-monitor', 'tracing', /price page not read/],
    ['azure-key-vault', 'secrets', /per operation/],
    ['google-cloud-billing', 'cloud-cost', /price page not read/],
  ]

  it('are known where a price was read', () => {
    for (const [v, slot] of KNOWN) expect(isKnown(estimate(v, slot)), `${v} ${slot}`).toBe(true)
  })

  it('are a specific unknown elsewhere, never "not researched"', () => {
    for (const [v, slot, why] of UNKNOWN) expect(estimate(v, slot), `${v} ${slot}`).toMatchObject({ unknown: expect.stringMatching(why) })
    for (const e of EMBEDDED_PRICES.data.prices.filter((p) => p.vendor && [...KNOWN, ...UNKNOWN].some(([v]) => v === p.vendor)))
      expect(e.unknown, e.id).not.toBe('not-researched')
  })

  it('keep a managed mesh’s unread fee out, visibly', () => {
    expect(known('aks-istio-addon', 'service-mesh').excludes).toEqual(['Vendor fee: price page not read in citable text yet (aks-istio-addon-pricing)'])
  })
})
