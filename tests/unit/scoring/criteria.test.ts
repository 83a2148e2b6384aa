import { describe, expect, it } from 'vitest'
import { AnswersSchema, type Answers, type AnswersInput } from '@/lib/answers/schema'
import type { SlotId } from '@/lib/catalog/slots'
import { exclusionReasons } from '@/lib/scoring/constraints'
import { CRITERIA, CRITERION_BY_ID } from '@/lib/scoring/criteria'
import type { CriterionId } from '@/lib/scoring/criteria-ids'
import { openSourceRoute } from '@/lib/scoring/licence'
import { chosenMode } from '@/lib/scoring/mesh'
import { rankSlot } from '@/lib/scoring/rank'
import { FIXTURE_CATALOG, fixtureVendor } from '../../fixtures/catalog'

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
  return CRITERION_BY_ID.get(criterion)!.rate(v, fit, a, slot, FIXTURE_CATALOG)
}
const why = (id: string, slot: SlotId, a: Answers) => {
  const v = fixtureVendor(id)
  return exclusionReasons(v, v.slots.find((s) => s.slot === slot)!, a, slot)
}

describe('capability coverage', () => {
  it('rates what an expert checks in the slot, core capabilities twice, and names what is missing', () => {
    expect(rate('capability', 'obs-platform', 'tracing')).toEqual({ rating: 100, reason: 'covers all 5 capabilities you need' })
    // promql (core) and downsampling (plus) missing: (2+2+1+0+0... ) of 8
    const metrics = rate('capability', 'obs-platform', 'metrics')
    expect(metrics.rating).toBe(Math.round((100 * (2 + 1 + 2)) / 8))
    expect(metrics.reason).toBe('covers 3 of the 5 capabilities you need; lacks PromQL compatibility')
  })

  it('leaves out what another criterion scores (mTLS, data plane) and what only some teams need (VMs)', () => {
    // the Kuma-like mesh is off by default, which the mTLS criterion scores: coverage is still full
    expect(rate('capability', 'mesh-opt-in', 'service-mesh').rating).toBe(rate('capability', 'mesh-sidecar', 'service-mesh').rating)
    // VM support differs between these two; FIPS builds count as a plus
    expect(rate('capability', 'mesh-ebpf', 'service-mesh').rating).toBe(rate('capability', 'mesh-sidecar', 'service-mesh').rating)
  })

  it('counts an unknown fact as neither present nor missing', () => {
    const facts = fixtureVendor('mesh-sidecar').capabilities!['service-mesh']!
    expect(Object.values(facts).every((f) => f.value !== 'unknown')).toBe(true)
  })
})

describe('the fit gate', () => {
  it('lets a partial fit fill a slot only when no product made for it passes the hard constraints', () => {
    const ranked = rankSlot('access-control', answers(), FIXTURE_CATALOG)
    const distro = ranked.entries.find((e) => e.vendor === 'platform-distro')!
    expect(distro.eligible).toBe(false)
    expect(distro.excludedBecause).toBe('partial fit (a Kubernetes distribution with built-in RBAC); 1 product made for this slot meet your constraints')
    // with open source required the access proxy still passes (its open-source route), so the distro stays out
    expect(rankSlot('access-control', answers({ openSource: 'required' }), FIXTURE_CATALOG).entries.find((e) => e.vendor === 'platform-distro')!.eligible).toBe(false)
    // self-hosted only: the access proxy runs self-hosted too; remove it and the partial fit may fill the slot
    const noCore = { ...FIXTURE_CATALOG, vendors: FIXTURE_CATALOG.vendors.filter((v) => v.id !== 'access-proxy') }
    expect(rankSlot('access-control', answers(), noCore).entries.find((e) => e.vendor === 'platform-distro')!.eligible).toBe(true)
  })
})

describe('licence of what the team would run', () => {
  it('credits an open-source edition only where it covers the slot and is maintained', () => {
    expect(openSourceRoute(fixtureVendor('mesh-sidecar'), 'service-mesh')).toEqual({ kind: 'open-source' })
    expect(openSourceRoute(fixtureVendor('access-proxy'), 'access-control')).toMatchObject({ kind: 'edition', officialBuilds: false })
    expect(openSourceRoute(fixtureVendor('secrets-commercial'), 'secrets')).toEqual({ kind: 'none', reason: 'its open-source edition (Old OSS server) looks unmaintained' })
    expect(openSourceRoute(fixtureVendor('cost-visibility'), 'k8s-cost')).toEqual({ kind: 'none', reason: 'proprietary' })
  })

  it('rates official open-source releases above source you must build', () => {
    expect(rate('openness', 'mesh-sidecar', 'service-mesh').rating).toBe(100)
    expect(rate('openness', 'access-proxy', 'access-control')).toEqual({ rating: 55, reason: 'open source only if you build it yourself: Access Proxy Community' })
    expect(rate('openness', 'secrets-store', 'secrets').rating).toBe(35)
    expect(rate('openness', 'secrets-commercial', 'secrets').rating).toBe(0)
  })

  it('excludes under "open source required" by the licence of the product, with the reason', () => {
    const a = answers({ openSource: 'required' })
    expect(why('secrets-store', 'secrets', a)).toEqual(['licence BUSL-1.1 is source-available, not open source; you require open source'])
    expect(why('secrets-commercial', 'secrets', a)).toEqual(['its open-source edition (Old OSS server) looks unmaintained; you require open source'])
    expect(why('cost-visibility', 'k8s-cost', a)).toEqual(['proprietary; you require open source'])
    expect(why('access-proxy', 'access-control', a)).toEqual([])
  })

  it('says the caveat of an open-source edition beside the pick', () => {
    const row = rankSlot('access-control', answers({ openSource: 'required' }), FIXTURE_CATALOG).entries.find((e) => e.vendor === 'access-proxy')!
    expect(row.reasons).toEqual(expect.arrayContaining(['Open source as Access Proxy Community', 'Caveat: Free binaries only under 100 employees.']))
  })
})

describe('mTLS as an expert means it', () => {
  it('runs a mesh in the mode that meets the requirement, sidecarless first', () => {
    expect(chosenMode(fixtureVendor('mesh-ambient'), answers())?.plane).toBe('ambient')
    expect(chosenMode(fixtureVendor('mesh-ambient'), answers({ sidecars: 'avoid', mtls: 'strict' }))?.plane).toBe('ambient')
    expect(chosenMode(fixtureVendor('mesh-opt-in'), answers({ mtls: 'default-on' }))).toBeUndefined()
  })

  it('"strict" needs strict mTLS enforceable mesh-wide; "on by default" needs encryption out of the box', () => {
    expect(why('mesh-opt-in', 'service-mesh', answers({ mtls: 'strict' }))).toEqual([])
    expect(why('mesh-opt-in', 'service-mesh', answers({ mtls: 'default-on' }))).toEqual(['traffic between meshed services is not encrypted until you configure mTLS; you need mTLS on by default'])
    expect(why('mesh-ebpf', 'service-mesh', answers({ mtls: 'strict' }))).toEqual(['strict mTLS can only be enforced per policy, not mesh-wide; you need strict mTLS enforceable mesh-wide'])
    // an Istio-like mesh is permissive to outside clients but encrypts between sidecars: it qualifies
    expect(why('mesh-sidecar', 'service-mesh', answers({ mtls: 'default-on' }))).toEqual([])
    // avoiding sidecars and requiring strict mTLS together still leave a sidecarless mesh that can
    expect(why('mesh-ambient', 'service-mesh', answers({ sidecars: 'avoid', mtls: 'strict' }))).toEqual([])
  })

  it('never presents a weakness as a strength', () => {
    expect(rate('mtls', 'mesh-sidecar', 'service-mesh').reason).toBe('mTLS on by default between meshed services; strict mode enforceable mesh-wide')
    expect(rate('mtls', 'mesh-opt-in', 'service-mesh')).toEqual({ rating: 60, reason: 'mTLS off until you enable it; then enforceable mesh-wide' })
    expect(rate('mtls', 'mesh-ebpf', 'service-mesh').rating).toBeLessThanOrEqual(30)
    const reasons = rankSlot('service-mesh', answers(), FIXTURE_CATALOG).entries.find((e) => e.vendor === 'mesh-ebpf')!.reasons
    expect(reasons.filter((r) => !r.startsWith('Caveat')).join(' ')).not.toMatch(/mutual authentication|mTLS/)
    expect(reasons).toContain('Caveat: mutual authentication only per policy; traffic not encrypted by default')
  })

  it('still counts whether mTLS can be made strict when the team will configure it', () => {
    const a = answers({ mtls: 'no-preference' })
    expect(rate('mtls', 'mesh-opt-in', 'service-mesh', a).rating).toBe(100)
    expect(rate('mtls', 'mesh-ebpf', 'service-mesh', a).rating).toBe(40)
    expect(CRITERION_BY_ID.get('mtls')!.weight(a)).toBeGreaterThan(0)
  })
})

describe('cost slots have criteria of their own', () => {
  it('Kubernetes cost: savings are automated actions on the cluster', () => {
    expect(rate('computeCost', 'cost-automation', 'k8s-cost').rating).toBe(100)
    expect(rate('computeCost', 'cost-visibility', 'k8s-cost')).toEqual({ rating: 20, reason: 'recommends savings; you apply them' })
  })

  it('cloud cost: savings are commitments, and Kubernetes integration is not rated', () => {
    expect(rate('computeCost', 'cloud-bills', 'cloud-cost').rating).toBe(60)
    expect(rate('computeCost', 'cost-automation', 'cloud-cost').rating).toBe(100)
    expect(CRITERION_BY_ID.get('k8sIntegration')!.appliesTo('cloud-cost')).toBe(false)
    // capability coverage decides: the bill tool covers the cloud-cost capabilities, the cluster tool does not
    expect(rate('capability', 'cloud-bills', 'cloud-cost').rating).toBeGreaterThan(rate('capability', 'cost-automation', 'cloud-cost').rating + 40)
  })
})

describe('other criteria', () => {
  it('governance: by CNCF status', () => {
    expect(rate('governance', 'mesh-sidecar', 'service-mesh').rating).toBe(100)
    expect(rate('governance', 'mesh-ebpf', 'service-mesh').rating).toBe(60)
    expect(rate('governance', 'access-proxy', 'access-control')).toEqual({ rating: 30, reason: 'governed by a single company' })
  })

  it('hosting: by delivery model, and not for a mesh (its data plane always runs in your cluster)', () => {
    expect(rate('hosting', 'obs-platform', 'logs', answers({ hosting: 'saas' })).rating).toBe(100)
    expect(rate('hosting', 'access-proxy', 'access-control', answers({ hosting: 'saas' })).rating).toBe(80)
    expect(rate('hosting', 'obs-metrics', 'metrics', answers({ hosting: 'saas' })).rating).toBe(20)
    expect(rate('hosting', 'obs-platform', 'logs', answers({ hosting: 'self-hosted' })).rating).toBe(0)
    expect(CRITERION_BY_ID.get('hosting')!.appliesTo('service-mesh')).toBe(false)
  })

  it('dataPlane and computeCost: by the mode the team would run', () => {
    expect(rate('dataPlane', 'mesh-sidecar', 'service-mesh').rating).toBe(40)
    expect(rate('dataPlane', 'mesh-ambient', 'service-mesh').rating).toBe(100)
    expect(rate('computeCost', 'mesh-ebpf', 'service-mesh').rating).toBe(100)
    expect(rate('computeCost', 'mesh-ambient', 'service-mesh').rating).toBe(85)
    expect(rate('computeCost', 'mesh-sidecar', 'service-mesh').rating).toBe(30)
  })

  it('spend: no licence fee for self-run open source, else the documented controls on volume and retention', () => {
    expect(rate('spend', 'obs-metrics', 'metrics').rating).toBe(90)
    expect(rate('spend', 'obs-platform', 'logs')).toEqual({ rating: 85, reason: 'controls on telemetry spend: archive tiers, log-to-metric, log retention' })
    // metrics: with weeks of retention only cardinality limits cut the bill; downsampling counts from three months on
    expect(rate('spend', 'obs-platform', 'metrics').rating).toBe(30 + 55)
    expect(rate('spend', 'obs-platform', 'metrics', answers({ retention: '1y-plus' })).rating).toBe(Math.round(30 + 55 / 2))
  })

  it('k8sIntegration: security facts for security slots, cost facts for Kubernetes cost', () => {
    expect(rate('k8sIntegration', 'access-proxy', 'access-control').rating).toBe(100)
    expect(rate('k8sIntegration', 'secrets-store', 'secrets')).toMatchObject({ rating: 50, unverified: true })
    expect(rate('k8sIntegration', 'cost-visibility', 'k8s-cost').rating).toBe(65)
  })

  it('incumbent: only for tools already in use', () => {
    expect(rate('incumbent', 'obs-metrics', 'metrics', answers({ existingTools: ['obs-metrics'] })).rating).toBe(100)
    expect(rate('incumbent', 'obs-platform', 'metrics', answers({ existingTools: ['obs-metrics'] })).rating).toBe(0)
  })

  it('"Verified facts" is not a criterion: data confidence is shown beside the score', () => {
    expect(CRITERIA.map((c) => c.id)).not.toContain('evidence')
    const row = rankSlot('secrets', answers(), FIXTURE_CATALOG).entries.find((e) => e.vendor === 'secrets-store')!
    expect(row.confidence).toEqual({ level: 'mostly verified', unverified: 1 })
  })

  it('every criterion declares the answer fields its weight reads', () => {
    const base = answers()
    const variants: Partial<AnswersInput>[] = [{ openSource: 'required' }, { hosting: 'saas' }, { sidecars: 'avoid' }, { costSensitivity: 'high' }, { mtls: 'strict' }, { existingTools: ['mesh-sidecar'] }]
    for (const c of CRITERIA)
      for (const v of variants) {
        const field = Object.keys(v)[0] as keyof AnswersInput
        if ((c.reads as readonly string[]).includes(field)) continue
        expect(c.weight(answers(v)), `${c.id} / ${field}`).toBe(c.weight(base))
      }
  })
})

describe('hard constraints', () => {
  it('exclude complements, listed-only and end-of-life products with their note', () => {
    expect(why('obs-standard', 'tracing', answers())).toEqual(['complements the pick, is not one: ships traces, stores nothing'])
    expect(why('platform-distro', 'secrets', answers())).toEqual(['no capability for this slot found: integrates external stores'])
    expect(why('retired-mesh', 'service-mesh', answers())).toContain('end of life since 2026-09-30')
  })

  it('exclude SaaS-only products when self-hosting is required', () => {
    expect(why('obs-platform', 'logs', answers({ hosting: 'self-hosted' }))).toEqual(['SaaS only; you chose self-hosted'])
  })

  it('exclude sidecar-only meshes when sidecars are avoided', () => {
    const a = answers({ sidecars: 'avoid' })
    expect(why('mesh-sidecar', 'service-mesh', a)).toEqual(['needs sidecars; you chose to avoid them'])
    expect(why('mesh-ambient', 'service-mesh', a)).toEqual([])
  })
})

describe('what criteria declare they read', () => {
  it('a rating changes only with the answers its criterion lists in `rates` (the rest is cached)', () => {
    const variants: Partial<AnswersInput>[] = [{ openSource: 'required' }, { hosting: 'saas' }, { hosting: 'self-hosted' }, { sidecars: 'avoid' }, { sidecars: 'fine' }, { costSensitivity: 'high' }, { mtls: 'strict' }, { mtls: 'no-preference' }, { existingTools: ['mesh-sidecar', 'obs-metrics', 'cost-visibility'] },
      { platform: 'eks' }, { platform: 'air-gapped' }, { platform: 'openshift' }, { orgSize: '1000-plus' }, { platformTeam: 'none' }, { cni: 'other' },
      { costGoal: 'allocation' }, { retention: '1y-plus' }, { accessFor: ['workloads'] }, { compliance: ['fedramp'] }, { needs: { 'logs/otlp-logs': 'no' } }]
    for (const c of CRITERIA) {
      expect(c.rates.every((f) => c.reads.includes(f)), `${c.id}: rates ⊆ reads`).toBe(true)
      for (const v of FIXTURE_CATALOG.vendors)
        for (const fit of v.slots.filter((f) => c.appliesTo(f.slot)))
          for (const variant of variants) {
            const field = Object.keys(variant)[0] as (typeof c.rates)[number]
            if (c.rates.includes(field)) continue
            expect(c.rate(v, fit, answers(variant), fit.slot, FIXTURE_CATALOG), `${c.id} / ${v.id} / ${field}`).toEqual(c.rate(v, fit, answers(), fit.slot, FIXTURE_CATALOG))
          }
    }
  })
})
