import { DatasetSchema } from './schema'
import { buildCatalog, type Catalog } from './build'
import { checkInvariants } from './invariants'
import { describeIssues, issuesToText, type DataIssue } from './issues'

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

export type { Catalog }
