import { describe, expect, it } from 'vitest'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { CNCF_STATUSES, LANDSCAPE_OPTIONS, landscapeRow, licenceLabel } from '@/lib/catalog/landscape-rows'
import { SLOT_IDS } from '@/lib/catalog/slots'
import { vendor } from '@/tests/fixtures/catalog'

describe('landscape rows', () => {
  it('carries a vendor\'s areas once each, however many of their slots it serves', () => {
    const row = landscapeRow(
      vendor('o11y', {
        slots: [
          { slot: 'logs', fit: 'core' },
          { slot: 'metrics', fit: 'core' },
        ],
      }),
    )
    expect(row.facets.area).toEqual(['observability'])
    expect(row.facets.slot).toEqual(['logs', 'metrics'])
    expect(row.search).toContain('logs')
  })

  it('offers every slot once, grouped by its area, and every CNCF status', () => {
    expect(LANDSCAPE_OPTIONS.slot.flatMap((g) => g.slots.map((s) => s.value)).sort()).toEqual([...SLOT_IDS].sort())
    expect(CNCF_STATUSES).toEqual(['graduated', 'incubating', 'sandbox', 'none'])
  })

  it('names a licence once when its model says it all', () => {
    expect(licenceLabel(vendor('p', { license: { spdx: 'proprietary', model: 'proprietary' } }))).toBe('Proprietary')
    expect(licenceLabel(vendor('b', { license: { spdx: 'BUSL-1.1', model: 'source-available' } }))).toBe('BUSL-1.1 (source available)')
  })

  it('keeps the rows the browser receives small: no vendor record, just what it filters on', () => {
    const size = JSON.stringify(EMBEDDED_CATALOG.vendors.map(landscapeRow)).length
    expect(size).toBeLessThan(JSON.stringify(EMBEDDED_CATALOG.vendors).length / 5)
  })
})
