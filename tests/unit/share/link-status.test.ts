import { describe, expect, it } from 'vitest'
import type { Changelog, DataChange } from '@/lib/catalog/changelog'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { EMBEDDED_CHANGELOG } from '@/lib/catalog/embedded-changelog'
import { changesSince, dataChangedSince, describeChange } from '@/lib/share/link-status'
import { fingerprintOf } from '@/lib/share/codec'

const change = (vendor: string, path: string, from: string | null, to: string | null, kind: DataChange['kind'] = 'changed'): DataChange => ({
  vendor,
  vendorName: vendor === 'kubecost' ? 'Kubecost' : 'Istio',
  kind,
  path,
  label: path === 'cost.automation' ? 'Automation' : path,
  from,
  to,
})

const log: Changelog = {
  versions: [
    { version: '2026-11-25.cccccccc', fingerprint: 'cccccc', date: '2026-11-25', previous: '2026-11-24.bbbbbbbb', changes: [change('kubecost', 'cost.automation', 'visibility', 'automated'), change('istio', 'mesh.proxy', 'Envoy', 'ztunnel')] },
    { version: '2026-11-24.bbbbbbbb', fingerprint: 'bbbbbb', date: '2026-11-24', previous: '2026-11-20.aaaaaaaa', changes: [change('kubecost', 'cost.focus', null, 'both', 'added'), change('kubecost', 'cost.freeTier', 'no', 'yes')] },
    { version: '2026-11-20.aaaaaaaa', fingerprint: 'aaaaaa', date: '2026-11-20', previous: null, changes: [] },
  ],
}

describe('changesSince', () => {
  it('lists the changes of every newer version for the vendors of the stack, changed values first', () => {
    const since = changesSince('aaaaaa', log, ['kubecost'])
    expect(since.known && since.changes.map((c) => [c.path, c.date])).toEqual([
      ['cost.automation', '2026-11-25'],
      ['cost.freeTier', '2026-11-24'],
      ['cost.focus', '2026-11-24'],
    ])
  })

  it('lists only what came after the link version', () => {
    const since = changesSince('bbbbbb', log, ['kubecost', 'istio'])
    expect(since.known && since.changes.map((c) => c.vendor)).toEqual(['kubecost', 'istio'])
    expect(changesSince('cccccc', log, ['kubecost'])).toEqual({ known: true, changes: [] })
  })

  it('says when the link version is not in the changelog', () => {
    expect(changesSince('0badc0', log, ['kubecost'])).toEqual({ known: false })
  })

  it('finds every past version of the embedded changelog, and lists changes for links older than the data', () => {
    const [now, ...past] = EMBEDDED_CHANGELOG.versions
    expect(dataChangedSince(now!.fingerprint, EMBEDDED_CATALOG)).toBe(false)
    for (const e of past) {
      expect(dataChangedSince(e.fingerprint, EMBEDDED_CATALOG)).toBe(true)
      expect(changesSince(e.fingerprint, EMBEDDED_CHANGELOG, ['kubecost']).known).toBe(true)
    }
    const oldest = changesSince(past.at(-1)!.fingerprint, EMBEDDED_CHANGELOG, EMBEDDED_CATALOG.vendors.map((v) => v.id))
    expect(oldest.known && oldest.changes.length).toBe(EMBEDDED_CHANGELOG.versions.reduce((n, e) => n + e.changes.length, 0))
    expect(fingerprintOf(EMBEDDED_CATALOG.version)).toBe(now!.fingerprint)
  })
})

describe('describeChange', () => {
  const dated = (c: DataChange) => ({ ...c, version: '2026-11-25.cccccccc', date: '2026-11-25' })

  it('reads as a line of the share page', () => {
    expect(describeChange(dated(change('kubecost', 'cost.automation', 'visibility', 'automated')))).toBe('Kubecost: Automation visibility → automated (2026-11-25)')
    expect(describeChange(dated(change('kubecost', 'cost.focus', null, 'both', 'added')))).toBe('Kubecost: cost.focus recorded: both (2026-11-25)')
    expect(describeChange(dated(change('kubecost', '', null, null, 'added')))).toBe('Kubecost: added to the data set (2026-11-25)')
  })
})
