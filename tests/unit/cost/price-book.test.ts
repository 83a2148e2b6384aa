import { describe, expect, it } from 'vitest'
import data from '@/data/prices.json'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { EMBEDDED_PRICES } from '@/lib/cost/embedded-prices'
import { isStale, monthsOld } from '@/lib/cost/price-book'
import { checkCoverage, parsePriceBook } from '@/lib/cost/price-book-schema'

const clone = () => structuredClone(data) as unknown as { prices: Record<string, unknown>[] } & Record<string, unknown>
const issuesOf = (raw: unknown) => {
  const r = parsePriceBook(raw, EMBEDDED_CATALOG)
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`)
}

describe('the shipped price book', () => {
  it('validates against its schema and the catalog', () => {
    expect(issuesOf(data)).toEqual([])
  })

  it('has a price, a sizing figure or an explicit unknown for every vendor a stack can pick', () => {
    expect(checkCoverage(EMBEDDED_PRICES, EMBEDDED_CATALOG)).toEqual([])
  })

  it('gives every unknown its reason and every money amount its currency', () => {
    for (const e of EMBEDDED_PRICES.data.prices) {
      if (e.value === null) expect(e.unknown, e.id).toBeDefined()
      if (e.unit.startsWith('USD')) expect(e.currency, e.id).toBe('USD')
    }
  })

  it('matches its published JSON Schema (run `npm run data:schema` after changing the zod schema)', async () => {
    const { readFileSync } = await import('node:fs')
    const { priceBookJsonSchema } = await import('@/lib/cost/price-book-schema')
    expect(readFileSync('data/prices.schema.json', 'utf8')).toBe(priceBookJsonSchema())
  })

  it('keeps the research flags, so the product can show them', () => {
    expect(EMBEDDED_PRICES.byId.get('aws-m7i-per-vcpu-hour')!.flags).toEqual(['secondary', 'derived'])
    expect(EMBEDDED_PRICES.byId.get('grafana-cloud-metrics-active-series')!.flags).toContain('unverified')
    expect(EMBEDDED_PRICES.byId.get('teleport-pricing')!.unknown).toBe('contact-sales')
  })
})

describe('price-book validation', () => {
  it('rejects a null value without a reason, naming the entry', () => {
    const bad = clone()
    delete bad.prices[0]!.unknown
    bad.prices[0]!.value = null
    expect(issuesOf(bad)).toEqual([expect.stringMatching(/^prices\[0\] \(aws-m7i-xlarge-us-east-1\)\.unknown: A null value needs an unknown reason/)])
  })

  it('rejects a derived figure without its method', () => {
    const bad = clone()
    const i = bad.prices.findIndex((p) => p.id === 'aws-m7i-per-vcpu-hour')
    delete bad.prices[i]!.method
    expect(issuesOf(bad)).toEqual([expect.stringMatching(/aws-m7i-per-vcpu-hour\)\.method: A derived figure needs its method/)])
  })

  it('rejects duplicate ids and vendors the catalog does not hold', () => {
    const bad = clone()
    bad.prices.push({ ...bad.prices[0]!, vendor: 'no-such-vendor' })
    expect(issuesOf(bad)).toEqual([expect.stringMatching(/Duplicate price id/), expect.stringMatching(/Unknown vendor "no-such-vendor"/)])
  })

  it('reports a vendor with no entry at all', () => {
    const without = parsePriceBook({ ...clone(), prices: clone().prices.filter((p) => p.vendor !== 'datadog') })
    expect(without.ok && checkCoverage(without.book, EMBEDDED_CATALOG)).toEqual([{ path: 'prices (datadog)', message: expect.stringMatching(/explicit unknown/) }])
  })
})

describe('staleness', () => {
  it('counts calendar months and flags money amounts older than 12', () => {
    expect(monthsOld('2025-11', '2026-11-25')).toBe(12)
    expect(monthsOld('2025-10-31', '2026-11-01')).toBe(13)
    const blob = EMBEDDED_PRICES.byId.get('object-azure-blob-hot-lrs')! // as of 2023-09
    expect(isStale(blob, '2026-11-25')).toBe(true)
    expect(isStale(EMBEDDED_PRICES.byId.get('aws-m7i-per-vcpu-hour')!, '2026-11-25')).toBe(false)
    // resource figures are not prices: their date shows in the basis instead
    expect(isStale(EMBEDDED_PRICES.byId.get('istio-sidecar-cpu')!, '2030-01-01')).toBe(false)
  })
})

describe('the browser copy of the price book', () => {
  it('holds the same entries as the validated one', async () => {
    const { CLIENT_PRICES } = await import('@/lib/cost/embedded-prices-client')
    expect(CLIENT_PRICES.data).toEqual(EMBEDDED_PRICES.data)
  })

  it('keeps full zod out of the modules an estimate runs on', async () => {
    const { readdirSync, readFileSync } = await import('node:fs')
    const serverOnly = new Set(['price-book-schema.ts', 'embedded-prices.ts'])
    const offenders = readdirSync('lib/cost').filter((f) => !serverOnly.has(f) && /^import (?!type)[^\n]*from 'zod'/m.test(readFileSync(`lib/cost/${f}`, 'utf8')))
    expect(offenders).toEqual([])
  })
})
