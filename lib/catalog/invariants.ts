import type { Dataset, Vendor } from './schema'
import type { DataIssue } from './issues'
import { SLOT_AREA, SLOT_IDS } from './slots'

type Rule = (vendor: Vendor, at: string) => DataIssue[]

// Cross-field facts the schema alone cannot express. Each rule returns issues; none throws.

const slotsAreUnique: Rule = (v, at) => {
  const seen = new Set<string>()
  return v.slots.flatMap((s, i) => {
    if (seen.has(s.slot)) return [{ path: `${at}.slots[${i}] (${s.slot})`, message: 'Slot listed twice' }]
    seen.add(s.slot)
    return []
  })
}

const areaFactsPresent: Rule = (v, at) => {
  const need = new Set(v.slots.map((s) => SLOT_AREA[s.slot]))
  const issues: DataIssue[] = []
  const want = (area: string, field: keyof Vendor) => {
    if (need.has(area as never) && v[field] === undefined)
      issues.push({ path: `${at}.${field}`, message: `Required because the vendor serves a ${area} slot` })
  }
  want('service-mesh', 'mesh')
  want('observability', 'observability')
  want('security', 'security')
  want('cost', 'cost')
  return issues
}

/** A signal slot that a vendor can fill must be one of the signals it handles. */
const observabilitySignalsMatchSlots: Rule = (v, at) => {
  if (!v.observability) return []
  const signalOf = { tracing: 'traces', logs: 'logs', metrics: 'metrics' } as const
  return v.slots.flatMap((s, i) => {
    if (s.slot !== 'tracing' && s.slot !== 'logs' && s.slot !== 'metrics') return []
    if (s.fit === 'listed-only') return []
    return v.observability!.signals.includes(signalOf[s.slot])
      ? []
      : [{ path: `${at}.slots[${i}] (${s.slot})`, message: `observability.signals lacks "${signalOf[s.slot]}"` }]
  })
}

/** "unknown" must be declared, so the product can mark it unverified rather than silently neutral. */
const unknownsAreDeclared: Rule = (v, at) => {
  const unknownPaths: string[] = []
  const walk = (node: unknown, path: string) => {
    if (node === 'unknown') unknownPaths.push(path)
    else if (node !== null && typeof node === 'object' && !Array.isArray(node))
      for (const [k, child] of Object.entries(node)) walk(child, path === '' ? k : `${path}.${k}`)
  }
  walk(v, '')
  return unknownPaths
    .filter((p) => !v.unverified.includes(p))
    .map((p) => ({ path: `${at}.${p}`, message: `Value is "unknown" but "${p}" is not listed in unverified` }))
}

const httpsSources: Rule = (v, at) =>
  v.sources.flatMap((url, i) =>
    url.startsWith('https://') ? [] : [{ path: `${at}.sources[${i}]`, message: 'Sources must use https' }],
  )

const RULES: Rule[] = [slotsAreUnique, areaFactsPresent, observabilitySignalsMatchSlots, unknownsAreDeclared, httpsSources]

/** Checks cross-record invariants of a schema-valid data set; returns every problem found. */
export function checkInvariants(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = []
  const ids = new Set<string>()
  data.vendors.forEach((v, i) => {
    const at = `vendors[${i}] (${v.id})`
    if (ids.has(v.id)) issues.push({ path: `${at}.id`, message: `Duplicate id "${v.id}"` })
    ids.add(v.id)
    for (const rule of RULES) issues.push(...rule(v, at))
  })
  for (const slot of SLOT_IDS) {
    const pickable = data.vendors.some((v) => v.slots.some((s) => s.slot === slot && s.fit === 'core'))
    if (!pickable) issues.push({ path: 'vendors', message: `No vendor is a core fit for slot "${slot}"` })
  }
  return issues
}
