import { describe, expect, it } from 'vitest'
import { changelogOrderIssues, diffDataSets, type Changelog } from '@/lib/catalog/changelog'
import { labelOfPath } from '@/lib/catalog/change-labels'
import { factsOf } from '@/lib/catalog/facts'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'

const kubecost = {
  id: 'kubecost',
  name: 'Kubecost',
  description: 'Kubernetes cost allocation and monitoring.',
  slots: [{ slot: 'k8s-cost', fit: 'core' }],
  cost: { optimizes: 'Kubernetes spend', automation: 'visibility', kubernetesNative: 'yes', freeTier: true },
  mesh: {
    dataPlanes: ['sidecar-envoy', 'ambient'],
    modes: [
      { plane: 'sidecar-envoy', mtlsByDefault: 'yes', sources: ['https://a.example'], asOf: '2026-01' },
      { plane: 'ambient', mtlsByDefault: 'yes', sources: ['https://a.example'], asOf: '2026-01' },
    ],
  },
  unverified: [],
  sources: ['https://a.example', 'https://b.example'],
  asOf: '2026-11-01',
}
const data = (...vendors: object[]) => ({ title: 'Test', asOf: '2026-11-01', vendors })
const edit = (patch: (v: typeof kubecost) => void) => {
  const v = structuredClone(kubecost)
  patch(v)
  return v
}

describe('diffDataSets', () => {
  it('words a changed fact with the product label', () => {
    const after = edit((v) => (v.cost.automation = 'automated'))
    expect(diffDataSets(data(kubecost), data(after))).toEqual([
      { vendor: 'kubecost', vendorName: 'Kubecost', kind: 'changed', path: 'cost.automation', label: 'Automation', from: 'visibility', to: 'automated' },
    ])
  })

  it('finds nothing when only check dates, citations, prose or list order changed', () => {
    const after = edit((v) => {
      v.asOf = '2026-11-25'
      v.sources = ['https://b.example', 'https://c.example']
      v.description = 'Kubernetes cost allocation, monitoring and alerts.'
      v.mesh.dataPlanes.reverse()
      v.mesh.modes.reverse()
      v.mesh.modes[0]!.asOf = '2026-11'
    })
    expect(diffDataSets({ ...data(kubecost), asOf: '2026-01-01' }, data(after))).toEqual([])
  })

  it('lists vendors added and removed, by id', () => {
    const other = { ...kubecost, id: 'opencost', name: 'OpenCost' }
    expect(diffDataSets(data(kubecost), data(other)).map((c) => [c.vendorName, c.kind, c.path])).toEqual([
      ['Kubecost', 'removed', ''],
      ['OpenCost', 'added', ''],
    ])
  })

  it('matches mesh modes and slots by their key, not their position', () => {
    const after = edit((v) => {
      v.mesh.modes.reverse()
      v.mesh.modes[0]!.mtlsByDefault = 'partial'
      v.slots.push({ slot: 'cloud-cost', fit: 'partial' })
    })
    expect(diffDataSets(data(kubecost), data(after)).map((c) => [c.kind, c.path, c.label, c.from, c.to])).toEqual([
      ['added', 'slots[cloud-cost].fit', 'Fit for Cloud cost optimization', null, 'partial'],
      ['changed', 'mesh.modes[ambient].mtlsByDefault', 'mTLS by default (ambient (sidecarless))', 'yes', 'partial'],
    ])
  })

  it('compares lists of values as sets and shows them as the product does', () => {
    const after = edit((v) => v.mesh.dataPlanes.pop())
    expect(diffDataSets(data(kubecost), data(after))).toMatchObject([
      { path: 'mesh.dataPlanes', label: 'Data plane', from: 'Envoy sidecar, ambient (sidecarless)', to: 'Envoy sidecar' },
    ])
  })

  it('records facts a vendor gains, booleans as yes and no', () => {
    const after = edit((v) => {
      v.cost.freeTier = false
      Object.assign(v, { compliance: { fips: { value: 'no', source: 'https://a.example', asOf: '2026-11' } } })
    })
    expect(diffDataSets(data(kubecost), data(after)).map((c) => [c.kind, c.label, c.from, c.to])).toEqual([
      ['changed', 'Free tier', 'yes', 'no'],
      ['added', 'FIPS 140 cryptography', null, 'no'],
    ])
  })

  it('reads data sets older than the schema without failing', () => {
    expect(diffDataSets({ vendors: [{ id: 'x', name: 'X', legacy: 1 }] }, { vendors: [{ id: 'x', name: 'X', legacy: 2 }] })).toMatchObject([
      { path: 'legacy', label: 'legacy', from: '1', to: '2' },
    ])
    expect(diffDataSets(null, { vendors: [] })).toEqual([])
  })
})

describe('change labels', () => {
  it('are the labels the fact rows use', () => {
    const rowLabels = new Set(EMBEDDED_CATALOG.vendors.flatMap((v) => factsOf(v).map((r) => r.label)))
    for (const path of ['company', 'license.spdx', 'cncf.status', 'delivery.model', 'cost.automation', 'security.sso', 'compliance.pci.value', 'operations.releases.cadence', 'mesh.multiCluster'])
      expect(rowLabels, path).toContain(labelOfPath(path))
  })

  it('name capabilities by their label and slot', () => {
    expect(labelOfPath('capabilities.access-control.audit-log.value')).toBe('Audit log (Access control / RBAC)')
  })
})

describe('changelogOrderIssues', () => {
  const entry = (version: string, previous: string | null) => ({ version, fingerprint: version.slice(-8, -2), date: version.slice(0, 10), previous, changes: [] })

  it('accepts a chain, newest first', () => {
    const log: Changelog = { versions: [entry('2026-11-25.bbbbbbbb', '2026-11-24.aaaaaaaa'), entry('2026-11-24.aaaaaaaa', null)] }
    expect(changelogOrderIssues(log)).toEqual([])
  })

  it('names entries out of order', () => {
    const log: Changelog = { versions: [entry('2026-11-24.aaaaaaaa', null), entry('2026-11-25.bbbbbbbb', '2026-11-24.aaaaaaaa')] }
    expect(changelogOrderIssues(log)).toEqual([
      '2026-11-24.aaaaaaaa: previous is null, the next entry is 2026-11-25.bbbbbbbb',
      '2026-11-24.aaaaaaaa: dated before 2026-11-25.bbbbbbbb',
      '2026-11-25.bbbbbbbb: the oldest entry must have no previous version',
    ])
  })
})
