import { z } from 'zod'
import { labelOfPath } from './change-labels'
import { PLANE, PLATFORM } from './facts'

/**
 * What changed between two versions of the vendor data, fact by fact, for the data changelog
 * (`data/changelog.json`, written by `npm run data:changelog`).
 *
 * Works on raw JSON, not on parsed records: an older version may not pass today's schema.
 * A change is a typed fact whose value differs, a vendor added or removed, or a slot, mesh mode or
 * capability gained or lost. Skipped, because they change no fact: check dates (`asOf`), citations
 * (`source`, `sources`), where a record came from (`origin`), the list of unverified facts (a fact
 * checked again shows through its own field, `unknown` to a value) and prose that explains a fact
 * (descriptions, notes, caveats, migration paths): a fact that changes changes its typed field
 * too. Arrays of values are compared as sets (their order carries no meaning); arrays of records
 * are matched by their key (`id`, `slot`, `plane`, `to`).
 */
export interface DataChange {
  vendor: string
  vendorName: string
  kind: 'added' | 'removed' | 'changed'
  /** The field inside the vendor record; empty for a vendor added or removed. */
  path: string
  label: string
  /** The value as the product shows it; null when the field or vendor did not exist. */
  from: string | null
  to: string | null
}

const SKIPPED_KEYS = new Set(['origin', 'unverified', 'asOf', 'source', 'sources', 'primaryRef', 'description', 'notes', 'note', 'caveat', 'path', 'strictHow'])
const skipped = (key: string) => SKIPPED_KEYS.has(key) || key.endsWith('Notes') || key.endsWith('Note')
const RECORD_KEYS = ['id', 'slot', 'plane', 'to'] as const

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Compares two data sets (raw JSON with a `vendors` array); vendors in id order, fields in record order. */
export function diffDataSets(before: unknown, after: unknown): DataChange[] {
  const old = vendorsOf(before)
  const now = vendorsOf(after)
  const ids = [...new Set([...old.keys(), ...now.keys()])].sort()
  return ids.flatMap((id) => {
    const a = old.get(id)
    const b = now.get(id)
    const vendorName = String(b?.name ?? a?.name ?? id)
    const change = { vendor: id, vendorName, path: '', from: null, to: null }
    if (!a) return [{ ...change, kind: 'added' as const, label: 'Added to the data set' }]
    if (!b) return [{ ...change, kind: 'removed' as const, label: 'Removed from the data set' }]
    return diffValues(a, b, '').map((c) => ({ vendor: id, vendorName, ...c }))
  })
}

function vendorsOf(data: unknown): Map<string, JsonObject> {
  const vendors = isObject(data) && Array.isArray(data.vendors) ? data.vendors : []
  return new Map(vendors.filter(isObject).map((v) => [String(v.id), v]))
}

type FieldChange = Omit<DataChange, 'vendor' | 'vendorName'>

function diffValues(a: Json | undefined, b: Json | undefined, path: string): FieldChange[] {
  if (isObject(a) || isObject(b)) {
    const x = isObject(a) ? a : {}
    const y = isObject(b) ? b : {}
    const keys = [...new Set([...Object.keys(y), ...Object.keys(x)])].filter((k) => !skipped(k))
    return keys.flatMap((k) => diffValues(x[k], y[k], path ? `${path}.${k}` : k))
  }
  const key = recordKey(a, b)
  if (key) {
    const x = byKey(a as JsonObject[], key)
    const y = byKey(b as JsonObject[], key)
    const keys = [...new Set([...y.keys(), ...x.keys()])]
    return keys.flatMap((k) => {
      const { [key]: _x, ...restA } = x.get(k) ?? {}
      const { [key]: _y, ...restB } = y.get(k) ?? {}
      return diffValues(x.has(k) ? restA : undefined, y.has(k) ? restB : undefined, `${path}[${k}]`)
    })
  }
  if (sameValue(a, b)) return []
  return [
    {
      kind: a === undefined ? 'added' : b === undefined ? 'removed' : 'changed',
      path,
      label: labelOfPath(path),
      from: a === undefined ? null : show(a, path),
      to: b === undefined ? null : show(b, path),
    },
  ]
}

/** The key that identifies the records of an array of records, when every record has a distinct one. */
function recordKey(a: Json | undefined, b: Json | undefined): string | undefined {
  const items = [...(Array.isArray(a) ? a : []), ...(Array.isArray(b) ? b : [])]
  if (items.length === 0 || !items.every(isObject)) return undefined
  return RECORD_KEYS.find((k) =>
    [a, b].every((list) => {
      if (!Array.isArray(list)) return true
      const values = list.map((r) => (r as JsonObject)[k])
      return values.every((v) => typeof v === 'string') && new Set(values).size === values.length
    }),
  )
}

const byKey = (list: JsonObject[] | undefined, key: string) => new Map((Array.isArray(list) ? list : []).map((r) => [String(r[key]), r]))

/** Equal values, arrays as sets: reordering a list is not a change. */
function sameValue(a: Json | undefined, b: Json | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const set = (l: Json[]) => [...new Set(l.map((v) => JSON.stringify(v)))].sort().join('\n')
    return set(a) === set(b)
  }
  return JSON.stringify(a) === JSON.stringify(b)
}

function show(v: Json, path: string): string {
  if (v === true) return 'yes'
  if (v === false) return 'no'
  if (Array.isArray(v)) {
    const names = path === 'mesh.dataPlanes' ? PLANE : path === 'builtIn.platforms' ? PLATFORM : {}
    return v.length === 0 ? 'none' : v.map((x) => (typeof x === 'string' ? (names[x] ?? x) : JSON.stringify(x))).join(', ')
  }
  return typeof v === 'string' ? v : JSON.stringify(v)
}

const Version = z.string().regex(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/, 'Expected a data version <asOf>.<hash>')

export const DataChangeSchema = z
  .object({
    vendor: z.string().min(1),
    vendorName: z.string().min(1),
    kind: z.enum(['added', 'removed', 'changed']),
    path: z.string(),
    label: z.string().min(1),
    from: z.string().nullable(),
    to: z.string().nullable(),
  })
  .strict()

export const ChangelogEntrySchema = z
  .object({
    version: Version,
    /** What share tokens carry of the version (see lib/share/codec.ts). */
    fingerprint: z.string().regex(/^[0-9a-f]{6}$/),
    date: z.iso.date(),
    previous: Version.nullable().describe('The version the changes are measured from; null for the first recorded version'),
    changes: z.array(DataChangeSchema),
  })
  .strict()

/** `data/changelog.json`: one entry per data version, newest first. */
export const ChangelogSchema = z.object({ versions: z.array(ChangelogEntrySchema) }).strict()

export type ChangelogEntry = z.infer<typeof ChangelogEntrySchema>
export type Changelog = z.infer<typeof ChangelogSchema>

/** The first six hex digits of the version's hash, as share tokens carry it. */
export const fingerprintOfVersion = (version: string) => version.slice(-8, -2)

/** Problems with the order of a changelog: each entry must follow from the next, dates never rising. */
export function changelogOrderIssues(log: Changelog): string[] {
  const issues: string[] = []
  const seen = new Set<string>()
  log.versions.forEach((e, i) => {
    const older = log.versions[i + 1]
    if (seen.has(e.version)) issues.push(`${e.version} is listed twice`)
    seen.add(e.version)
    if (e.fingerprint !== fingerprintOfVersion(e.version)) issues.push(`${e.version}: fingerprint ${e.fingerprint} does not match`)
    if (older && e.previous !== older.version) issues.push(`${e.version}: previous is ${e.previous}, the next entry is ${older.version}`)
    if (!older && e.previous !== null) issues.push(`${e.version}: the oldest entry must have no previous version`)
    if (older && older.date > e.date) issues.push(`${e.version}: dated before ${older.version}`)
  })
  return issues
}
