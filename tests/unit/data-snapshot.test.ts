import { describe, expect, it } from 'vitest'
import { AnswersSchema } from '@/lib/answers/schema'
import { EMBEDDED_CATALOG as catalog } from '@/lib/catalog/embedded'
import { recommend } from '@/lib/recommend'
import { EXAMPLE_TEAM } from '../support/example-team'

/**
 * Outcomes on the live data set, pinned on purpose: when the data or the rules change, this is
 * the one test expected to change with them, and its diff shows what moved. Rule tests use the
 * fixture catalog instead (tests/fixtures/catalog.ts).
 */
describe('data snapshot', () => {
  it("the README's example team gets this stack", () => {
    const answers = AnswersSchema.parse(EXAMPLE_TEAM)
    const picks = Object.fromEntries(recommend(answers, catalog).stack.map((s) => [s.slot, s.vendor]))
    expect(picks).toEqual({
      'service-mesh': 'istio',
      tracing: 'grafana-labs',
      logs: 'grafana-labs',
      metrics: 'prometheus',
      'access-control': 'teleport',
      secrets: 'openbao',
      'k8s-cost': 'kubecost',
      'cloud-cost': 'vantage',
    })
  })

  it('explains exclusions of real vendors in plain language', () => {
    const answers = AnswersSchema.parse({
      scope: ['service-mesh', 'security'],
      openSource: 'required',
      hosting: 'either',
      sidecars: 'avoid',
      costSensitivity: 'medium',
      consolidation: 'best-of-breed',
    })
    const rec = recommend(answers, catalog)
    const why = (slot: string, id: string) => rec.slots.find((x) => x.slot === slot)!.ranking.find((r) => r.vendor === id)!.excludedBecause
    expect(why('service-mesh', 'linkerd')).toBe('needs sidecars; you chose to avoid them')
    expect(why('secrets', 'hashicorp-vault')).toContain('BUSL-1.1 is source-available, not open source')
    expect(rec.stack.find((s) => s.slot === 'service-mesh')!.vendor).toMatch(/^(cilium|istio)$/)
  })

  it('a SaaS team asking for the fewest vendors gets one observability platform for all signals', () => {
    const answers = AnswersSchema.parse({
      scope: ['observability'],
      openSource: 'no-preference',
      hosting: 'saas',
      costSensitivity: 'low',
      signals: ['traces', 'logs', 'metrics'],
      consolidation: 'fewest-vendors',
    })
    expect(new Set(recommend(answers, catalog).stack.map((s) => s.vendor)).size).toBe(1)
  })
})

describe('the review that motivated the scoring rules (issue: honest scoring)', () => {
  const base = { openSource: 'preferred', hosting: 'either', costSensitivity: 'medium', consolidation: 'balanced' }
  const pick = (raw: Record<string, unknown>, slot: string) =>
    recommend(AnswersSchema.parse(raw), catalog).stack.find((s) => s.slot === slot)!.vendor

  it('a Kubernetes distribution is never the access-control or secrets pick while a product made for the slot qualifies', () => {
    expect(pick({ ...base, scope: ['security'] }, 'access-control')).not.toBe('openshift')
    expect(pick({ ...base, scope: ['security'] }, 'secrets')).not.toBe('openshift')
  })

  it('"strict mTLS" with sidecars avoided still has a mesh: Istio in ambient mode', () => {
    const rec = recommend(AnswersSchema.parse({ ...base, scope: ['service-mesh'], sidecars: 'avoid', mtls: 'strict' }), catalog)
    expect(rec.stack[0]).toMatchObject({ vendor: 'istio', reasons: expect.arrayContaining(['Run it with sidecarless ambient mode']) })
  })

  it('a team already on Istio that requires mTLS keeps Istio', () => {
    expect(pick({ ...base, scope: ['service-mesh'], sidecars: 'tolerate', mtls: 'default-on', existingTools: ['istio'] }, 'service-mesh')).toBe('istio')
  })

  it('licences are those of the product run: Kubecost and CyberArk are out under "open source required"', () => {
    const rec = recommend(AnswersSchema.parse({ ...base, openSource: 'required', scope: ['security', 'cost'] }), catalog)
    const row = (slot: string, id: string) => rec.slots.find((s) => s.slot === slot)!.ranking.find((r) => r.vendor === id)!
    expect(row('k8s-cost', 'kubecost').eligible).toBe(false)
    expect(row('secrets', 'cyberark').eligible).toBe(false)
    expect(rec.stack.find((s) => s.slot === 'k8s-cost')!.vendor).toBe('opencost')
    expect(rec.stack.find((s) => s.slot === 'secrets')!.vendor).toBe('openbao')
  })

  it('a team running Vault that requires open source is told how to move to OpenBao', () => {
    const rec = recommend(AnswersSchema.parse({ ...base, openSource: 'required', scope: ['security'], existingTools: ['hashicorp-vault'] }), catalog)
    expect(rec.conflicts).toEqual([expect.objectContaining({ tool: 'hashicorp-vault', migration: expect.objectContaining({ to: 'openbao' }) })])
  })

  it('an air-gapped (self-hosted) team gets no cloud-bill SaaS', () => {
    const rec = recommend(AnswersSchema.parse({ ...base, hosting: 'self-hosted', scope: ['cost'] }), catalog)
    const cloud = rec.stack.find((s) => s.slot === 'cloud-cost')!.vendor
    expect(catalog.byId.get(cloud!)!.delivery.model).not.toBe('saas')
  })

  it('cloud-bill tools win cloud cost when cost sensitivity is low', () => {
    const vendor = pick({ ...base, costSensitivity: 'low', scope: ['cost'], hosting: 'saas', consolidation: 'best-of-breed' }, 'cloud-cost')
    expect(['cloudzero', 'vantage', 'finout', 'vmware-tanzu-cloudhealth', 'harness']).toContain(vendor)
  })
})
