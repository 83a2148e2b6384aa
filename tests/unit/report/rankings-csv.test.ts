import { describe, expect, it } from 'vitest'
import { PLATFORM_TEAM, platformTeamRec } from '../../support/platform-team'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { isKnown } from '@/lib/cost/ledger'
import { recommend, type Recommendation } from '@/lib/recommend'
import { csvField, RANKINGS_CSV_COLUMNS, rankingsCsv } from '@/lib/report/rankings-csv'

/**
 * RFC 4180, read strictly: records end in CRLF, a quoted field doubles its quotes, and a quote in
 * an unquoted field or text after a closing quote is an error.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let i = 0
  while (i < text.length) {
    let field = ''
    if (text[i] === '"') {
      i++
      for (;;) {
        if (i >= text.length) throw new Error('unclosed quote')
        if (text[i] === '"' && text[i + 1] !== '"') break
        field += text[i]
        i += text[i] === '"' ? 2 : 1
      }
      i++
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`)
        field += text[i++]
      }
    }
    record.push(field)
    if (text[i] === ',') i++
    else if (text.startsWith('\r\n', i)) {
      records.push(record)
      record = []
      i += 2
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`)
  }
  if (record.length > 0) throw new Error('last record without CRLF')
  return records
}

const answers = PLATFORM_TEAM
const rec = platformTeamRec()
const [header, ...rows] = parseCsv(rankingsCsv(rec))
const col = (row: string[], name: (typeof RANKINGS_CSV_COLUMNS)[number]) => row[RANKINGS_CSV_COLUMNS.indexOf(name)]!

describe('the rankings CSV', () => {
  it('parses as RFC 4180 with one row per slot and vendor, in ranking order', () => {
    expect(header).toEqual([...RANKINGS_CSV_COLUMNS])
    expect(rows.map((r) => [col(r, 'slot'), col(r, 'vendor_id')])).toEqual(rec.slots.flatMap((s) => s.ranking.map((r) => [s.slot, r.vendor])))
    for (const r of rows) expect(r).toHaveLength(RANKINGS_CSV_COLUMNS.length)
  })

  it('carries the score, eligibility, why-not, pick and reasons of every row', () => {
    const all = rec.slots.flatMap((s) => s.ranking.map((row) => ({ s, row })))
    for (const [i, { s, row }] of all.entries()) {
      const r = rows[i]!
      expect(col(r, 'vendor_name')).toBe(row.name)
      expect(Number(col(r, 'score'))).toBe(row.score)
      expect(col(r, 'eligible')).toBe(String(row.eligible))
      expect(col(r, 'excluded_because')).toBe(row.excludedBecause ?? '')
      expect(col(r, 'picked')).toBe(String(row.vendor === s.pick))
      expect(col(r, 'reasons')).toBe(row.reasons.join('; '))
    }
    // rank is the position among eligible vendors, as the pick's rank is
    for (const p of rec.stack.filter((x) => x.vendor !== null)) {
      const r = rows.find((x) => col(x, 'slot') === p.slot && col(x, 'vendor_id') === p.vendor)!
      expect(Number(col(r, 'rank'))).toBe(p.rank)
    }
    expect(rows.filter((r) => col(r, 'eligible') === 'false').every((r) => col(r, 'rank') === '')).toBe(true)
    expect(rows.filter((r) => col(r, 'picked') === 'true')).toHaveLength(rec.stack.filter((p) => p.vendor !== null).length)
  })

  it('gives monthly costs as numbers, or says why there is none', () => {
    const all = rec.slots.flatMap((s) => s.ranking)
    expect(all.some((r) => r.monthlyCost && isKnown(r.monthlyCost))).toBe(true)
    expect(all.some((r) => r.monthlyCost && !isKnown(r.monthlyCost))).toBe(true)
    for (const [i, row] of all.entries()) {
      const r = rows[i]!
      const c = row.monthlyCost!
      if (isKnown(c)) {
        expect(Number(col(r, 'monthly_cost_expected_usd'))).toBeCloseTo(c.expected, 2)
        expect(Number(col(r, 'monthly_cost_low_usd'))).toBeLessThanOrEqual(Number(col(r, 'monthly_cost_high_usd')))
      } else {
        expect(col(r, 'monthly_cost_expected_usd')).toBe('')
        expect(col(r, 'monthly_cost_note')).toBe(`unknown: ${c.unknown}`)
      }
    }
    const bare = rankingsCsv(recommend(answers, EMBEDDED_CATALOG))
    expect(col(parseCsv(bare)[1]!, 'monthly_cost_note')).toBe('not estimated')
  })

  it('quotes commas, quotes and line breaks, and keeps formulas from running', () => {
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"')
    for (const bad of ['=HYPERLINK("http://evil")', '+1', '-1+1', '@SUM(A1)', '\tx', '\rx']) expect(csvField(bad).replace(/^"/, '')).toMatch(/^'/)
    expect(csvField(-3)).toBe('-3')
    expect(csvField(null)).toBe('')

    // a data set whose text tries each of them comes back intact, and inert
    const hostile: Recommendation = structuredClone(rec)
    const row = hostile.slots[0]!.ranking[0]!
    row.name = '=cmd|" /C calc"!A0'
    row.reasons = ['+SUM(1,2)', 'line\nbreak', '@x']
    const [, first] = parseCsv(rankingsCsv(hostile))
    expect(col(first!, 'vendor_name')).toBe(`'${row.name}`)
    expect(col(first!, 'reasons')).toBe(`'${row.reasons.join('; ')}`)
  })
})
