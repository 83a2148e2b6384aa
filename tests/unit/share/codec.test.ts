import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FIELDS } from '@/lib/answers/registry'
import { NEED_KEYS } from '@/lib/catalog/capabilities'
import { AnswersSchema, type Answers } from '@/lib/answers/schema'
import { buildCatalog } from '@/lib/catalog/build'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { fnv1a32 } from '@/lib/catalog/hash'
import type { Dataset } from '@/lib/catalog/schema'
import { CRITERION_IDS } from '@/lib/scoring/criteria-ids'
import { decodeShareToken, encodeShareToken, fingerprintOf, MAX_TOKEN_LENGTH } from '@/lib/share/codec'
import { V1_VENDORS } from '@/lib/share/codec-v1'
import { AnswersArb } from '../../support/answers-arb'
import { FIGURES, setFigure } from '@/lib/answers/usage'

const catalog = EMBEDDED_CATALOG
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const ids = catalog.vendors.map((v) => v.id)

const full = (extra: Partial<Answers> = {}) =>
  AnswersSchema.parse({
    scope: ['service-mesh', 'observability', 'security', 'cost'],
    openSource: 'no-preference',
    hosting: 'either',
    sidecars: 'fine',
    mtls: 'no-preference',
    costSensitivity: 'high',
    signals: ['traces', 'logs', 'metrics'],
    consolidation: 'fewest-vendors',
    ...extra,
  })

/** Every exact figure, each at the most digits it can have (its maximum less a thousandth). */
const widestFigures = (() => {
  const out: Record<string, Record<string, unknown> | unknown> = {}
  for (const f of FIGURES) {
    const value = f.kind === 'cloud' ? 'on-prem' : f.int ? f.max : f.max - 0.001
    setFigure(out, f, value)
  }
  return out as Partial<Answers>
})()

/** The longest answer set the schema allows: 40 tools, all kept, a choice for every capability and every weight, every figure. */
const maximal = full({
  existingTools: ids.slice(0, 40),
  keep: ids.slice(0, 40),
  needs: Object.fromEntries(NEED_KEYS.map((k) => [k, 'must'])),
  weights: Object.fromEntries(CRITERION_IDS.map((c) => [c, 10])),
  platform: 'self-managed',
  ...widestFigures,
})

/** A catalog like the embedded one with extra vendors (copies of a real record under new ids). */
function withVendors(extraIds: string[]) {
  const base = catalog.vendors.find((v) => v.id === 'kubecost')!
  const data: Dataset = { title: 'test', asOf: catalog.asOf, vendors: [...catalog.vendors, ...extraIds.map((id) => ({ ...base, id, name: id }))] }
  return buildCatalog(data)
}

const AnyToolsArb = fc
  .record({ answers: AnswersArb, tools: fc.subarray(ids, { maxLength: 8 }), kept: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }) })
  .map(({ answers, tools, kept }) => AnswersSchema.parse({ ...answers, existingTools: tools, keep: tools.filter((_, i) => kept[i]) }))

describe('share tokens', () => {
  it('round-trip every valid answer set with the data fingerprint', () => {
    fc.assert(
      fc.property(AnyToolsArb, (answers) => {
        const decoded = decodeShareToken(encodeShareToken(answers, catalog), catalog)
        expect(decoded).toEqual({ ok: true, value: { answers, dataFingerprint: fingerprintOf(catalog.version), droppedTools: 0 } })
      }),
      { numRuns: 2000 },
    )
  })

  it('carry exact usage figures to the thousandth, every figure at its widest included', () => {
    const figures = full({ platform: 'gke', cluster: { nodes: 140, cloud: 'gcp', vcpuPerNode: 7.5 }, telemetry: { logsGbPerDay: 0.001, activeSeries: 9_999_999_999 }, accessUsers: 0 })
    for (const answers of [figures, maximal]) {
      const decoded = decodeShareToken(encodeShareToken(answers, catalog), catalog)
      expect(decoded.ok && decoded.value.answers).toEqual(answers)
    }
    // every figure adds at most 10 characters
    expect(encodeShareToken(full(widestFigures), catalog).length - encodeShareToken(full({ platform: 'self-managed' }), catalog).length).toBeLessThanOrEqual(FIGURES.length * 10)
  })

  it('stay short: at most 52 characters without tools or capability choices, 76 with three tools', () => {
    fc.assert(
      fc.property(AnswersArb, fc.subarray(ids, { minLength: 3, maxLength: 3 }), (answers, three) => {
        const { cluster: _c, telemetry: _t, cloudSpendPerMonth: _s, accessUsers: _u, secretsStored: _k, ...bands } = answers
        const plain = AnswersSchema.parse({ ...bands, existingTools: [], keep: [], needs: {}, weights: undefined })
        expect(encodeShareToken(plain, catalog).length).toBeLessThanOrEqual(52)
        expect(encodeShareToken({ ...plain, existingTools: [...three].sort() }, catalog).length).toBeLessThanOrEqual(76)
      }),
      { numRuns: 1000 },
    )
    const longest = encodeShareToken(maximal, catalog)
    expect(longest.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH)
    expect(decodeShareToken(longest, catalog)).toMatchObject({ ok: true, value: { answers: maximal } })
  })

  it('encode any valid answers without throwing, tool ids unknown to the data included', () => {
    const id = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/)
    fc.assert(
      fc.property(AnswersArb, fc.array(id, { maxLength: 6 }), (answers, tools) => {
        const a = AnswersSchema.parse({ ...answers, existingTools: tools, keep: [] })
        const decoded = decodeShareToken(encodeShareToken(a, catalog), catalog)
        if (!decoded.ok) throw new Error(decoded.error)
        // tools the data does not have are left out, and counted
        expect(decoded.value.answers.existingTools).toEqual(a.existingTools.filter((t) => catalog.byId.has(t)))
        expect(decoded.value.droppedTools).toBe(a.existingTools.filter((t) => !catalog.byId.has(t)).length)
      }),
      { numRuns: 1000 },
    )
  })

  it('carry a vendor added to the data after the fact, with no new token version', () => {
    const extended = withVendors(['opencost-fork'])
    const answers = full({ existingTools: ['opencost-fork', 'istio'] })
    const token = encodeShareToken(answers, extended)
    expect(token[0]).toBe('2')
    expect(decodeShareToken(token, extended)).toMatchObject({ ok: true, value: { answers, droppedTools: 0 } })
    // today's data does not know it: the link still opens, without that tool
    expect(decodeShareToken(token, catalog)).toMatchObject({ ok: true, value: { answers: { existingTools: ['istio'] }, droppedTools: 1 } })
  })

  it('spell out an id whose hash another vendor shares, so both still round-trip', () => {
    // find two ids whose 30-bit hashes collide (the birthday bound makes this quick)
    const seen = new Map<number, string>()
    let pair: [string, string] | undefined
    for (let i = 0; !pair; i++) {
      const id = `vendor-${i}`
      const h = fnv1a32(id) & 0x3fffffff
      const other = seen.get(h)
      if (other) pair = [other, id]
      seen.set(h, id)
    }
    const colliding = withVendors(pair)
    const answers = full({ existingTools: [...pair].sort() })
    expect(decodeShareToken(encodeShareToken(answers, colliding), colliding)).toMatchObject({ ok: true, value: { answers, droppedTools: 0 } })
  })

  it('reject every one-character edit of a valid token', () => {
    fc.assert(
      fc.property(AnyToolsArb, fc.nat(), fc.constantFrom(...ALPHABET), (answers, at, ch) => {
        const token = encodeShareToken(answers, catalog)
        const i = 1 + (at % (token.length - 1))
        if (token[i] === ch) return
        expect(decodeShareToken(token.slice(0, i) + ch + token.slice(i + 1), catalog).ok).toBe(false)
      }),
      { numRuns: 3000 },
    )
  })

  it('reject truncated, extended and re-versioned tokens', () => {
    const token = encodeShareToken(maximal, catalog)
    for (let n = 0; n < token.length; n++) expect(decodeShareToken(token.slice(0, n), catalog).ok, `prefix ${n}`).toBe(false)
    expect(decodeShareToken(`${token}A`, catalog).ok).toBe(false)
    expect(decodeShareToken(`3${token.slice(1)}`, catalog)).toEqual({ ok: false, error: expect.stringMatching(/unknown version/) })
    expect(decodeShareToken('2'.repeat(MAX_TOKEN_LENGTH + 1), catalog)).toEqual({ ok: false, error: expect.stringMatching(/too long/) })
  })

  it('never throw on random input (fuzz, 20,000 inputs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: fc.constantFrom(...`12${ALPHABET}`), maxLength: 70 }), fc.anything()),
        (input) => {
          const result = decodeShareToken(input, catalog)
          expect(typeof result.ok).toBe('boolean')
          if (result.ok) expect(AnswersSchema.safeParse(result.value.answers).success).toBe(true)
        },
      ),
      { numRuns: 20000 },
    )
  })

  it('give every registry field a unique, stable tag', () => {
    const tags = FIELDS.map((f) => f.tag)
    expect(new Set(tags).size).toBe(tags.length)
    expect(Math.min(...tags)).toBeGreaterThanOrEqual(1)
    expect(Math.max(...tags)).toBeLessThan(64)
    // a subset list is written as one bit per entry of its list: that list must come first
    for (const f of FIELDS) if (f.kind === 'vendors' && f.subsetOf) expect(FIELDS.find((x) => x.name === f.subsetOf)!.tag, f.name).toBeLessThan(f.tag)
    for (const f of FIELDS) if (f.kind === 'single' || f.kind === 'multi') expect(f.options.length, f.name).toBeLessThanOrEqual(f.kind === 'single' ? 2 ** f.bits : f.bits)
  })
})

describe('version-1 links', () => {
  it('still decode, with the data they were made with', () => {
    // made by the first version for the README's example answers
    const decoded = decodeShareToken('19MN19lugjAo', catalog)
    expect(decoded).toMatchObject({
      ok: true,
      value: { answers: full({ openSource: 'preferred', sidecars: 'tolerate', mtls: 'preferred', consolidation: 'balanced' }), dataFingerprint: 'f4c375' },
    })
    if (decoded.ok) expect(decoded.value.dataFingerprint).not.toBe(fingerprintOf(catalog.version))
  })

  it('keep the frozen list of the 47 original vendors', () => {
    expect(V1_VENDORS).toHaveLength(47)
    for (const id of V1_VENDORS) expect(catalog.byId.has(id), id).toBe(true)
  })
})

describe('data version in links', () => {
  it('tells when a link was made with other data than today', async () => {
    const { dataChangedSince } = await import('@/lib/share/link-status')
    const answers = AnswersSchema.parse({ scope: ['cost'], openSource: 'preferred', hosting: 'either', costSensitivity: 'low', consolidation: 'balanced' })
    const today = decodeShareToken(encodeShareToken(answers, catalog), catalog)
    const older = decodeShareToken(encodeShareToken(answers, { ...catalog, version: '2026-01-01.0badc0de' }), catalog)
    if (!today.ok || !older.ok) throw new Error('round trip failed')
    expect(dataChangedSince(today.value.dataFingerprint, catalog)).toBe(false)
    expect(dataChangedSince(older.value.dataFingerprint, catalog)).toBe(true)
  })
})
