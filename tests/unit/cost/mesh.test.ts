import { describe, expect, it } from 'vitest'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { EMBEDDED_PRICES } from '@/lib/cost/embedded-prices'
import { estimateVendor } from '@/lib/cost/estimate'
import type { CostInputs } from '@/lib/cost/inputs'
import { isKnown, type KnownCost } from '@/lib/cost/ledger'
import { SMALL } from '@/tests/support/cost-inputs'

const TODAY = '2026-11-25'
const known = (vendor: string, inputs: CostInputs = SMALL): KnownCost => {
  const c = estimateVendor(vendor, 'service-mesh', inputs, EMBEDDED_PRICES, TODAY, EMBEDDED_CATALOG)
  if (!isKnown(c)) throw new Error(c.unknown)
  return c
}

// AWS m7i split (price book, derived): $0.03281 per vCPU-hour, $0.0043977 per GiB-hour; 730 h.
const month = (vcpu: number, gib: number) => (vcpu * 0.03281 + gib * 0.0043977) * 730
const MB = 1e6 / 2 ** 30 // GiB per MB
// istiod at Istio's load-test scale: 1 vCPU and 1.5 GB (1,500 MB)
const ISTIOD = month(1, 1500 * MB) // ≈ 28.44

describe('mesh overhead, by hand (SMALL: 2 nodes × 10 pods, 1,000 rps, AWS)', () => {
  it('Istio sidecars: 20 proxies, 2,000 proxied rps', () => {
    const c = known('istio', { ...SMALL, meshDataPlane: 'sidecar-envoy' })
    // low:      CPU 0.20 × 2 = 0.4 vCPU;             memory 20 × 60 MB = 1,200 MB
    // expected: CPU max(0.4, 20 × 100m = 2) = 2;     memory max(1,200 MB, 20 × 128 Mi = 2.5 GiB)
    // high:     CPU max(0.35 × 2 = 0.7, 2) = 2;      memory max(20 × 156.2 MB = 3,124 MB, 2.5 GiB)
    expect(c.low).toBeCloseTo(month(0.4, 1200 * MB) + ISTIOD, 2) // ≈ 41.60
    expect(c.expected).toBeCloseTo(month(2, 2.5) + ISTIOD, 2) // ≈ 84.36
    expect(c.high).toBeCloseTo(month(2, 3124 * MB) + ISTIOD, 2) // ≈ 85.68
    expect(c.excludes).toEqual([])
    expect(c.basis[0]).toBe('Data plane: Envoy sidecars (2 nodes × 10 pods)')
  })

  it('Istio ambient: 2 ztunnels and 1 waypoint', () => {
    const c = known('istio')
    // ztunnel: 0.06 × 2,000/1,000 = 0.12 vCPU, 2 × 12 MB; waypoint: 0.25 vCPU, 60 MB (requests 100m, 128 Mi)
    // low: ztunnel only; expected: + waypoint use; high: + max(use, requests) = 0.25 vCPU, 0.125 GiB
    expect(c.low).toBeCloseTo(month(0.12, 24 * MB) + ISTIOD, 2) // ≈ 31.38
    expect(c.expected).toBeCloseTo(month(0.37, 84 * MB) + ISTIOD, 2) // ≈ 37.55
    expect(c.high).toBeCloseTo(month(0.37, 24 * MB + 0.125) + ISTIOD, 2) // ≈ 37.77
    expect(c.basis[0]).toBe('Data plane: sidecarless ambient mode (2 nodes × 10 pods)')
  })

  it('Linkerd: micro-proxies at 36/67 of Envoy CPU, HA requests', () => {
    const c = known('linkerd')
    // low: CPU 0.20 × 36/67 × 2 = 0.2149 vCPU; memory 20 × 26.3 MB = 526 MB
    // expected = high: CPU max(use, 20 × 100m = 2) = 2; memory max(526 MB, 20 × 20 Mi = 0.39 GiB) = 526 MB
    expect(c.low).toBeCloseTo(month((0.2 * 36 * 2) / 67, 526 * MB), 2) // ≈ 6.72
    expect(c.expected).toBeCloseTo(month(2, 526 * MB), 2) // ≈ 49.48
    expect(c.high).toBeCloseTo(month(2, 526 * MB), 2)
    expect(c.excludes).toEqual(['Control plane: no published resource figure in the price book'])
  })

  it('Cilium: one agent per node, whatever the pods', () => {
    const c = known('cilium')
    // CPU 3.38% × 2 vCPU = 0.0676 per node; memory 438 MiB (low), 438 + 462.7 (expected), 573 + 462.7 (high)
    expect(c.low).toBeCloseTo(month(2 * 0.0676, (2 * 438) / 1024), 2) // ≈ 5.98
    expect(c.expected).toBeCloseTo(month(2 * 0.0676, (2 * 900.7) / 1024), 2) // ≈ 8.89
    expect(c.high).toBeCloseTo(month(2 * 0.0676, (2 * 1035.7) / 1024), 2) // ≈ 9.73
    expect(c.excludes).toEqual([
      'Per-node Envoy for L7 policy: price page not read in citable text yet (cilium-per-node-envoy)',
      'Control plane: no published resource figure in the price book',
    ])
  })

  it('prices the same resources at GCP N2 rates on GKE', () => {
    const c = known('cilium', { ...SMALL, cluster: { ...SMALL.cluster, cloud: 'gcp' } })
    expect(c.low).toBeCloseTo((2 * 0.0676 * 0.031611 + ((2 * 438) / 1024) * 0.004237) * 730, 2)
  })

  it('uses the user’s on-prem rates when given', () => {
    const c = known('cilium', { ...SMALL, cluster: { ...SMALL.cluster, cloud: 'on-prem' }, onPremRates: { vcpuHour: 0.05, gibHour: 0.01 } })
    expect(c.low).toBeCloseTo((2 * 0.0676 * 0.05 + ((2 * 438) / 1024) * 0.01) * 730, 2)
  })

  it('assumes Istio’s load-test request rate per pod when none is given, and says so', () => {
    const c = known('istio', { ...SMALL, cluster: { ...SMALL.cluster, requestsPerSecond: undefined } })
    expect(c.basis[1]).toMatch(/^Request rate assumed: 35 rps per pod × 20 pods = 700 rps/)
  })

  it('leaves a vendor-run mesh’s fee out, visibly', () => {
    const c = known('google-cloud-service-mesh')
    expect(c.excludes).toEqual(['Vendor fee: price page not read in citable text yet (google-cloud-service-mesh-pricing)'])
  })

  it('does not price an end-of-life mesh', () => {
    expect(estimateVendor('aws-app-mesh', 'service-mesh', SMALL, EMBEDDED_PRICES, TODAY, EMBEDDED_CATALOG)).toEqual({ unknown: expect.stringMatching(/^End of life/), prices: [] })
  })
})
