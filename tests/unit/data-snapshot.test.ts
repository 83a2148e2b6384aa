import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { AnswersSchema } from '@/lib/answers/schema'
import { EMBEDDED_CATALOG as catalog } from '@/lib/catalog/embedded'
import { recommend } from '@/lib/recommend'

/**
 * Outcomes on the live data set, pinned on purpose: when the data or the rules change, this is
 * the one test expected to change with them, and its diff shows what moved. Rule tests use the
 * fixture catalog instead (tests/fixtures/catalog.ts).
 */
describe('data snapshot', () => {
  it("the README's example team gets this stack", () => {
    const answers = AnswersSchema.parse(JSON.parse(readFileSync('examples/answers-platform-team.json', 'utf8')))
    const picks = Object.fromEntries(recommend(answers, catalog).stack.map((s) => [s.slot, s.vendor]))
    expect(picks).toEqual({
      'service-mesh': 'istio',
      tracing: 'grafana-labs',
      logs: 'grafana-labs',
      metrics: 'prometheus',
      'access-control': 'openshift',
      secrets: 'cyberark',
      'k8s-cost': 'spot',
      'cloud-cost': 'spot',
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
    expect(why('service-mesh', 'linkerd')).toBe('needs sidecars; you chose avoid')
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
