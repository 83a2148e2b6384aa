import { describe, expect, it } from 'vitest'
import { costCell, costText, stackCostText, unknownText, usd } from '@/lib/cost/format'

describe('money as the results and reports show it', () => {
  it('rounds to what a reader scans', () => {
    expect([usd(0), usd(849.6), usd(4210), usd(37_400), usd(1_250_000)]).toEqual(['$0', '$850', '$4.2k', '$37k', '$1.3M'])
    // the unit follows the rounded figure: never "$1000" or "$1000k"
    expect([usd(999.6), usd(9_999), usd(999_999)]).toEqual(['$1.0k', '$10k', '$1.0M'])
  })

  it('says a band, and whether parts are left out', () => {
    const known = { low: 2900, expected: 4200, high: 6100, currency: 'USD' as const, basis: [], prices: [], stale: [], caveats: [], excludes: ['log indexing'], gaps: 'material' as const, accountFees: [] }
    expect(costText(known)).toBe('$4.2k a month ($2.9k–$6.1k), some parts not priced')
    expect(costCell(known)).toBe('$2.9k–$6.1k')
    expect(costCell({ ...known, low: 4000, high: 4400 })).toBe('$4.2k')
  })

  it('never shows an unknown as a number', () => {
    expect(costText({ unknown: 'Enterprise has no published price (contact sales)', prices: [] })).toBe('no published price (contact sales)')
    expect(costCell({ unknown: 'x', prices: [] })).toBe('unknown')
    expect(unknownText('Needs the number of people needing access')).toBe('not estimated: needs the number of people needing access')
    expect(unknownText('The price book has no price for X in this slot')).toBe('not priced yet')
  })
})

describe('the stack total in words', () => {
  const total = { low: 0, expected: 0, high: 0, currency: 'USD' as const, unknownSlots: [], partialSlots: [], stale: [], assumed: [], notes: [] }
  it('is no estimate at all when no pick has a price, never "about $0"', () => {
    expect(stackCostText({ ...total, unknownSlots: ['access-control', 'secrets'] }, (s) => s, 2)).toBe('no price available for access-control, secrets')
  })
  it('counts a free pick as $0 and says which slots it leaves out', () => {
    expect(stackCostText({ ...total, unknownSlots: ['secrets'] }, (s) => s, 2)).toBe('about $0 a month ($0–$0) at list prices, not counting secrets (no price available)')
  })
})
