import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FIELDS } from '@/lib/answers/registry'
import { AnswersSchema, type Answers } from '@/lib/answers/schema'
import { slotsInScope } from '@/lib/answers/scope'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { inputsFromAnswers } from '@/lib/cost/inputs'
import { isKnown } from '@/lib/cost/ledger'
import { recommend } from '@/lib/recommend'
import { rankSlot, slotWeights } from '@/lib/scoring/rank'
import { availableOn } from '@/lib/scoring/context'
import { costFor, POINTS_PER_TENFOLD, PRICE_FLOOR_USD, priceEdge, priceFieldsOf, priceGroupOf, slotPrices, UNKNOWN_AT_MOST } from '@/lib/scoring/price'
import { AnswersArb } from '../../support/answers-arb'

const catalog = EMBEDDED_CATALOG
const answers = (a: Record<string, unknown> = {}): Answers =>
  AnswersSchema.parse({
    scope: ['service-mesh', 'observability', 'security', 'cost'],
    signals: ['traces', 'logs', 'metrics'],
    openSource: 'no-preference',
    hosting: 'either',
    sidecars: 'fine',
    mtls: 'preferred',
    costSensitivity: 'high',
    consolidation: 'best-of-breed',
    platform: 'eks',
    ...a,
  })
const trusted = (c: ReturnType<typeof costFor>) => isKnown(c) && c.gaps !== 'material'

describe('price as a criterion', () => {
  it('rates the lowest full estimate of a group 100, and 35 points less per tenfold of price', () => {
    const a = answers({ clusterNodes: '51-200', podsPerNode: '51-110' })
    const table = slotPrices('service-mesh', a, catalog)!
    const known = [...table.costs].filter(([, c]) => trusted(c)).map(([id, c]) => [id, isKnown(c) ? c.expected : NaN] as const).sort((x, y) => x[1] - y[1])
    expect(known.length).toBeGreaterThanOrEqual(2)
    const [[lowId, low], [nextId, next]] = known as [readonly [string, number], readonly [string, number]]
    expect(table.ratings.get(lowId)!.rating).toBe(100)
    // e.g. $449 against $2,400: 100 − 35 × log10(2,500 / 549) ≈ 77
    expect(table.ratings.get(nextId)!.rating).toBe(Math.round(100 - POINTS_PER_TENFOLD * Math.log10((next + PRICE_FLOOR_USD) / (low + PRICE_FLOOR_USD))))
    expect(table.ratings.get(lowId)!.reason).toMatch(/^lowest estimate on your cluster: ≈ \$[\d.]+k? a month, \$[\d.]+k? less than /)
  })

  it('never rates an unknown price, or one missing a material part, above neutral or above a full estimate of its group', () => {
    fc.assert(
      fc.property(AnswersArb, (a) => {
        for (const slot of slotsInScope(a)) {
          const table = slotPrices(slot, a, catalog)!
          for (const [id, c] of table.costs) {
            if (trusted(c)) continue
            const r = table.ratings.get(id)!
            expect(r.unverified, `${slot}/${id}`).toBe(true)
            expect(r.rating, `${slot}/${id}`).toBeLessThanOrEqual(UNKNOWN_AT_MOST)
            const group = priceGroupOf(catalog.byId.get(id)!, slot, a)
            for (const [other, oc] of table.costs)
              if (trusted(oc) && priceGroupOf(catalog.byId.get(other)!, slot, a) === group)
                expect(r.rating, `${slot}: ${id} above ${other}`).toBeLessThanOrEqual(table.ratings.get(other)!.rating)
          }
        }
      }),
      { numRuns: 150 },
    )
  })

  it("compares like with like: a self-run product's compute is not held against a service's bill", () => {
    // Prometheus run in-house costs compute and storage only; Grafana Cloud's bill includes the running
    const a = answers({ scope: ['observability'], signals: ['metrics'], hosting: 'saas', metricSeries: '1m-10m' })
    const table = slotPrices('metrics', a, catalog)!
    expect(table.ratings.get('prometheus')!.reason).toMatch(/self-run options/)
    expect(table.ratings.get('grafana-labs')!.reason).not.toMatch(/Prometheus/)
  })

  it('reads only the answers its slot lists: no other answer moves a slot’s estimates', () => {
    const singles = FIELDS.filter((f) => f.kind === 'single')
    fc.assert(
      fc.property(AnswersArb, (a) => {
        for (const slot of slotsInScope(a))
          for (const field of singles) {
            if ((priceFieldsOf(slot) as readonly string[]).includes(field.name) || field.kind !== 'single') continue
            // the next option: always a real change
            const at = field.options.findIndex((o) => o.value === (a as Record<string, unknown>)[field.name])
            const alt = field.options[(at + 1) % field.options.length]!.value
            const b = { ...a, [field.name]: alt } as Answers
            for (const v of catalog.vendors.filter((x) => x.slots.some((s) => s.slot === slot) && availableOn(x, a.platform))) {
              const before = costFor(v, slot, inputsFromAnswers(a), a, catalog.prices!, catalog)
              const after = costFor(v, slot, inputsFromAnswers(b), b, catalog.prices!, catalog)
              expect(after, `${slot}/${v.id}/${field.name}=${alt}`).toEqual(before)
            }
          }
      }),
      { numRuns: 25 },
    )
  })

  it('weighs price only for a team that said cost matters most, and never for a tool bought to cut the bill', () => {
    const column = (slot: Parameters<typeof slotWeights>[0], a: Answers) => {
      const { criteria, weights } = slotWeights(slot, a, catalog)
      return weights[criteria.findIndex((c) => c.id === 'price')]!
    }
    expect(column('logs', answers({ costSensitivity: 'medium' }))).toBe(0)
    expect(column('logs', answers())).toBeGreaterThan(0)
    // savings tools are judged by what they save net of their fee, which is not estimated in money
    expect(column('k8s-cost', answers({ costGoal: 'savings' }))).toBe(0)
    expect(column('k8s-cost', answers({ costGoal: 'allocation' }))).toBeGreaterThan(0)
  })

  it('idles while it weighs 0: every product alike, no estimate made for the ranking', () => {
    const r = rankSlot('logs', answers({ costSensitivity: 'low' }), catalog)
    const col = r.criteria.findIndex((c) => c.id === 'price')
    expect(new Set(r.entries.map((e) => e.breakdown[col]!.rating))).toEqual(new Set([50]))
  })

  it('says the saving against the runner-up in money, in the slot’s own words', () => {
    const a = answers({ clusterNodes: '201-1000', podsPerNode: '51-110', sidecars: 'avoid' })
    const edge = priceEdge('service-mesh', a, catalog, 'cilium', { vendor: 'istio', name: 'Istio' })
    expect(edge).toMatch(/^≈ \$[\d.]+k a month less than Istio on your cluster$/)
    // never for an unknown price
    expect(priceEdge('secrets', a, catalog, 'aws-secrets-manager', { vendor: 'hashicorp-vault', name: 'HashiCorp Vault' })).toBeUndefined()
  })

  it('moves picks only through money: a cost-sensitive team on a pod-dense cluster is told what the pick saves', () => {
    const rec = recommend(answers({ scope: ['service-mesh'], clusterNodes: '201-1000', podsPerNode: 'over-110', sidecars: 'avoid', cni: 'cilium' }), catalog)
    const mesh = rec.stack[0]!
    expect(mesh.vendor).toBe('cilium')
    expect(mesh.reasons.join(' ')).toMatch(/a month less than Istio on your cluster/)
  })
})

describe('a platform the team already runs', () => {
  it('adds no fee to a slot it fills: OpenShift on OpenShift costs nothing more, on EKS its ROSA fees', () => {
    const openshift = catalog.byId.get('openshift')!
    const slot = openshift.slots[0]!.slot
    const on = (platform: string) => {
      const a = answers({ platform, cluster: { nodes: 20 } })
      return costFor(openshift, slot, inputsFromAnswers(a), a, catalog.prices!, catalog)
    }
    const own = on('openshift')
    expect(isKnown(own) && own.expected).toBe(0)
    expect(isKnown(own) && own.basis[0]).toMatch(/^Your clusters run Red Hat OpenShift/)
    const rosa = on('eks')
    // 20 nodes × 1 block of 4 vCPU × $0.171 + $0.25 for the cluster, × 730 h = $2,679.10
    expect(isKnown(rosa) && rosa.expected).toBeCloseTo(2679.1, 2)
  })
})

describe('the price reasons', () => {
  it('call an estimate "near the lowest" only within a quarter (or $100) of it', () => {
    fc.assert(
      fc.property(AnswersArb, (a) => {
        for (const slot of slotsInScope(a)) {
          const table = slotPrices(slot, a, catalog)!
          const group = (id: string) => priceGroupOf(catalog.byId.get(id)!, slot, a)
          for (const [id, r] of table.ratings) {
            if (!/near the lowest/.test(r.reason)) continue
            const c = table.costs.get(id)!
            // the lowest full estimate of the same group (self-run or services)
            const lowest = Math.min(...[...table.costs].filter(([v, x]) => group(v) === group(id) && trusted(x)).map(([, x]) => (isKnown(x) ? x.expected : 0)))
            expect(isKnown(c) && c.expected <= Math.max(lowest * 1.25, lowest + PRICE_FLOOR_USD) + 0.01, `${slot}/${id}: ${r.reason}`).toBe(true)
          }
        }
      }),
      { numRuns: 40 },
    )
    // the rideshare case: CloudWatch at five times Grafana Cloud's price is not "near"
    const a = answers({ scope: ['observability'], signals: ['metrics'], hosting: 'saas', metricSeries: '1m-10m', clusterNodes: '201-1000' })
    expect(slotPrices('metrics', a, catalog)!.ratings.get('amazon-cloudwatch')!.reason).toMatch(/more than Grafana Labs/)
  })
})
