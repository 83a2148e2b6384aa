import { describe, expect, it } from 'vitest'
import { defaultNeeds, needsFor } from '@/lib/answers/needs'
import { AnswersSchema, type AnswersInput } from '@/lib/answers/schema'
import { buildCatalog } from '@/lib/catalog/build'
import type { ComplianceFact, Vendor } from '@/lib/catalog/schema'
import { recommend } from '@/lib/recommend'
import { operationalLoad } from '@/lib/scoring/criteria'
import { rankSlot } from '@/lib/scoring/rank'
import { caps, vendor } from '../../fixtures/catalog'

const SRC = { source: 'https://example.com/compliance', asOf: '2026-11' }
const fact = (value: ComplianceFact['value']): ComplianceFact => (value === 'unknown' ? { value } : { value, ...(value === 'partial' ? { note: 'in process' } : {}), ...SRC })
const compliance = (c: Partial<Record<'fedramp' | 'pci' | 'hipaa' | 'euResidency' | 'fips', ComplianceFact['value']>>): Vendor['compliance'] => ({
  fedramp: fact(c.fedramp ?? 'unknown'),
  pci: fact(c.pci ?? 'unknown'),
  hipaa: fact(c.hipaa ?? 'unknown'),
  euResidency: fact(c.euResidency ?? 'unknown'),
  fips: fact(c.fips ?? 'unknown'),
})
const ops = (selfRun: string[] | undefined, vendorRun: string[] | undefined, minorsPerYear?: number, supportMonths?: number): Vendor['operations'] => ({
  ...(selfRun ? { selfRun: { components: selfRun } } : {}),
  ...(vendorRun ? { vendorRun: { components: vendorRun } } : {}),
  releases: { cadence: 'fixture', ...(minorsPerYear ? { minorsPerYear } : {}), ...(supportMonths ? { supportMonths } : {}) },
  source: 'https://example.com/ops',
  asOf: '2026-11',
})
const secretsCaps = (over: Record<string, 'yes' | 'partial' | 'no' | 'unknown'> = {}) =>
  caps({ 'secret-store': 'yes', 'dynamic-secrets': 'yes', rotation: 'yes', 'k8s-delivery': 'yes', pki: 'yes', 'hsm-fips': 'no', 'self-hosted': 'yes', ...over })
const security = { accessModel: 'fixture', kubernetesIntegration: 'native', sso: 'yes' } as const

/** A secrets slot whose products differ by one fact each, plus a cloud's own secret store. */
const CATALOG = buildCatalog({
  title: 'context fixture',
  asOf: '2026-11-25',
  vendors: [
    vendor('vault-like', {
      slots: [{ slot: 'secrets', fit: 'core' }],
      delivery: { model: 'both' },
      security,
      compliance: compliance({ fedramp: 'no', pci: 'no', hipaa: 'no', euResidency: 'partial', fips: 'yes' }),
      operations: ops(['server cluster', 'storage', 'agent injector', 'CSI provider', 'audit sink', 'unseal KMS'], ['agent injector'], 4, 9),
      capabilities: { secrets: secretsCaps({ 'hsm-fips': 'yes' }) },
    }),
    vendor('saas-store', {
      slots: [{ slot: 'secrets', fit: 'core' }],
      license: { spdx: 'proprietary', model: 'proprietary' },
      delivery: { model: 'saas' },
      security,
      compliance: compliance({ fedramp: 'no', pci: 'yes', hipaa: 'no', euResidency: 'yes', fips: 'unknown' }),
      operations: ops(undefined, []),
      capabilities: { secrets: secretsCaps({ 'self-hosted': 'no' }) },
    }),
    vendor('unknown-saas', {
      slots: [{ slot: 'secrets', fit: 'core' }],
      license: { spdx: 'proprietary', model: 'proprietary' },
      delivery: { model: 'saas' },
      security,
      compliance: compliance({}),
      capabilities: { secrets: secretsCaps({ 'self-hosted': 'no' }) },
    }),
    vendor('cloud-secrets', {
      slots: [{ slot: 'secrets', fit: 'core' }],
      license: { spdx: 'proprietary', model: 'proprietary' },
      delivery: { model: 'saas' },
      origin: 'added',
      originNote: 'built in',
      security,
      builtIn: { platforms: ['eks'], note: 'fixture', source: 'https://example.com/eks', asOf: '2026-11' },
      compliance: compliance({ fedramp: 'yes', pci: 'yes', hipaa: 'yes', euResidency: 'yes', fips: 'yes' }),
      operations: ops(undefined, ['CSI provider']),
      capabilities: { secrets: secretsCaps({ 'dynamic-secrets': 'no', 'self-hosted': 'no' }) },
    }),
    vendor('distro', {
      slots: [{ slot: 'secrets', fit: 'partial', note: 'a platform, not a secret store' }],
      security,
      capabilities: { secrets: secretsCaps() },
    }),
  ],
})

const answers = (extra: Partial<AnswersInput> = {}) =>
  AnswersSchema.parse({ scope: ['security'], openSource: 'no-preference', hosting: 'either', costSensitivity: 'medium', consolidation: 'best-of-breed', ...extra })
const pickOf = (extra: Partial<AnswersInput>) => recommend(answers(extra), CATALOG).stack.find((s) => s.slot === 'secrets')!.vendor
const entry = (extra: Partial<AnswersInput>, id: string) => rankSlot('secrets', answers(extra), CATALOG).entries.find((e) => e.vendor === id)

describe('capability needs from the context', () => {
  it('start from what most teams expect and follow the context answers, each with its reason', () => {
    const plain = needsFor(answers(), 'secrets')
    expect(plain.find((n) => n.capability.id === 'hsm-fips')).toMatchObject({ level: 'no' })
    const fedramp = needsFor(answers({ compliance: ['fedramp'] }), 'secrets')
    expect(fedramp.find((n) => n.capability.id === 'hsm-fips')).toMatchObject({ level: 'must', why: 'you need FIPS-validated cryptography' })
    const mesh = needsFor(answers({ scope: ['service-mesh'], sidecars: 'fine', multiCluster: 'multi', vmWorkloads: 'yes' }), 'service-mesh')
    expect(mesh.filter((n) => n.level === 'must').map((n) => n.capability.id).sort()).toEqual(['multi-cluster', 'vm-workloads'])
    const robots = needsFor(answers({ accessFor: ['workloads'] }), 'access-control')
    expect(robots.find((n) => n.capability.id === 'workload-identity')?.level).toBe('must')
    expect(robots.find((n) => n.capability.id === 'session-recording')?.level).toBe('no')
    const cost = answers({ scope: ['cost'], costGoal: 'allocation', clouds: ['aws', 'gcp'] })
    expect(defaultNeeds(cost, ['k8s-cost', 'cloud-cost'])).toMatchObject({
      'k8s-cost/allocation': 'must',
      'k8s-cost/automated-actions': 'no',
      'cloud-cost/showback-chargeback': 'must',
      'cloud-cost/multi-cloud-bills': 'must',
    })
    expect(defaultNeeds(answers({ scope: ['cost'], costGoal: 'savings', clouds: ['aws'] }), ['k8s-cost', 'cloud-cost'])).toMatchObject({
      'k8s-cost/automated-actions': 'must',
      'cloud-cost/multi-cloud-bills': 'no',
    })
  })

  it("keep only the user's real choices: a level equal to the default is dropped, one out of scope too", () => {
    const a = answers({ needs: { 'secrets/rotation': 'nice', 'secrets/pki': 'must', 'logs/otlp-logs': 'must' } })
    expect(a.needs).toEqual({ 'secrets/pki': 'must' })
    expect(needsFor(a, 'secrets').find((n) => n.capability.id === 'pki')).toMatchObject({ level: 'must', chosen: true })
  })

  it('make a must-have a hard constraint', () => {
    expect(entry({ platform: 'eks', needs: { 'secrets/dynamic-secrets': 'must' } }, 'cloud-secrets')).toMatchObject({ eligible: false, excludedBecause: 'lacks dynamic secrets, a must-have' })
    // no facts at all: doubted, so it loses to products that have it, and is never silently passed
    const doubted = entry({ needs: { 'secrets/pki': 'must' } }, 'vault-like')!
    expect(doubted.eligible).toBe(true)
  })
})

describe('compliance', () => {
  it('binds the vendor that holds the data: software the team can run itself passes, SaaS needs the certification', () => {
    expect(entry({ compliance: ['hipaa'] }, 'vault-like')?.eligible).toBe(true)
    expect(entry({ compliance: ['hipaa'] }, 'saas-store')).toMatchObject({ eligible: false, excludedBecause: 'SaaS without a HIPAA business associate agreement' })
    expect(entry({ compliance: ['pci'] }, 'saas-store')?.eligible).toBe(true)
  })

  it('never lets an unknown fact pass silently: it loses to a confirmed product, and wins flagged when none is left', () => {
    const gated = entry({ compliance: ['pci'] }, 'unknown-saas')!
    expect(gated.eligible).toBe(false)
    expect(gated.excludedBecause).toContain('a PCI DSS attestation unconfirmed')
    // alone, it wins, flagged
    const alone = buildCatalog({ title: 't', asOf: '2026-11-25', vendors: [CATALOG.byId.get('unknown-saas')!] })
    const rec = recommend(answers({ compliance: ['pci'] }), alone)
    expect(rec.stack[1]!.vendor).toBe('unknown-saas')
    expect(rec.stack[1]!.reasons).toContain('Unconfirmed: a PCI DSS attestation unconfirmed; verify before you buy')
  })

  it('asks FIPS of the secret store through its HSM/FIPS capability', () => {
    expect(pickOf({ compliance: ['fips'] })).not.toBe('saas-store')
    expect(entry({ compliance: ['fips'] }, 'saas-store')).toMatchObject({ eligible: false, excludedBecause: 'lacks HSM / FIPS, a must-have' })
  })
})

describe('platform', () => {
  it("makes a cloud's own services candidates on that cloud only, named as built in", () => {
    expect(entry({}, 'cloud-secrets')).toBeUndefined()
    expect(entry({ platform: 'gke' }, 'cloud-secrets')).toBeUndefined()
    const eks = entry({ platform: 'eks' }, 'cloud-secrets')!
    expect(eks.eligible).toBe(true)
    expect(eks.reasons[0]).toBe('Built into EKS: no new vendor, billed with your cloud')
  })

  it('rules out SaaS on an air-gapped platform, and cloud bills altogether', () => {
    expect(entry({ platform: 'air-gapped' }, 'saas-store')).toMatchObject({ eligible: false, excludedBecause: 'SaaS only; an air-gapped cluster cannot reach it' })
    const rec = recommend(answers({ platform: 'air-gapped', scope: ['cost'] }), CATALOG)
    expect(rec.notes).toContain('Cloud cost: an air-gapped site has no cloud bill to analyse; Kubernetes cost management covers the cost of your clusters.')
  })
})

describe('operational load', () => {
  it('counts the parts the team runs on the route it would take, and quarterly upgrades', () => {
    const v = CATALOG.byId.get('vault-like')!
    expect(operationalLoad(v, { hosting: 'self-hosted', platform: 'unspecified' })).toMatchObject({ rating: 15 })
    expect(operationalLoad(v, { hosting: 'either', platform: 'unspecified' }).rating).toBe(90)
    expect(operationalLoad(CATALOG.byId.get('saas-store')!, { hosting: 'either', platform: 'unspecified' })).toMatchObject({ rating: 100, reason: 'the vendor runs it; nothing to run in your clusters' })
    expect(operationalLoad(CATALOG.byId.get('distro')!, { hosting: 'either', platform: 'unspecified' })).toMatchObject({ rating: 50, unverified: true })
  })

  it('weighs more the less platform capacity the team has, and not at all when it did not say', () => {
    const weight = (platformTeam: AnswersInput['platformTeam']) => rankSlot('secrets', answers({ platformTeam }), CATALOG).entries[0]!.breakdown.find((b) => b.criterion === 'operations')!.weight
    expect([weight('none'), weight('small'), weight('org'), weight('unspecified')]).toEqual([5, 3, 1, 0])
  })
})

describe('tools to keep', () => {
  it('keeps a tool the pick even when another scores higher, and never calls it fragile', () => {
    const rec = recommend(answers({ existingTools: ['distro'], keep: ['distro'] }), CATALOG)
    const secrets = rec.stack.find((s) => s.slot === 'secrets')!
    // a partial fit passes the fit gate when kept: the team decided
    expect(secrets.vendor).toBe('distro')
    expect(secrets.reasons.at(-1)).toMatch(/^Kept, as you asked/)
    expect(rec.slots.find((s) => s.slot === 'secrets')!.robustness.fragile).toBe(false)
  })

  it('gives way to a hard constraint, and the conflict says so', () => {
    const rec = recommend(answers({ existingTools: ['saas-store'], keep: ['saas-store'], hosting: 'self-hosted' }), CATALOG)
    expect(rec.stack.find((s) => s.slot === 'secrets')!.vendor).not.toBe('saas-store')
    expect(rec.conflicts.map((c) => c.tool)).toEqual(['saas-store'])
  })

  it('must be tools in use', () => {
    const parsed = AnswersSchema.safeParse({ scope: ['security'], openSource: 'preferred', hosting: 'either', costSensitivity: 'low', consolidation: 'balanced', keep: ['vault-like'] })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['keep', 0], message: '"vault-like" is not among the tools already in use' })
  })
})

describe('organisation size and licence limits', () => {
  const teleport = vendor('access-ce', {
    slots: [{ slot: 'access-control', fit: 'core' }],
    license: {
      spdx: 'proprietary',
      model: 'open-core',
      openSource: {
        edition: 'Community Edition',
        spdx: 'AGPL-3.0',
        maintained: true,
        officialBuilds: false,
        limits: { maxEmployees: 100, maxRevenueUsd: 10000000 },
        caveat: 'free only for small organisations',
        source: 'https://example.com/licence',
        asOf: '2026-11',
      },
    },
    security: { ...security, audience: 'people' },
    capabilities: { 'access-control': caps({ 'sso-oidc': 'yes' }) },
  })
  const catalog = buildCatalog({ title: 't', asOf: '2026-11-25', vendors: [teleport] })
  const rank = (orgSize: AnswersInput['orgSize']) => rankSlot('access-control', answers({ openSource: 'required', orgSize }), catalog).entries[0]!

  it('fails "open source required" once the organisation is known to be too large, and passes with official builds below the limit', () => {
    expect(rank('100-999')).toMatchObject({ eligible: false, excludedBecause: 'Community Edition is licensed free only to organisations under 100 employees, and yours is larger; you require open source' })
    const small = rank('20-99')
    expect(small.eligible).toBe(true)
    expect(small.breakdown.find((b) => b.criterion === 'openness')!.rating).toBe(70)
    expect(small.reasons).toContain('Caveat: Your organisation is under the 100-employee limit of its free licence; the US$10M revenue limit applies too')
    // unknown size: a caveat, and the rating of a self-build route
    expect(rank('unspecified').reasons).toContain('Caveat: free only for small organisations')
  })
})
