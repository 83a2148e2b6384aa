import { describe, expect, it } from 'vitest'
import { AnswersSchema, type Answers, type AnswersInput } from '@/lib/answers/schema'
import type { SlotId } from '@/lib/catalog/slots'
import { exclusionReasons } from '@/lib/scoring/constraints'
import { CRITERIA, CRITERION_BY_ID } from '@/lib/scoring/criteria'
import type { CriterionId } from '@/lib/scoring/criteria-ids'
import { fixtureVendor } from '../../fixtures/catalog'

const answers = (a: Partial<AnswersInput> = {}): Answers =>
  AnswersSchema.parse({
    scope: ['service-mesh', 'observability', 'security', 'cost'],
    openSource: 'preferred',
    hosting: 'either',
    sidecars: 'tolerate',
    costSensitivity: 'medium',
    signals: ['traces', 'logs', 'metrics'],
    consolidation: 'balanced',
    ...a,
  })

/** A criterion's rating of a fixture vendor in a slot. */
function rate(criterion: CriterionId, id: string, slot: SlotId, a: Answers = answers()) {
  const v = fixtureVendor(id)
  const fit = v.slots.find((s) => s.slot === slot)!
  return CRITERION_BY_ID.get(criterion)!.rate(v, fit, a, slot)
}

describe('criteria', () => {
  it('capability: core 100, partial 55 with the note', () => {
    expect(rate('capability', 'access-proxy', 'access-control').rating).toBe(100)
    expect(rate('capability', 'platform-distro', 'access-control')).toEqual({ rating: 55, reason: 'partial fit: a Kubernetes distribution with built-in RBAC' })
  })

  it('openness: by licence model', () => {
    expect(rate('openness', 'mesh-sidecar', 'service-mesh').rating).toBe(100)
    expect(rate('openness', 'access-proxy', 'access-control').rating).toBe(70)
    expect(rate('openness', 'secrets-store', 'secrets').rating).toBe(35)
    expect(rate('openness', 'mesh-ambient', 'service-mesh').rating).toBe(0)
  })

  it('governance: by CNCF status', () => {
    expect(rate('governance', 'mesh-sidecar', 'service-mesh').rating).toBe(100)
    expect(rate('governance', 'cost-visibility', 'k8s-cost').rating).toBe(80)
    expect(rate('governance', 'mesh-ebpf', 'service-mesh').rating).toBe(60)
    expect(rate('governance', 'access-proxy', 'access-control').rating).toBe(30)
  })

  it('hosting: by delivery model against the hosting answer', () => {
    expect(rate('hosting', 'obs-platform', 'logs', answers({ hosting: 'saas' })).rating).toBe(100)
    expect(rate('hosting', 'access-proxy', 'access-control', answers({ hosting: 'saas' })).rating).toBe(80)
    expect(rate('hosting', 'obs-metrics', 'metrics', answers({ hosting: 'saas' })).rating).toBe(20)
    expect(rate('hosting', 'obs-platform', 'logs', answers({ hosting: 'self-hosted' })).rating).toBe(0)
    expect(rate('hosting', 'obs-platform', 'logs', answers({ hosting: 'either' })).rating).toBe(100)
  })

  it('dataPlane: sidecarless modes win unless sidecars are fine', () => {
    expect(rate('dataPlane', 'mesh-sidecar', 'service-mesh').rating).toBe(40)
    expect(rate('dataPlane', 'mesh-ambient', 'service-mesh').rating).toBe(100)
    expect(rate('dataPlane', 'mesh-sidecar', 'service-mesh', answers({ sidecars: 'fine' })).rating).toBe(100)
    expect(rate('dataPlane', 'mesh-sidecar', 'service-mesh', answers({ sidecars: 'avoid' })).rating).toBe(0)
  })

  it('computeCost: data-plane overhead for a mesh, automation for a cost tool (chosen by slot)', () => {
    expect(rate('computeCost', 'mesh-ebpf', 'service-mesh').rating).toBe(100)
    expect(rate('computeCost', 'mesh-ambient', 'service-mesh').rating).toBe(85)
    expect(rate('computeCost', 'mesh-sidecar', 'service-mesh').rating).toBe(30)
    expect(rate('computeCost', 'cost-automation', 'k8s-cost').rating).toBe(100)
    expect(rate('computeCost', 'cost-visibility', 'k8s-cost').rating).toBe(50)
  })

  it('mtls: by the default mTLS mode', () => {
    expect(rate('mtls', 'mesh-ambient', 'service-mesh').rating).toBe(100)
    expect(rate('mtls', 'mesh-sidecar', 'service-mesh').rating).toBe(60)
    expect(rate('mtls', 'mesh-ebpf', 'service-mesh').rating).toBe(25)
  })

  it('spend: self-hostable open source first, then cost controls', () => {
    expect(rate('spend', 'obs-metrics', 'metrics').rating).toBe(90)
    expect(rate('spend', 'obs-platform', 'metrics')).toEqual({ rating: 80, reason: 'cost controls: ingest filters' })
  })

  it('k8sIntegration: security facts for security slots, cost facts for cost slots (chosen by slot)', () => {
    expect(rate('k8sIntegration', 'access-proxy', 'access-control').rating).toBe(100)
    expect(rate('k8sIntegration', 'secrets-store', 'secrets')).toMatchObject({ rating: 50, unverified: true })
    expect(rate('k8sIntegration', 'cost-visibility', 'k8s-cost').rating).toBe(65)
  })

  it('incumbent: only for tools already in use', () => {
    expect(rate('incumbent', 'obs-metrics', 'metrics', answers({ existingTools: ['obs-metrics'] })).rating).toBe(100)
    expect(rate('incumbent', 'obs-platform', 'metrics', answers({ existingTools: ['obs-metrics'] })).rating).toBe(0)
  })

  it('evidence: 15 points off per unverified fact', () => {
    expect(rate('evidence', 'access-proxy', 'access-control').rating).toBe(100)
    expect(rate('evidence', 'secrets-store', 'secrets').rating).toBe(85)
  })

  it('every criterion declares the answer fields its weight reads', () => {
    // changing a field a criterion does not declare never changes its weight
    const base = answers()
    const variants: Partial<AnswersInput>[] = [{ openSource: 'required' }, { hosting: 'saas' }, { sidecars: 'avoid' }, { costSensitivity: 'high' }, { mtls: 'required' }, { existingTools: ['mesh-sidecar'] }]
    for (const c of CRITERIA)
      for (const v of variants) {
        const field = Object.keys(v)[0] as keyof AnswersInput
        if ((c.reads as readonly string[]).includes(field)) continue
        expect(c.weight(answers(v)), `${c.id} / ${field}`).toBe(c.weight(base))
      }
  })
})

describe('hard constraints', () => {
  const why = (id: string, slot: SlotId, a: Answers) => {
    const v = fixtureVendor(id)
    return exclusionReasons(v, v.slots.find((s) => s.slot === slot)!, a, slot)
  }

  it('exclude complements and listed-only products with their note', () => {
    expect(why('obs-standard', 'tracing', answers())).toEqual(['complements the pick, is not one: ships traces, stores nothing'])
    expect(why('platform-distro', 'secrets', answers())).toEqual(['no capability for this slot found: integrates external stores'])
  })

  it('exclude source-available and proprietary products when open source is required', () => {
    const a = answers({ openSource: 'required' })
    expect(why('secrets-store', 'secrets', a)).toEqual(['licence BUSL-1.1 is source-available, not open source; you require open source'])
    expect(why('mesh-ambient', 'service-mesh', a)).toEqual(['proprietary; you require open source'])
    expect(why('access-proxy', 'access-control', a)).toEqual([])
  })

  it('exclude SaaS-only products when self-hosting is required', () => {
    expect(why('obs-platform', 'logs', answers({ hosting: 'self-hosted' }))).toEqual(['SaaS only; you chose self-hosted'])
  })

  it('exclude sidecar-only meshes when sidecars are avoided', () => {
    const a = answers({ sidecars: 'avoid' })
    expect(why('mesh-sidecar', 'service-mesh', a)).toEqual(['needs sidecars; you chose avoid'])
    expect(why('mesh-ambient', 'service-mesh', a)).toEqual([])
  })

  it('exclude meshes without mTLS on by default when it is required', () => {
    const a = answers({ mtls: 'required' })
    expect(why('mesh-ebpf', 'service-mesh', a)).toEqual(['mTLS is off by default; you require it on'])
    expect(why('mesh-ambient', 'service-mesh', a)).toEqual([])
  })
})

describe('what criteria declare they read', () => {
  it('a rating changes only with the answers its criterion lists in `rates` (the rest is cached)', () => {
    const variants: Partial<AnswersInput>[] = [{ openSource: 'required' }, { hosting: 'saas' }, { hosting: 'self-hosted' }, { sidecars: 'avoid' }, { sidecars: 'fine' }, { costSensitivity: 'high' }, { mtls: 'required' }, { existingTools: ['mesh-sidecar', 'obs-metrics', 'cost-visibility'] }]
    const ids = ['mesh-sidecar', 'mesh-ambient', 'obs-platform', 'obs-metrics', 'access-proxy', 'secrets-store', 'cost-visibility', 'cost-automation']
    for (const c of CRITERIA) {
      expect(c.rates.every((f) => c.reads.includes(f)), `${c.id}: rates ⊆ reads`).toBe(true)
      for (const id of ids) {
        const v = fixtureVendor(id)
        for (const fit of v.slots.filter((f) => c.appliesTo(f.slot)))
          for (const variant of variants) {
            const field = Object.keys(variant)[0] as (typeof c.rates)[number]
            if (c.rates.includes(field)) continue
            expect(c.rate(v, fit, answers(variant), fit.slot), `${c.id} / ${id} / ${field}`).toEqual(c.rate(v, fit, answers(), fit.slot))
          }
      }
    }
  })
})
