import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AnswersSchema } from '@/lib/answers/schema'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { decodeShareToken, encodeShareToken, fingerprintOf, MAX_TOKEN_LENGTH, V1_VENDORS } from '@/lib/share/codec'
import { CRITERION_IDS } from '@/lib/scoring/criteria-ids'
import { AnswersArb } from '../../support/answers-arb'

const VERSION = EMBEDDED_CATALOG.version
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** The longest possible answer set: every tool and every weight. */
const maximal = AnswersSchema.parse({
  scope: ['service-mesh', 'observability', 'security', 'cost'],
  openSource: 'no-preference',
  hosting: 'either',
  sidecars: 'fine',
  mtls: 'no-preference',
  costSensitivity: 'high',
  signals: ['traces', 'logs', 'metrics'],
  consolidation: 'fewest-vendors',
  existingTools: V1_VENDORS,
  weights: Object.fromEntries(CRITERION_IDS.map((c) => [c, 10])),
})

describe('share tokens', () => {
  it('round-trip every valid answer set with the data fingerprint', () => {
    fc.assert(
      fc.property(AnswersArb, (answers) => {
        const token = encodeShareToken(answers, VERSION)
        const decoded = decodeShareToken(token)
        expect(decoded).toEqual({ ok: true, value: { answers, dataFingerprint: fingerprintOf(VERSION) } })
      }),
      { numRuns: 2000 },
    )
  })

  it(`stay within ${MAX_TOKEN_LENGTH} URL-safe characters for any valid answers`, () => {
    const longest = encodeShareToken(maximal, VERSION)
    expect(longest.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH)
    expect(decodeShareToken(longest)).toMatchObject({ ok: true, value: { answers: maximal } })
    fc.assert(
      fc.property(AnswersArb, (answers) => {
        expect(encodeShareToken(answers, VERSION)).toMatch(new RegExp(`^1[A-Za-z0-9_-]{1,${MAX_TOKEN_LENGTH - 1}}$`))
      }),
    )
  })

  it('reject every one-character edit of a valid token', () => {
    fc.assert(
      fc.property(AnswersArb, fc.nat(), fc.constantFrom(...ALPHABET), (answers, at, ch) => {
        const token = encodeShareToken(answers, VERSION)
        const i = 1 + (at % (token.length - 1))
        if (token[i] === ch) return
        const tampered = token.slice(0, i) + ch + token.slice(i + 1)
        expect(decodeShareToken(tampered).ok).toBe(false)
      }),
      { numRuns: 3000 },
    )
  })

  it('reject truncated, extended and re-versioned tokens', () => {
    const token = encodeShareToken(maximal, VERSION)
    for (let n = 0; n < token.length; n++) expect(decodeShareToken(token.slice(0, n)).ok, `prefix ${n}`).toBe(false)
    expect(decodeShareToken(`${token}A`).ok).toBe(false)
    expect(decodeShareToken(`2${token.slice(1)}`)).toEqual({ ok: false, error: expect.stringMatching(/unknown version/) })
    expect(decodeShareToken('1'.repeat(500))).toEqual({ ok: false, error: expect.stringMatching(/too long/) })
  })

  it('never throw on random input (fuzz)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: fc.constantFrom(...`1${ALPHABET}`), maxLength: 45 }), fc.anything()), (input) => {
        const result = decodeShareToken(input)
        expect(typeof result.ok).toBe('boolean')
        if (result.ok) expect(AnswersSchema.safeParse(result.value.answers).success).toBe(true)
      }),
      { numRuns: 20000 },
    )
  })
})

describe('data version in links', () => {
  it('tells when a link was made with other data than today', async () => {
    const { dataChangedSince } = await import('@/lib/share/link-status')
    const answers = AnswersSchema.parse({ scope: ['cost'], openSource: 'preferred', hosting: 'either', costSensitivity: 'low', consolidation: 'balanced' })
    const today = decodeShareToken(encodeShareToken(answers, VERSION))
    const older = decodeShareToken(encodeShareToken(answers, '2026-01-01.0badc0de'))
    if (!today.ok || !older.ok) throw new Error('round trip failed')
    expect(dataChangedSince(today.value.dataFingerprint, EMBEDDED_CATALOG)).toBe(false)
    expect(dataChangedSince(older.value.dataFingerprint, EMBEDDED_CATALOG)).toBe(true)
  })
})
