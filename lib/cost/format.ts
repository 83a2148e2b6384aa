import type { StackMonthlyCost } from './attach'
import type { MonthlyCost } from './ledger'

/** Dollars as a reader scans them: $850, $4.2k, $37k, $1.3M (thresholds after rounding: $999.6 is $1.0k). */
export function usd(n: number): string {
  if (Math.round(n / 1e5) >= 10) return `$${(n / 1e6).toFixed(1)}M`
  if (Math.round(n / 100) >= 100) return `$${Math.round(n / 1000)}k`
  if (Math.round(n) >= 1000) return `$${(n / 1000).toFixed(1)}k`
  return `$${Math.round(n)}`
}

/** "$4.2k a month ($2.9k–$6.1k)", "$0 a month", or "unknown: contact sales". */
export function costText(c: MonthlyCost | undefined): string {
  if (!c) return 'not estimated'
  if ('unknown' in c) return unknownText(c.unknown)
  const band = c.low === c.high ? '' : ` (${usd(c.low)}–${usd(c.high)})`
  return `${usd(c.expected)} a month${band}${c.excludes.length > 0 ? ', some parts not priced' : ''}`
}

/**
 * An unknown estimate in a few words: the reason in full stays in the output's `unknown`, but a
 * card line needs only whether the vendor publishes no price or the estimate lacks an input.
 */
export function unknownText(reason: string): string {
  if (/contact sales/i.test(reason)) return 'no published price (contact sales)'
  if (/^Needs /.test(reason)) return `not estimated: ${reason[0]!.toLowerCase()}${reason.slice(1)}`
  return 'not priced yet'
}

/** The short form for tables: "$4.2k", "$2.9k–$6.1k" when the band is wide, or "unknown". */
export function costCell(c: MonthlyCost | undefined): string {
  if (!c || 'unknown' in c) return 'unknown'
  return c.high > c.low * 1.5 ? `${usd(c.low)}–${usd(c.high)}` : usd(c.expected)
}

/** No pick of the stack has a price: there is no estimate at all, not "about $0". `picks` counts slots with a pick. */
export const nothingPriced = (t: StackMonthlyCost, picks: number): boolean => t.unknownSlots.length >= picks

/** The stack total in a sentence, with what it leaves out; `picks` counts the slots with a pick. */
export function stackCostText(t: StackMonthlyCost, labelOf: (slot: string) => string, picks: number): string {
  if (nothingPriced(t, picks)) return `no price available for ${t.unknownSlots.map(labelOf).join(', ')}`
  let out = `about ${usd(t.expected)} a month (${usd(t.low)}–${usd(t.high)}) at list prices`
  if (t.unknownSlots.length > 0) out += `, not counting ${t.unknownSlots.map(labelOf).join(', ')} (no price available)`
  if (t.partialSlots.length > 0) out += `; parts of ${t.partialSlots.map(labelOf).join(', ')} are not priced`
  return out
}
