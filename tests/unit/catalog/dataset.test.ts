import { describe, expect, it } from 'vitest'
import data from '@/data/vendors.json'
import { parseCatalog } from '@/lib/catalog/catalog'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { SLOT_IDS } from '@/lib/catalog/slots'
import { V1_VENDORS } from '@/lib/share/codec-v1'

// The landscape's 47 ids, as the first version froze them: vendors may be added, none may vanish.
const LANDSCAPE_IDS = V1_VENDORS

const clone = () => structuredClone(data) as unknown as { vendors: Record<string, unknown>[] } & Record<string, unknown>

describe('the embedded data set', () => {
  it('parses and passes every invariant', () => {
    const result = parseCatalog(data)
    expect(result.ok ? [] : result.issues).toEqual([])
  })

  it('holds every vendor of the landscape, with stable ids', () => {
    expect(EMBEDDED_CATALOG.vendors.map((v) => v.id)).toEqual(expect.arrayContaining(LANDSCAPE_IDS))
  })

  it('has at least one core vendor for every slot', () => {
    for (const slot of SLOT_IDS)
      expect(EMBEDDED_CATALOG.vendors.some((v) => v.slots.some((s) => s.slot === slot && s.fit === 'core'))).toBe(true)
  })

  it('never calls a BUSL-licensed product open source', () => {
    for (const v of EMBEDDED_CATALOG.vendors.filter((v) => v.license.spdx.includes('BUSL')))
      expect(v.license.model, v.id).toBe('source-available')
  })

  it('keeps the corrections of the research notes', () => {
    const byId = EMBEDDED_CATALOG.byId
    expect(byId.get('opentelemetry')!.cncf.status).toBe('graduated')
    expect(byId.get('istio')!.mesh!.dataPlanes).toContain('ambient')
    expect(byId.get('hashicorp-vault')!.company).toMatch(/IBM/)
    expect(byId.get('chronosphere')!.company).toMatch(/Palo Alto/)
    expect(byId.get('dynatrace')!.slots.map((s) => s.slot)).toContain('tracing')
  })

  it('gives every record sources and an as-of date', () => {
    for (const v of EMBEDDED_CATALOG.vendors) {
      expect(v.sources.length, v.id).toBeGreaterThan(0)
      expect(v.asOf, v.id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })

  it('derives a data version that changes with the data', () => {
    const changed = clone()
    changed.vendors[0]!.description = 'A different description of at least twenty characters.'
    const other = parseCatalog(changed)
    expect(other.ok && other.catalog.version).not.toBe(EMBEDDED_CATALOG.version)
  })
})

describe('the published JSON Schemas', () => {
  it('match the zod schemas (run `npm run data:schema` after changing either)', async () => {
    const { readFileSync } = await import('node:fs')
    const { datasetJsonSchema } = await import('@/lib/catalog/json-schema')
    const { recommendationJsonSchema } = await import('@/lib/output/recommendation-schema')
    expect(readFileSync('data/vendors.schema.json', 'utf8')).toBe(datasetJsonSchema())
    expect(readFileSync('data/recommendation.schema.json', 'utf8')).toBe(recommendationJsonSchema())
  })
})

describe('the browser copy of the data set', () => {
  it('has the same version and vendors as the validated one', async () => {
    const { CLIENT_CATALOG } = await import('@/lib/catalog/embedded-client')
    expect(CLIENT_CATALOG.version).toBe(EMBEDDED_CATALOG.version)
    expect(CLIENT_CATALOG.vendors.map((v) => v.id)).toEqual(EMBEDDED_CATALOG.vendors.map((v) => v.id))
  })
})
