import { describe, expect, it } from 'vitest'
import { DEFAULT_STATE, landscapeQuery, matchesLandscape, normalize, sortLandscape, visibleLandscape, type LandscapeState } from '@/lib/catalog/landscape-filter'
import { landscapeRow } from '@/lib/catalog/landscape-rows'
import { vendor } from '@/tests/fixtures/catalog'

const ROWS = [
  vendor('open-vault', {
    name: 'Open Vault',
    company: 'Vault Foundation',
    description: 'Stores and leases secrets for workloads, with dynamic credentials.',
    slots: [{ slot: 'secrets', fit: 'core' }],
    cncf: { status: 'sandbox' },
    asOf: '2026-10-01',
  }),
  vendor('meshy', {
    name: 'Meshy',
    company: 'Méshworks Ltd',
    description: 'A sidecarless service mesh with mutual TLS between workloads.',
    slots: [{ slot: 'service-mesh', fit: 'core' }],
    cncf: { status: 'graduated' },
    asOf: '2026-11-20',
  }),
  vendor('cloud-keys', {
    name: 'Cloud Keys',
    company: 'Big Cloud',
    description: 'A managed key and secret store of one cloud provider.',
    slots: [
      { slot: 'secrets', fit: 'core' },
      { slot: 'access-control', fit: 'partial', note: 'IAM for the keys only' },
    ],
    license: { spdx: 'proprietary', model: 'proprietary' },
    delivery: { model: 'saas' },
    asOf: '2026-09-15',
  }),
].map(landscapeRow)

const state = (patch: Partial<LandscapeState>): LandscapeState => ({ ...DEFAULT_STATE, ...patch })
const ids = (s: LandscapeState) => visibleLandscape(ROWS, s).map((r) => r.id)

describe('landscape search', () => {
  it('matches name, company, description and slot labels, ignoring case and accents', () => {
    expect(ids(state({ q: 'VAULT' }))).toEqual(['open-vault'])
    expect(ids(state({ q: 'meshworks' }))).toEqual(['meshy'])
    expect(ids(state({ q: 'dynamic credentials' }))).toEqual(['open-vault'])
    expect(ids(state({ q: 'secrets management' }))).toEqual(['cloud-keys', 'open-vault'])
  })

  it('needs every word, in any order', () => {
    expect(ids(state({ q: 'cloud secret' }))).toEqual(['cloud-keys'])
    expect(ids(state({ q: 'secret mesh' }))).toEqual([])
  })

  it('shows everything for an empty or blank query', () => {
    expect(ids(state({ q: '   ' }))).toHaveLength(3)
  })
})

describe('landscape filters', () => {
  it('keeps a vendor when any of its slots or areas is the one chosen', () => {
    expect(ids(state({ slot: 'access-control' }))).toEqual(['cloud-keys'])
    expect(ids(state({ area: 'security' }))).toEqual(['cloud-keys', 'open-vault'])
  })

  it('combines every facet and the search', () => {
    expect(ids(state({ area: 'security', model: 'open-source' }))).toEqual(['open-vault'])
    expect(ids(state({ delivery: 'saas', cncf: 'none' }))).toEqual(['cloud-keys'])
    expect(ids(state({ slot: 'secrets', q: 'mesh' }))).toEqual([])
    expect(matchesLandscape(ROWS[1]!, state({ cncf: 'graduated', q: 'tls' }))).toBe(true)
  })
})

describe('landscape sorting', () => {
  it('sorts by name by default and breaks ties by name', () => {
    expect(ids(DEFAULT_STATE)).toEqual(['cloud-keys', 'meshy', 'open-vault'])
    expect(ids(state({ sort: 'licence' }))).toEqual(['meshy', 'open-vault', 'cloud-keys'])
    expect(ids(state({ sort: 'licence', dir: 'desc' }))).toEqual(['cloud-keys', 'meshy', 'open-vault'])
  })

  it('orders slots as the stack does and CNCF status from graduated down', () => {
    expect(ids(state({ sort: 'slots' }))).toEqual(['meshy', 'cloud-keys', 'open-vault'])
    expect(ids(state({ sort: 'cncf' }))).toEqual(['meshy', 'open-vault', 'cloud-keys'])
  })

  it('sorts by the date the facts were checked', () => {
    expect(ids(state({ sort: 'checked', dir: 'desc' }))).toEqual(['meshy', 'open-vault', 'cloud-keys'])
  })

  it('returns a new array and leaves its input alone', () => {
    const before = ROWS.map((r) => r.id)
    expect(sortLandscape(ROWS, 'name', 'desc')).not.toBe(ROWS)
    expect(ROWS.map((r) => r.id)).toEqual(before)
  })
})

describe('landscape addresses', () => {
  it('is empty for the default view and leaves defaults out', () => {
    expect(landscapeQuery(DEFAULT_STATE)).toBe('')
    expect(landscapeQuery(state({ q: '  vault ', slot: 'secrets', model: 'open-source', view: 'table', sort: 'licence', dir: 'desc' }))).toBe(
      '?q=vault&slot=secrets&model=open-source&view=table&sort=licence&dir=desc',
    )
  })

  it('normalises text for matching', () => {
    expect(normalize('Méshworks')).toBe('meshworks')
  })
})
