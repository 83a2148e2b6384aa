import { isKnown, type MonthlyCost } from '../cost/ledger'
import type { Recommendation } from '../recommend'

export const RANKINGS_CSV_COLUMNS = [
  'slot',
  'slot_label',
  'vendor_id',
  'vendor_name',
  'rank',
  'score',
  'eligible',
  'excluded_because',
  'picked',
  'monthly_cost_low_usd',
  'monthly_cost_expected_usd',
  'monthly_cost_high_usd',
  'monthly_cost_note',
  'reasons',
] as const

type Cell = string | number | boolean | null

/**
 * Every ranking row of every slot as CSV (RFC 4180: CRLF line ends, a header row, fields with a
 * comma, quote or line break quoted, quotes doubled). `rank` is the position among the slot's
 * eligible vendors, as the pick's rank is; excluded vendors have none. Costs are USD a month; an
 * unknown estimate leaves the three amounts empty and says why in `monthly_cost_note`.
 */
export function rankingsCsv(rec: Recommendation): string {
  const rows: Cell[][] = [[...RANKINGS_CSV_COLUMNS]]
  for (const slot of rec.slots) {
    let rank = 0
    for (const row of slot.ranking) {
      if (row.eligible) rank++
      const cost = costCells(row.monthlyCost)
      rows.push([
        slot.slot,
        slot.label,
        row.vendor,
        row.name,
        row.eligible ? rank : null,
        row.score,
        row.eligible,
        row.excludedBecause ?? null,
        row.vendor === slot.pick,
        ...cost,
        row.reasons.join('; '),
      ])
    }
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n'
}

function costCells(c: MonthlyCost | undefined): [Cell, Cell, Cell, Cell] {
  if (!c) return [null, null, null, 'not estimated']
  if (!isKnown(c)) return [null, null, null, `unknown: ${c.unknown}`]
  const note = c.excludes.length > 0 ? `leaves out ${c.excludes.join('; ')}` : null
  return [cents(c.low), cents(c.expected), cents(c.high), note]
}

const cents = (n: number) => Math.round(n * 100) / 100

/**
 * One field. Text that a spreadsheet would run as a formula (it starts with = + - @, or a tab or
 * carriage return that some strip first) gets a leading apostrophe, as OWASP's CSV injection
 * guidance advises; numbers are written as numbers, so a negative one stays a number.
 */
export function csvField(value: Cell): string {
  if (value === null) return ''
  if (typeof value !== 'string') return String(value)
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
