import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import type { SlotId } from '@/lib/catalog/slots'
import { EMBEDDED_PRICES } from '@/lib/cost/embedded-prices'
import { estimateStack, estimateVendor } from '@/lib/cost/estimate'
import type { CostInputs } from '@/lib/cost/inputs'
import { costRank, isKnown, type MonthlyCost } from '@/lib/cost/ledger'
import { CostInputsArb, SMALL } from '@/tests/support/cost-inputs'

const TODAY = '2026-11-25'
const est = (vendor: string, slot: SlotId, inputs: CostInputs) => estimateVendor(vendor, slot, inputs, EMBEDDED_PRICES, TODAY, EMBEDDED_CATALOG)

/** Every vendor a stack can pick, in every slot it serves. */
const PAIRS = EMBEDDED_CATALOG.vendors.flatMap((v) =>
  v.lifecycle ? [] : v.slots.filter((s) => s.fit === 'core' || s.fit === 'partial').map((s) => [v.id, s.slot] as const),
)
const PriceablePairs = PAIRS.filter(([v, s]) => isKnown(est(v, s, SMALL)) || isKnown(est(v, s, { ...SMALL, hosting: 'self-hosted' })))

const notLower = (a: MonthlyCost, b: MonthlyCost) =>
  !isKnown(a) || !isKnown(b) || (b.low >= a.low - 1e-9 && b.expected >= a.expected - 1e-9 && b.high >= a.high - 1e-9)

/** Each way the inputs can grow: more nodes, denser pods, more volume, longer retention. */
const GROWTH: [string, (i: CostInputs, k: number) => CostInputs][] = [
  ['nodes', (i, k) => ({ ...i, cluster: { ...i.cluster, nodes: i.cluster.nodes + k } })],
  ['pods per node', (i, k) => ({ ...i, cluster: { ...i.cluster, podsPerNode: i.cluster.podsPerNode + k } })],
  ['log volume', (i, k) => ({ ...i, telemetry: { ...i.telemetry, logsGbPerDay: i.telemetry.logsGbPerDay + k } })],
  ['active series', (i, k) => ({ ...i, telemetry: { ...i.telemetry, activeSeries: i.telemetry.activeSeries + 1000 * k } })],
  ['trace volume', (i, k) => ({ ...i, telemetry: { ...i.telemetry, tracesGbPerDay: (i.telemetry.tracesGbPerDay ?? 0) + k } })],
  ['retention', (i, k) => ({ ...i, telemetry: { ...i.telemetry, retentionDays: i.telemetry.retentionDays + k } })],
]

describe('cost model properties', () => {
  it('prices most vendors somewhere (the model is wired up)', () => {
    expect(PriceablePairs.length).toBeGreaterThan(25)
  })

  it('orders its bands and returns finite, non-negative amounts', () => {
    fc.assert(
      fc.property(CostInputsArb, fc.constantFrom(...PAIRS), (inputs, [v, slot]) => {
        const c = est(v, slot, inputs)
        if (!isKnown(c)) {
          expect(c.unknown.length).toBeGreaterThan(0)
          return
        }
        expect(Number.isFinite(c.high)).toBe(true)
        expect(0 <= c.low && c.low <= c.expected && c.expected <= c.high).toBe(true)
        expect(c.basis.length).toBeGreaterThan(1)
      }),
      { numRuns: 400 },
    )
  })

  for (const [what, grow] of GROWTH)
    it(`never falls when ${what} grow`, () => {
      fc.assert(
        fc.property(CostInputsArb, fc.integer({ min: 1, max: 50 }), fc.constantFrom(...PriceablePairs), (inputs, k, [v, slot]) => {
          expect(notLower(est(v, slot, inputs), est(v, slot, grow(inputs, k))), `${v} ${slot}`).toBe(true)
        }),
        { numRuns: 300 },
      )
    })

  it('prices a per-node data plane below per-pod sidecars on pod-dense clusters', () => {
    const dense = CostInputsArb.map((i) => ({ ...i, cluster: { ...i.cluster, podsPerNode: 20 + (i.cluster.podsPerNode % 91), requestsPerSecond: undefined } }))
    fc.assert(
      fc.property(dense, (inputs) => {
        const expected = (v: string, plane?: CostInputs['meshDataPlane']) => costRank(est(v, 'service-mesh', { ...inputs, meshDataPlane: plane }))
        const sidecar = expected('istio', 'sidecar-envoy')
        expect(expected('istio', 'ambient')).toBeLessThan(sidecar)
        expect(expected('cilium')).toBeLessThan(sidecar)
        expect(expected('cilium')).toBeLessThan(expected('linkerd'))
      }),
      { numRuns: 200 },
    )
  })

  it('never ranks an unknown price as cheaper than a known one', () => {
    fc.assert(
      fc.property(CostInputsArb, fc.constantFrom(...PAIRS), fc.constantFrom(...PAIRS), (inputs, a, b) => {
        const [ca, cb] = [est(a[0], a[1], inputs), est(b[0], b[1], inputs)]
        if (!isKnown(ca) && isKnown(cb)) expect(costRank(ca)).toBeGreaterThan(costRank(cb))
      }),
      { numRuns: 300 },
    )
  })
})

describe('stack totals', () => {
  it('add the known slots and list unknown and partial ones, never counting them as zero', () => {
    const picks = [
      { slot: 'service-mesh', vendor: 'istio' },
      { slot: 'logs', vendor: 'datadog' },
      { slot: 'metrics', vendor: 'chronosphere' },
      { slot: 'access-control', vendor: 'okta' },
      { slot: 'secrets', vendor: null },
    ] as const
    const s = estimateStack(picks, SMALL, EMBEDDED_PRICES, TODAY, EMBEDDED_CATALOG)
    const known = s.slots.map((x) => x.cost).filter(isKnown)
    expect(s.expected).toBeCloseTo(known.reduce((t, c) => t + c.expected, 0), 2)
    expect(s.unknownSlots).toEqual(['metrics'])
    expect(s.partialSlots).toEqual(['logs'])
    expect(s.slots.map((x) => x.slot)).toEqual(['service-mesh', 'logs', 'metrics', 'access-control'])
    expect(s).toMatchObject({ currency: 'USD', assumed: [] })
    expect(s.low <= s.expected && s.expected <= s.high).toBe(true)
  })

  it('count a per-account platform fee once when one vendor serves several slots', () => {
    const picks = (['tracing', 'logs', 'metrics'] as const).map((slot) => ({ slot, vendor: 'grafana-labs' }))
    const s = estimateStack(picks, SMALL, EMBEDDED_PRICES, TODAY, EMBEDDED_CATALOG)
    const sum = s.slots.map((x) => x.cost).filter(isKnown).reduce((t, c) => t + c.expected, 0)
    // each slot's estimate includes the $19 Pro platform fee; the stack pays it once
    expect(s.expected).toBeCloseTo(sum - 2 * 19, 2)
    expect(s.notes).toEqual([
      'grafana-cloud-pro-platform-fee counted once across slots (not again for logs)',
      'grafana-cloud-pro-platform-fee counted once across slots (not again for metrics)',
    ])
  })

  it("count OpenShift's platform fee once when it fills access control and secrets", () => {
    const picks = (['access-control', 'secrets'] as const).map((slot) => ({ slot, vendor: 'openshift' }))
    const s = estimateStack(picks, SMALL, EMBEDDED_PRICES, TODAY, EMBEDDED_CATALOG)
    // each slot's estimate is the whole ROSA fee ($432.16 on SMALL); the stack pays it once
    expect(s.expected).toBeCloseTo(432.16, 2)
    expect(s.notes).toEqual(['openshift-pricing counted once across slots (not again for secrets)'])
  })

  it('collect the stale prices of every slot once', () => {
    const azure: CostInputs = { ...SMALL, hosting: 'self-hosted', cluster: { ...SMALL.cluster, cloud: 'azure' } }
    const s = estimateStack([{ slot: 'logs', vendor: 'grafana-labs' }, { slot: 'tracing', vendor: 'grafana-labs' }], azure, EMBEDDED_PRICES, TODAY, EMBEDDED_CATALOG)
    expect(s.stale).toEqual(['object-azure-blob-hot-lrs'])
  })
})
