import { describe, expect, it } from 'vitest'
import type { CostInputs } from '@/lib/cost/inputs'
import { SMALL } from '@/tests/support/cost-inputs'
import { estimate, known } from '@/tests/support/estimate'

const SELF: CostInputs = { ...SMALL, hosting: 'self-hosted' }

// SMALL: 10 GB of logs a day = 10 × 730/24 = 304.17 GB a month; 1 GB of spans a day = 30.42 GB.
const LOGS = (10 * 730) / 24
const SPANS = 730 / 24
// AWS m7i split (price book, derived): $0.0043977 per GiB-hour over 730 h.
const GIB_MONTH = 0.0043977 * 730

describe('Elastic Observability Serverless, by hand', () => {
  it('logs: GB ingested plus GB held, Logs Essentials (low) to Complete (expected, high)', () => {
    const c = known('elasticsearch', 'logs')
    // held: 10 GB/day × 30 days = 300 GB
    // low:      304.17 × $0.07 + 300 × $0.017 = 21.29 + 5.10 = 26.39
    // expected: 304.17 × $0.09 + 300 × $0.019 = 27.38 + 5.70 = 33.08
    expect(c.low).toBeCloseTo(LOGS * 0.07 + 300 * 0.017, 2)
    expect(c.expected).toBeCloseTo(LOGS * 0.09 + 300 * 0.019, 2)
    expect(c.high).toBe(c.expected)
    expect(c.caveats).toEqual(['elastic-serverless-observability-logs-essentials: secondary, unverified', 'elastic-serverless-observability-complete: secondary, unverified'])
    expect(c.excludes).toEqual([expect.stringMatching(/^Logs ingest above the "as low as" floor/), expect.stringMatching(/^Data out beyond the 50 GB/)])
  })

  it('traces: the same rates on the span volume', () => {
    const c = known('elasticsearch', 'tracing')
    // held: 1 GB/day × 30 days = 30 GB; expected 30.42 × $0.09 + 30 × $0.019 = 2.74 + 0.57 = 3.31
    expect(c.low).toBeCloseTo(SPANS * 0.07 + 30 * 0.017, 2)
    expect(c.expected).toBeCloseTo(SPANS * 0.09 + 30 * 0.019, 2)
    expect(estimate('elasticsearch', 'tracing', { ...SMALL, telemetry: { ...SMALL.telemetry, tracesGbPerDay: undefined } })).toMatchObject({ unknown: 'Needs the traces volume in GB a day' })
  })

  it('longer retention adds GB held: 90 days of logs hold 900 GB', () => {
    const c = known('elasticsearch', 'logs', { ...SMALL, telemetry: { ...SMALL.telemetry, retentionDays: 90 } })
    expect(c.expected).toBeCloseTo(LOGS * 0.09 + 900 * 0.019, 2) // 27.38 + 17.10 = 44.48
  })

  it('metrics and self-managed Elasticsearch stay unknown', () => {
    expect(estimate('elasticsearch', 'metrics')).toMatchObject({ unknown: expect.stringMatching(/series-to-GB conversion/) })
    expect(estimate('elasticsearch', 'logs', SELF)).toMatchObject({ unknown: expect.stringMatching(/^Self-managed Elasticsearch/) })
  })
})

describe('open source the team runs: a $0 licence, compute sized or named as left out', () => {
  it('Keycloak: 1,250 MB per pod, 1 pod (low) to 3 (expected, high); CPU and database left out', () => {
    const c = known('keycloak', 'access-control')
    // 1,250 MB = 1.25 GB = 1.1642 GiB × $0.0043977 × 730 = $3.74 a pod
    const pod = (1.25e9 / 2 ** 30) * GIB_MONTH
    expect(c.low).toBeCloseTo(pod, 2) // 3.74
    expect(c.expected).toBeCloseTo(3 * pod, 2) // 11.21
    expect(c.high).toBeCloseTo(3 * pod, 2)
    expect(c.excludes).toEqual([expect.stringMatching(/^Keycloak CPU/), expect.stringMatching(/^Keycloak's relational database/)])
    expect(c.prices).toContain('keycloak-licence')
  })

  it('OpenBao and M3: $0 licence, their own compute named as left out', () => {
    const bao = known('openbao', 'secrets')
    expect([bao.low, bao.expected, bao.high]).toEqual([0, 0, 0])
    expect(bao.excludes).toEqual([expect.stringMatching(/^OpenBao's own pods/)])
    expect(bao.caveats).toEqual(['openbao-licence: secondary'])
    const m3 = known('m3', 'metrics')
    expect(m3.expected).toBe(0)
    expect(m3.excludes).toEqual([expect.stringMatching(/^M3DB nodes/)])
  })

  it('InfluxDB: Core self-hosted is a $0 licence, partial; Cloud Serverless needs MB written', () => {
    const core = known('influxdata', 'metrics', SELF)
    expect(core.expected).toBe(0)
    expect(core.excludes).toEqual([expect.stringMatching(/^InfluxDB 3 Core's own compute/)])
    expect(estimate('influxdata', 'metrics')).toEqual({
      unknown: expect.stringMatching(/series-to-MB conversion/),
      prices: ['influxdb-cloud-serverless-data-in', 'influxdb-cloud-serverless-storage'],
    })
  })

  it('CyberArk: Conjur Open Source self-hosted costs no licence; the commercial editions stay unknown', () => {
    const c = known('cyberark', 'secrets', SELF)
    expect(c.expected).toBe(0)
    expect(c.excludes).toEqual([expect.stringMatching(/^Conjur's own pods/), expect.stringMatching(/^CyberArk Secrets Manager Self-Hosted.*\(cyberark-pricing\)$/)])
    expect(estimate('cyberark', 'secrets')).toMatchObject({ unknown: expect.stringMatching(/^CyberArk Secrets Manager SaaS/) })
  })
})

describe('Spectro Cloud Palette', () => {
  it('is within the default 25 kCh a month on a small cluster, else unknown', () => {
    // 2 nodes × 4 vCPU × 730 h / 1,000 = 5.84 kCh ≤ 25
    const c = known('spectro-cloud', 'access-control')
    expect([c.low, c.expected, c.high]).toEqual([0, 0, 0])
    expect(c.caveats).toEqual(['spectro-cloud-palette-default-kch: unverified'])
    // 9 nodes × 4 × 730 / 1,000 = 26.28 kCh > 25
    expect(estimate('spectro-cloud', 'access-control', { ...SMALL, cluster: { ...SMALL.cluster, nodes: 9 } })).toMatchObject({ unknown: expect.stringMatching(/^26\.28 kCh a month is over/) })
    expect(estimate('spectro-cloud', 'access-control', SELF)).toMatchObject({ unknown: expect.stringMatching(/^Self-hosted Palette/) })
  })
})

describe('OpenShift on AWS (ROSA)', () => {
  it('a worker fee per 4-vCPU block plus the hosted control plane fee, one platform fee', () => {
    // 2 nodes × ceil(4/4) = 2 blocks × $0.171 × 730 h = $249.66; cluster $0.25 × 730 h = $182.50
    const c = known('openshift', 'access-control')
    expect([c.low, c.expected, c.high]).toEqual([432.16, 432.16, 432.16])
    expect(c.accountFees).toEqual([{ price: 'openshift-pricing', monthly: expect.closeTo(432.16, 2) }])
    expect(c.caveats).toEqual(['openshift-pricing: secondary', 'rosa-hcp-cluster-fee: secondary'])
    // 6 vCPU a node bills whole blocks: 3 nodes × ceil(6/4) = 6 blocks × $0.171 × 730 = $748.98, + $182.50 = $931.48
    const six = known('openshift', 'secrets', { ...SMALL, cluster: { ...SMALL.cluster, nodes: 3, vcpuPerNode: 6 } })
    expect(six.expected).toBe(931.48)
  })

  it('stays unknown self-managed, on Azure and on Google Cloud', () => {
    expect(estimate('openshift', 'access-control', SELF)).toMatchObject({ unknown: 'Self-managed OpenShift: price page not read in citable text yet' })
    expect(estimate('openshift', 'access-control', { ...SMALL, cluster: { ...SMALL.cluster, cloud: 'azure' } })).toMatchObject({ unknown: expect.stringMatching(/^Azure Red Hat OpenShift licence fee/) })
    expect(estimate('openshift', 'secrets', { ...SMALL, cluster: { ...SMALL.cluster, cloud: 'gcp' } })).toMatchObject({ unknown: expect.stringMatching(/^Managed OpenShift is priced on AWS only/) })
  })
})

describe('vendors researched without a citable price stay unknown', () => {
  it('says what kind of gap it is', () => {
    for (const [v, slot] of [['komodor', 'access-control'], ['aembit', 'access-control'], ['axiom-security', 'access-control'], ['platform9', 'access-control'], ['rafay', 'access-control']] as const)
      expect(estimate(v, slot), v).toMatchObject({ unknown: 'price page not read in citable text yet' })
  })
})
