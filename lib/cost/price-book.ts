import type { z } from 'zod'
import type { PriceBookSchema, PriceEntrySchema } from './price-book-schema'

// The price book's types and index, free of zod at run time: the browser builds the shipped book
// without re-validating it (the server, the CLI and the tests validate the same file).

export const PRICE_FLAGS = ['secondary', 'derived', 'unverified'] as const
export type PriceFlag = (typeof PRICE_FLAGS)[number]

/**
 * Why a price is missing. contact-sales: the vendor publishes none; not-retrieved: a page exists
 * but could not be read in citable text; not-researched: nobody has looked yet. All three make an
 * estimate unknown, never zero.
 */
export const UNKNOWN_KINDS = ['contact-sales', 'not-retrieved', 'not-researched'] as const
export type UnknownKind = (typeof UNKNOWN_KINDS)[number]

export const CLOUD_IDS = ['aws', 'gcp', 'azure', 'on-prem'] as const
export type CloudId = (typeof CLOUD_IDS)[number]

export type PriceEntry = z.infer<typeof PriceEntrySchema>
export type PriceBookData = z.infer<typeof PriceBookSchema>

/** The book with an index by id and by vendor, built once: estimates look prices up by id. */
export interface PriceBook {
  data: PriceBookData
  hoursPerMonth: number
  byId: ReadonlyMap<string, PriceEntry>
  byVendor: ReadonlyMap<string, readonly PriceEntry[]>
}

export function buildPriceBook(data: PriceBookData): PriceBook {
  const byVendor = new Map<string, PriceEntry[]>()
  for (const e of data.prices) if (e.vendor) byVendor.set(e.vendor, [...(byVendor.get(e.vendor) ?? []), e])
  return { data, hoursPerMonth: data.hoursPerMonth, byId: new Map(data.prices.map((e) => [e.id, e])), byVendor }
}

/** Months between an as-of date and today, counted on calendar months (days ignored). */
export function monthsOld(asOf: string, today: string): number {
  return monthIndex(today) - monthIndex(asOf)
}
const monthIndex = (d: string): number => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7))

/** A price is stale once its as-of month is more than 12 months before today's. */
export const STALE_AFTER_MONTHS = 12
export const isStale = (e: PriceEntry, today: string): boolean => e.currency === 'USD' && monthsOld(e.asOf, today) > STALE_AFTER_MONTHS

