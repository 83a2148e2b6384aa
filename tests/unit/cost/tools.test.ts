import { describe, expect, it } from 'vitest'
import type { SlotId } from '@/lib/catalog/slots'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { EMBEDDED_PRICES } from '@/lib/cost/embedded-prices'
import { estimateVendor } from '@/lib/cost/estimate'
import type { CostInputs } from '@/lib/cost/inputs'
import { SMALL } from '@/tests/support/cost-inputs'

const TODAY = '2026-11-25'
const estimate = (vendor: string, slot: SlotId, inputs: CostInputs = SMALL) => estimateVendor(vendor, slot, inputs, EMBEDDED_PRICES, TODAY, EMBEDDED_CATALOG)
const bands = (vendor: string, slot: SlotId, inputs: CostInputs = SMALL) => {
  const c = estimate(vendor, slot, inputs)
  return 'unknown' in c ? c.unknown : [c.low, c.expected, c.high]
}
const withNodes = (nodes: number): CostInputs => ({ ...SMALL, cluster: { ...SMALL.cluster, nodes } })

describe('security tools', () => {
  it('price seats: 20 people × Okta $6 / $14 / $17', () => {
    expect(bands('okta', 'access-control')).toEqual([120, 280, 340])
  })

  it('price seats: 20 people × Entra ID P1 $7, P2 $10 at the high end', () => {
    expect(bands('microsoft-entra-id', 'access-control')).toEqual([140, 140, 200])
  })

  it('need a head count for seats', () => {
    expect(bands('okta', 'access-control', { ...SMALL, accessUsers: undefined })).toBe('Needs the number of people needing access')
  })

  it('are unknown when the vendor asks to contact sales', () => {
    for (const [v, slot] of [['teleport', 'access-control'], ['strongdm', 'access-control'], ['hashicorp-vault', 'secrets'], ['akeyless', 'secrets']] as const)
      expect(bands(v, slot), v).toBe('no published price (contact sales)')
  })
})

describe('cost tools', () => {
  it('Kubecost is free up to 250 cores, then contact sales', () => {
    expect(bands('kubecost', 'k8s-cost')).toEqual([0, 0, 0]) // 2 nodes × 4 vCPU = 8 cores
    expect(bands('kubecost', 'k8s-cost', withNodes(63))).toMatch(/^252 cores is over the free tier/)
  })

  it('CAST AI: free monitoring (low), the automation tier by CPU count', () => {
    expect(bands('cast-ai', 'k8s-cost')).toEqual([0, 1000, 1000]) // 8 cores: Growth
    expect(bands('cast-ai', 'k8s-cost', withNodes(200))).toEqual([0, 1000, 5000]) // 800 cores: Growth Pro (doubtful), high at Enterprise
    expect(bands('cast-ai', 'k8s-cost', withNodes(1000))).toEqual([0, 5000, 5000]) // 4,000 cores: Enterprise
  })

  it('Harness is free under $250,000 of cloud spend a year, else unknown', () => {
    expect(bands('harness', 'cloud-cost', { ...SMALL, cloudSpendPerMonth: 20_000 })).toEqual([0, 0, 0])
    expect(bands('harness', 'cloud-cost', { ...SMALL, cloudSpendPerMonth: 30_000 })).toMatch(/over the free tier/)
    expect(bands('harness', 'cloud-cost')).toMatch(/^Needs the monthly cloud spend/)
  })

  it('OpenCost costs no licence; its own resources are named as left out', () => {
    const c = estimate('opencost', 'k8s-cost')
    expect(c).toMatchObject({ low: 0, expected: 0, high: 0, excludes: [expect.stringMatching(/^OpenCost's own pods/)] })
  })

  it('share-of-spend and contact-sales tools are unknown', () => {
    for (const v of ['cloudzero', 'spot', 'finout', 'zesty', 'vmware-tanzu-cloudhealth']) expect(bands(v, 'cloud-cost'), v).toBe('no published price (contact sales)')
  })

  it('Vantage: Starter free up to $2,500 tracked a month, Pro $30 to $7,500, Business $200 to $20,000, then contact sales', () => {
    const spend = (cloudSpendPerMonth: number): CostInputs => ({ ...SMALL, cloudSpendPerMonth })
    expect(bands('vantage', 'cloud-cost', spend(2_500))).toEqual([0, 0, 0]) // at the $2,500 limit: Starter
    expect(bands('vantage', 'cloud-cost', spend(5_000))).toEqual([30, 30, 30]) // $5,000 ≤ $7,500: Pro $30
    expect(bands('vantage', 'k8s-cost', spend(7_501))).toEqual([200, 200, 200]) // $7,501 > $7,500: Business $200
    expect(bands('vantage', 'cloud-cost', spend(20_001))).toBe("$20,001.00 a month is over Business's $20,000.00 of tracked spend; Enterprise has no published price (contact sales)")
    expect(bands('vantage', 'cloud-cost')).toMatch(/^Needs the monthly cloud spend: free up to \$2,500\.00/)
    const c = estimate('vantage', 'cloud-cost', spend(5_000))
    expect(c).toMatchObject({ accountFees: [{ price: 'vantage-pro', monthly: 30 }], caveats: expect.arrayContaining(['vantage-pro: secondary, unverified']) })
  })
})
