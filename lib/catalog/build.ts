import type { Dataset, Vendor } from './schema'
import { fnv1a } from './hash'
import type { PriceBook } from '../cost/price-book'

/** A validated data set plus its version: the engine's only view of the vendors. */
export interface Catalog {
  /** `<asOf>.<hash>`: changes whenever any byte of meaning in the data changes. */
  version: string
  asOf: string
  vendors: readonly Vendor[]
  byId: ReadonlyMap<string, Vendor>
  /**
   * The price book the engine ranks price with (lib/scoring/price.ts). Absent for generated and
   * test data sets: price then rates every product alike.
   */
  prices?: PriceBook
}

/** The catalog with a price book: the engine then ranks by price too, where the answers weigh it. */
export const withPriceBook = (catalog: Catalog, prices: PriceBook): Catalog => ({ ...catalog, prices })

/** Sorts and indexes a data set that has already been validated. */
export function buildCatalog(data: Dataset): Catalog {
  const { $schema: _ignored, ...meaningful } = data
  const vendors = [...data.vendors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {
    version: `${data.asOf}.${fnv1a(JSON.stringify(meaningful))}`,
    asOf: data.asOf,
    vendors,
    byId: new Map(vendors.map((v) => [v.id, v])),
  }
}

/** A vendor's display name; the id itself for an id the catalog does not know. */
export function vendorName(catalog: Catalog, id: string): string {
  return catalog.byId.get(id)?.name ?? id
}
