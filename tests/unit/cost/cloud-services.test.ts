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

  it('metrics and tracing stay unknown, with the reason', () => {
    expect(estimate('amazon-cloudwatch', 'metrics')).toEqual({ unknown: expect.stringMatching(/custom-metric tiers: price page not read/), prices: ['amazon-cloudwatch-custom-metrics'] })
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

  it('tracing stays unknown: the Cloud Trace price was not read', () => {
    expect(estimate('google-cloud-observability', 'tracing')).toEqual({ unknown: expect.stringMatching(/^Cloud Trace bills per span/), prices: ['google-cloud-trace-spans'] })
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

  it('leave Cost Explorer and Cloud Billing unknown, never $0', () => {
    expect(estimate('aws-cost-explorer', 'cloud-cost')).toMatchObject({ unknown: expect.stringMatching(/^Cost Explorer console: price page not read/) })
    expect(estimate('google-cloud-billing', 'cloud-cost')).toMatchObject({ unknown: 'price page not read in citable text yet' })
  })
})

describe('the cloud vendors for default inputs', () => {
  const KNOWN: [string, SlotId][] = [
    ['amazon-cloudwatch', 'logs'],
    ['google-cloud-observability', 'logs'],
    ['google-cloud-observability', 'metrics'],
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
    ['amazon-cloudwatch', 'metrics', /custom-metric tiers/],
    ['amazon-cloudwatch', 'tracing', /per trace recorded/],
    ['google-cloud-observability', 'tracing', /per span ingested/],
    ['azure-monitor', 'logs', /price page not read/],
    ['azure-monitor', 'metrics', /price page not read/],
    ['azure-monitor', 'tracing', /price page not read/],
    ['azure-key-vault', 'secrets', /per operation/],
    ['aws-cost-explorer', 'cloud-cost', /console: price page not read/],
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
