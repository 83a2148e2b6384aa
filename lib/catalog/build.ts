import type { Dataset, Vendor } from './schema'
import { fnv1a } from './hash'

/** A validated data set plus its version: the engine's only view of the vendors. */
export interface Catalog {
  /** `<asOf>.<hash>`: changes whenever any byte of meaning in the data changes. */
  version: string
  asOf: string
  vendors: readonly Vendor[]
  byId: ReadonlyMap<string, Vendor>
}

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
