import { z } from 'zod'
import type { Catalog } from '../catalog/catalog'
import { describeIssues, type DataIssue } from '../catalog/issues'
import { buildPriceBook, CLOUD_IDS, PRICE_FLAGS, UNKNOWN_KINDS, type PriceBook } from './price-book'

const HttpsUrl = z.url({ protocol: /^https$/ })
/** Pricing pages are rarely dated to the day; the month the source states (or was read) is enough. */
const Month = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'Expected YYYY-MM or YYYY-MM-DD')
const KebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected a kebab-case id')


export const PriceEntrySchema = z
  .object({
    id: KebabId,
    vendor: KebabId.optional().describe('Catalog vendor id the figure belongs to'),
    cloud: z.enum(CLOUD_IDS).optional().describe('Cloud whose compute rate this is'),
    value: z
      .union([z.number().nonnegative(), z.record(z.string(), z.number().nonnegative()), z.null()])
      .describe('A number, named parts of one quoted figure, or null when unknown'),
    unknown: z.enum(UNKNOWN_KINDS).optional(),
    unit: z.string().min(1),
    currency: z.literal('USD').optional().describe('Absent for quantities that are not money (vCPU per 1,000 rps, bytes per sample)'),
    source: HttpsUrl,
    primaryRef: HttpsUrl.optional().describe("The vendor's own page when the figure was read from a secondary copy"),
    quote: z.string().min(1).nullable(),
    asOf: Month,
    flags: z.array(z.enum(PRICE_FLAGS)),
    method: z.string().min(1).optional().describe('The arithmetic behind a derived figure'),
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((e) => (e.value === null) === (e.unknown !== undefined), { message: 'A null value needs an unknown reason, and only a null value may have one', path: ['unknown'] })
  .refine((e) => !e.flags.includes('derived') || e.method !== undefined || e.note !== undefined, { message: 'A derived figure needs its method', path: ['method'] })
  .refine((e) => e.quote !== null || e.note !== undefined || e.value === null, { message: 'A figure without a quote needs a note saying where it was transcribed from', path: ['note'] })

export const PriceBookSchema = z
  .object({
    $schema: z.string().optional(),
    title: z.string().min(1),
    currency: z.literal('USD'),
    hoursPerMonth: z.number().positive(),
    researched: Month,
    prices: z.array(PriceEntrySchema).min(1),
  })
  .strict()

export type PriceBookResult = { ok: true; book: PriceBook } | { ok: false; issues: DataIssue[] }

/** Parses and checks a price book; with a catalog, also checks that every vendor id exists. Never throws. */
export function parsePriceBook(raw: unknown, catalog?: Catalog): PriceBookResult {
  const parsed = PriceBookSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, issues: describeIssues(parsed.error.issues, raw) }
  const issues: DataIssue[] = []
  const seen = new Set<string>()
  parsed.data.prices.forEach((e, i) => {
    if (seen.has(e.id)) issues.push({ path: `prices[${i}] (${e.id}).id`, message: 'Duplicate price id' })
    seen.add(e.id)
    if (catalog && e.vendor && !catalog.byId.has(e.vendor)) issues.push({ path: `prices[${i}] (${e.id}).vendor`, message: `Unknown vendor "${e.vendor}"` })
  })
  return issues.length > 0 ? { ok: false, issues } : { ok: true, book: buildPriceBook(parsed.data) }
}

/**
 * Every vendor a stack can pick (a core or partial fit, not end of life) needs an entry: a price,
 * a sizing figure or an explicit gap with its reason. A vendor missing from the book would
 * otherwise read as "no cost".
 */
export function checkCoverage(book: PriceBook, catalog: Catalog): DataIssue[] {
  return catalog.vendors
    .filter((v) => !v.lifecycle && v.slots.some((s) => s.fit === 'core' || s.fit === 'partial') && !book.byVendor.has(v.id))
    .map((v) => ({ path: `prices (${v.id})`, message: 'No price, sizing figure or explicit unknown for this vendor' }))
}

/** JSON Schema of the price book, generated from the zod schema so editors validate and document it. */
export function priceBookJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(PriceBookSchema, { io: 'input' }), null, 2)}\n`
}
