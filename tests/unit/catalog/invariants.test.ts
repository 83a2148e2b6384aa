import { describe, expect, it } from 'vitest'
import { parseCatalog } from '@/lib/catalog/catalog'
import { checkInvariants } from '@/lib/catalog/invariants'
import type { Dataset } from '@/lib/catalog/schema'
import { FIXTURE_DATASET } from '../../fixtures/catalog'

/** A deep copy of the fixture data set with one record changed. */
function withRecord(id: string, change: (v: Record<string, unknown>) => void): Dataset {
  const data = structuredClone(FIXTURE_DATASET)
  change(data.vendors.find((v) => v.id === id) as unknown as Record<string, unknown>)
  return data
}
const at = (id: string) => `vendors[${FIXTURE_DATASET.vendors.findIndex((v) => v.id === id)}] (${id})`
const issuesOf = (raw: unknown) => {
  const r = parseCatalog(raw)
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`)
}

describe('the fixture data set', () => {
  it('is valid, so each test below shows exactly the issue it introduces', () => {
    expect(checkInvariants(FIXTURE_DATASET)).toEqual([])
  })
})

describe('data invariants', () => {
  it('a slot listed twice', () => {
    const data = withRecord('mesh-ebpf', (v) => (v.slots as unknown[]).push({ slot: 'service-mesh', fit: 'core' }))
    expect(checkInvariants(data)).toEqual([{ path: `${at('mesh-ebpf')}.slots[1] (service-mesh)`, message: 'Slot listed twice' }])
  })

  it('area facts missing for a served slot', () => {
    const data = withRecord('mesh-ebpf', (v) => delete v.mesh)
    expect(checkInvariants(data)).toEqual([{ path: `${at('mesh-ebpf')}.mesh`, message: 'Required because the vendor serves a service-mesh slot' }])
  })

  it('an observability slot for a signal the vendor does not handle', () => {
    const data = withRecord('obs-metrics', (v) => (v.slots as unknown[]).push({ slot: 'logs', fit: 'core' }))
    expect(checkInvariants(data)).toEqual([{ path: `${at('obs-metrics')}.slots[1] (logs)`, message: 'observability.signals lacks "logs"' }])
  })

  it('an "unknown" value not declared unverified', () => {
    const data = withRecord('secrets-store', (v) => (v.unverified = []))
    expect(checkInvariants(data)).toEqual([
      { path: `${at('secrets-store')}.security.kubernetesIntegration`, message: 'Value is "unknown" but "security.kubernetesIntegration" is not listed in unverified' },
    ])
  })

  it('a source that is not https', () => {
    const data = withRecord('access-proxy', (v) => (v.sources = ['http://example.com/plain']))
    expect(checkInvariants(data)).toEqual([{ path: `${at('access-proxy')}.sources[0]`, message: 'Sources must use https' }])
  })

  it('duplicate ids', () => {
    const data = structuredClone(FIXTURE_DATASET)
    data.vendors.push(structuredClone(data.vendors[0]!))
    expect(checkInvariants(data)).toEqual([{ path: `vendors[${data.vendors.length - 1}] (mesh-sidecar).id`, message: 'Duplicate id "mesh-sidecar"' }])
  })

  it('a slot no vendor can fill', () => {
    const data = structuredClone(FIXTURE_DATASET)
    data.vendors = data.vendors.filter((v) => v.id !== 'access-proxy')
    expect(checkInvariants(data)).toEqual([{ path: 'vendors', message: 'No vendor is a core fit for slot "access-control"' }])
  })
})

describe('schema problems', () => {
  it('name the record and the field of a bad enum value', () => {
    const data = withRecord('mesh-sidecar', (v) => ((v.license as Record<string, unknown>).model = 'free-ish'))
    expect(issuesOf(data)).toEqual([expect.stringMatching(/^vendors\[0\] \(mesh-sidecar\)\.license\.model: /)])
  })

  it('name the record of a record without sources', () => {
    const data = withRecord('obs-platform', (v) => (v.sources = []))
    expect(issuesOf(data).join('\n')).toMatch(new RegExp(`^${at('obs-platform').replace(/[[\]()]/g, '\\$&')}\\.sources: `))
  })

  it('require a note for any fit other than core', () => {
    const data = withRecord('platform-distro', (v) => delete (v.slots as Record<string, unknown>[])[0]!.note)
    expect(issuesOf(data).join('\n')).toContain(`${at('platform-distro')}.slots[0] (access-control).note: A slot fit other than "core" needs a note saying why`)
  })
})
