import { describe, expect, it } from 'vitest'
import { costCell, costText, unknownText, usd } from '@/lib/cost/format'

describe('money as the results and reports show it', () => {
  it('rounds to what a reader scans', () => {
    expect([usd(0), usd(849.6), usd(4210), usd(37_400), usd(1_250_000)]).toEqual(['$0', '$850', '$4.2k', '$37k', '$1.3M'])
  })

  it('says a band, and whether parts are left out', () => {
    const known = { low: 2900, expected: 4200, high: 6100, currency: 'USD' as const, basis: [], prices: [], stale: [], caveats: [], excludes: ['log indexing'], accountFees: [] }
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
