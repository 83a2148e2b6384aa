import { DatasetSchema, type Dataset, type Vendor } from './schema'
import { checkInvariants } from './invariants'
import { describeIssues, issuesToText, type DataIssue } from './issues'
import { fnv1a } from './hash'

/** A validated data set plus its version: the engine's only view of the vendors. */
export interface Catalog {
  /** `<asOf>.<hash>`: changes whenever any byte of meaning in the data changes. */
  version: string
  asOf: string
  vendors: readonly Vendor[]
  byId: ReadonlyMap<string, Vendor>
}

export type CatalogResult = { ok: true; catalog: Catalog } | { ok: false; issues: DataIssue[] }

/** Parses and checks raw data; never throws, returns every issue with the record and field named. */
export function parseCatalog(raw: unknown): CatalogResult {
  const parsed = DatasetSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, issues: describeIssues(parsed.error.issues, raw) }
  const issues = checkInvariants(parsed.data)
  if (issues.length > 0) return { ok: false, issues }
  return { ok: true, catalog: buildCatalog(parsed.data) }
}

/** Like parseCatalog, for data that must be valid (the embedded set); throws with every issue listed. */
export function loadCatalog(raw: unknown): Catalog {
  const result = parseCatalog(raw)
  if (!result.ok) throw new Error(`Invalid vendor data:\n${issuesToText(result.issues)}`)
  return result.catalog
}

function buildCatalog(data: Dataset): Catalog {
  const { $schema: _ignored, ...meaningful } = data
  const vendors = [...data.vendors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {
    version: `${data.asOf}.${fnv1a(JSON.stringify(meaningful))}`,
    asOf: data.asOf,
    vendors,
    byId: new Map(vendors.map((v) => [v.id, v])),
  }
}
