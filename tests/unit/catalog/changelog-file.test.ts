import { describe, expect, it } from 'vitest'
import data from '@/data/changelog.json'
import { ChangelogSchema, changelogOrderIssues } from '@/lib/catalog/changelog'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { fingerprintOf } from '@/lib/share/codec'

// The check that a data change came with its changelog entry (npm run data:changelog).
describe('data/changelog.json', () => {
  const log = ChangelogSchema.parse(data)

  it('has an entry for the data version the product serves, as its newest', () => {
    expect(log.versions[0]?.version, 'The vendor data changed: run `npm run data:changelog` and commit data/changelog.json').toBe(EMBEDDED_CATALOG.version)
  })

  it('is newest first, each entry following from the next', () => {
    expect(changelogOrderIssues(log)).toEqual([])
  })

  it('carries the fingerprints share tokens carry', () => {
    for (const e of log.versions) expect(e.fingerprint, e.version).toBe(fingerprintOf(e.version))
  })

  it('names vendors the data set has, or had', () => {
    const removed = new Set(log.versions.flatMap((e) => e.changes.filter((c) => c.kind === 'removed' && c.path === '').map((c) => c.vendor)))
    for (const e of log.versions) for (const c of e.changes) expect(EMBEDDED_CATALOG.byId.has(c.vendor) || removed.has(c.vendor), c.vendor).toBe(true)
  })
})
