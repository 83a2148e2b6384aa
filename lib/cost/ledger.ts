import type { CostInputs } from './inputs'
import { isStale, type PriceBook, type PriceEntry } from './price-book'

/** A monthly amount in USD as three bands: what the published figures' spread allows. */
export interface Band {
  low: number
  expected: number
  high: number
}

/** A known estimate. `basis` says, line by line, where each number comes from. */
export interface KnownCost extends Band {
  currency: 'USD'
  basis: string[]
  /** Price-book ids the estimate used. */
  prices: string[]
  /** Ids of used prices whose as-of date is more than 12 months old. */
  stale: string[]
  /** Used figures that are secondary, derived or unverified, as "id: flag, flag". */
  caveats: string[]
  /** Parts of the bill the price book cannot price: the total leaves them out and says so. */
  excludes: string[]
  /**
   * How much the left-out parts may weigh: `minor` when only supporting pieces are missing (a
   * control plane, query-side replicas) next to a priced bulk; `material` when a fee or a usage
   * charge is missing, so the figure may be far below the bill. Ranking by price trusts only
   * estimates without material gaps.
   */
  gaps: 'none' | 'minor' | 'material'
  /**
   * Fees charged once per account whatever the slots served (a platform fee): included here, and
   * counted once when a stack uses the vendor in several slots.
   */
  accountFees: { price: string; monthly: number }[]
}

/** No estimate: the reason, and the price-book entries that record the gap. */
export interface UnknownCost {
  unknown: string
  prices: string[]
}

export type MonthlyCost = KnownCost | UnknownCost

export const isKnown = (c: MonthlyCost): c is KnownCost => !('unknown' in c)

// Hand-rolled rather than Intl.NumberFormat: a stack estimate formats a few hundred numbers, and
// Intl costs microseconds each, more than the arithmetic.
const group = (digits: string): string => {
  const dot = digits.indexOf('.')
  const int = dot < 0 ? digits : digits.slice(0, dot)
  if (int.length < 4) return digits
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (dot < 0 ? '' : digits.slice(dot))
}
const significant = (n: number, digits: number): string => (n === 0 ? '0' : Math.abs(n) < 1e-6 ? n.toExponential(2) : group(String(Number(n.toPrecision(digits)))))

/** A quantity for a basis line: 4 significant digits, grouped ("1,234", "0.1075"). */
export const qty = (n: number): string => significant(n, 4)
/** A unit price as quoted, cents shown ("$0.03281", "$0.50", "$19.00"). */
export const rate = (n: number): string => {
  const s = significant(n, 5)
  const dot = s.indexOf('.')
  return `$${dot < 0 ? `${s}.00` : s.length - dot === 2 ? `${s}0` : s}`
}
/** A monthly amount ("$1,234.56"). */
export const usd = (n: number): string => `$${group(n.toFixed(2))}`

/** Citations depend only on the entry: built once per entry, not once per estimate. */
const CITES = new WeakMap<PriceEntry, string>()

/** Days in a month, on the price book's 730-hour month. */
export const daysPerMonth = (book: PriceBook): number => book.hoursPerMonth / 24

/**
 * Collects what one estimate reads from the price book, so the output can list every price used,
 * flag stale and secondary ones, and name what it could not price.
 */
export class Ledger {
  readonly used = new Map<string, PriceEntry>()
  readonly basis: string[] = []
  readonly excludes: string[] = []
  private material = false
  readonly accountFees: { price: string; monthly: number }[] = []

  constructor(
    readonly book: PriceBook,
    readonly inputs: CostInputs,
    readonly today: string,
  ) {}

  entry(id: string): PriceEntry {
    const e = this.book.byId.get(id)
    if (!e) throw new Error(`Price book has no entry "${id}"`)
    this.used.set(id, e)
    return e
  }

  /** A scalar figure; throws when the book holds none (a model bug, caught by the tests). */
  value(id: string): number {
    const v = this.entry(id).value
    if (typeof v !== 'number') throw new Error(`Price "${id}" is not a number`)
    return v
  }

  /** One named part of a figure quoted with several ("cpu_m" of the sidecar requests). */
  part(id: string, key: string): number {
    const v = this.entry(id).value
    const n = v !== null && typeof v === 'object' ? v[key] : undefined
    if (n === undefined) throw new Error(`Price "${id}" has no part "${key}"`)
    return n
  }

  /** "(id, 2024-11, secondary)": the citation a basis line ends with. */
  cite(id: string): string {
    const e = this.entry(id)
    let c = CITES.get(e)
    if (c === undefined) CITES.set(e, (c = `(${[id, e.asOf, ...e.flags].join(', ')})`))
    return c
  }

  line(text: string): void {
    this.basis.push(text)
  }

  /** A part left out of the figures; `minor` only for supporting pieces next to a priced bulk. */
  exclude(text: string, weight: 'minor' | 'material' = 'material'): void {
    this.excludes.push(text)
    if (weight === 'material') this.material = true
  }

  /**
   * A monthly fee charged once per account, recorded so a stack counts it once: the entry's value,
   * or an amount the model worked out from it (a tier, a per-node fee).
   */
  accountFee(id: string, monthly: number = this.value(id)): number {
    this.entry(id)
    this.accountFees.push({ price: id, monthly })
    return monthly
  }

  /** Unknown entries of a vendor (fees nobody publishes), recorded as exclusions. */
  excludeUnknowns(vendor: string, what: string, weight: 'minor' | 'material' = 'material'): void {
    for (const e of this.book.byVendor.get(vendor) ?? [])
      if (e.value === null) {
        this.used.set(e.id, e)
        this.exclude(`${what}: ${UNKNOWN_WORDS[e.unknown!]} (${e.id})`, weight)
      }
  }

  result(band: Band): KnownCost {
    const round = (n: number) => Math.round(n * 100) / 100
    const ids = [...this.used.keys()]
    const basis = [...this.basis, `Monthly: low ${usd(band.low)}, expected ${usd(band.expected)}, high ${usd(band.high)}`]
    return {
      low: round(band.low),
      expected: round(band.expected),
      high: round(band.high),
      currency: 'USD',
      basis,
      prices: ids,
      stale: ids.filter((id) => isStale(this.used.get(id)!, this.today)),
      caveats: [...this.used.values()].filter((e) => e.flags.length > 0).map((e) => `${e.id}: ${e.flags.join(', ')}`),
      excludes: this.excludes,
      gaps: this.excludes.length === 0 ? 'none' : this.material ? 'material' : 'minor',
      accountFees: this.accountFees,
    }
  }
}

export const UNKNOWN_WORDS = {
  'contact-sales': 'no published price (contact sales)',
  'not-retrieved': 'price page not read in citable text yet',
  'not-researched': 'not in the price book yet',
} as const

/** An unknown estimate from the vendor's recorded gaps, or a stated reason. */
export function unknownCost(book: PriceBook, vendor: string, reason?: string): UnknownCost {
  const gaps = (book.byVendor.get(vendor) ?? []).filter((e) => e.value === null)
  const why = reason ?? (gaps[0] ? UNKNOWN_WORDS[gaps[0].unknown!] : 'no price in the price book')
  return { unknown: why, prices: gaps.map((e) => e.id) }
}

/** Same amount in every band. */
export const flat = (n: number): Band => ({ low: n, expected: n, high: n })
/** Three amounts as a band. */
export const band = (low: number, expected: number, high: number): Band => ({ low, expected, high })
/** GiB in a GB: Google, Dynatrace and the sizing guides count binary units. */
export const GIB_PER_GB = 1e9 / 2 ** 30
/** A daily volume in GB as GB a month, on the price book's 730-hour month. */
export const gbPerMonth = (l: Ledger, gbPerDay: number): number => gbPerDay * daysPerMonth(l.book)
/** The logs the inputs give, in GB a month. */
export const logsMonth = (l: Ledger): number => gbPerMonth(l, l.inputs.telemetry.logsGbPerDay)
export const addBands = (...bs: Band[]): Band => ({
  low: bs.reduce((s, b) => s + b.low, 0),
  expected: bs.reduce((s, b) => s + b.expected, 0),
  high: bs.reduce((s, b) => s + b.high, 0),
})

/**
 * A sort key for comparing estimates: an unknown price is never cheap, so it ranks after every
 * known one.
 */
export const costRank = (c: MonthlyCost): number => (isKnown(c) ? c.expected : Number.POSITIVE_INFINITY)
