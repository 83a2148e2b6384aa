import type { Dataset, Vendor } from './schema'
import type { DataIssue } from './issues'
import { CAPABILITY_IDS } from './capabilities'
import { SLOT_AREA, SLOT_IDS, type SlotId } from './slots'

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

/**
 * "unknown" must be declared, so the product can mark it unverified rather than silently neutral.
 * Capability and compliance facts and mTLS modes are self-describing (each carries its own value and source).
 */
const unknownsAreDeclared: Rule = (v, at) => {
  const unknownPaths: string[] = []
  const walk = (node: unknown, path: string) => {
    if (path === 'capabilities' || path === 'compliance') return
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

/** One mTLS entry per data plane the mesh supports, and no other. */
const meshModesCoverPlanes: Rule = (v, at) => {
  if (!v.mesh) return []
  const planes = v.mesh.modes.map((m) => m.plane)
  const issues: DataIssue[] = []
  for (const p of v.mesh.dataPlanes)
    if (!planes.includes(p)) issues.push({ path: `${at}.mesh.modes`, message: `No mTLS entry for data plane "${p}"` })
  planes.forEach((p, i) => {
    if (!v.mesh!.dataPlanes.includes(p) || planes.indexOf(p) !== i)
      issues.push({ path: `${at}.mesh.modes[${i}]`, message: `Data plane "${p}" is not listed in dataPlanes, or listed twice` })
  })
  return issues
}

/** Capabilities only for slots the vendor serves, with ids the slot defines. */
const capabilitiesKnown: Rule = (v, at) => {
  const issues: DataIssue[] = []
  for (const [slot, caps] of Object.entries(v.capabilities ?? {}) as [SlotId, Record<string, unknown>][]) {
    if (!v.slots.some((s) => s.slot === slot)) issues.push({ path: `${at}.capabilities.${slot}`, message: 'Capabilities for a slot the vendor does not serve' })
    for (const id of Object.keys(caps))
      if (!CAPABILITY_IDS[slot].has(id)) issues.push({ path: `${at}.capabilities.${slot}.${id}`, message: `Unknown capability for ${slot}` })
  }
  return issues
}

const addedVendorsSayWhy: Rule = (v, at) =>
  v.origin === 'added' && !v.originNote ? [{ path: `${at}.originNote`, message: 'A vendor added beyond the landscape needs a note saying why' }] : []

const openSourceEditionSlots: Rule = (v, at) =>
  (v.license.openSource?.slots ?? []).flatMap((slot, i) =>
    v.slots.some((s) => s.slot === slot) ? [] : [{ path: `${at}.license.openSource.slots[${i}]`, message: `The vendor does not serve "${slot}"` }],
  )

/** A cloud's own service is run by the cloud, and was added beyond the landscape. */
const builtInsAreCloudServices: Rule = (v, at) => {
  if (!v.builtIn) return []
  const issues: DataIssue[] = []
  if (v.delivery.model !== 'saas') issues.push({ path: `${at}.delivery.model`, message: 'A built-in cloud service is delivered as a service ("saas")' })
  if (v.origin !== 'added') issues.push({ path: `${at}.origin`, message: 'A built-in cloud service is an addition to the landscape ("added")' })
  return issues
}

/**
 * "not-applicable" means there is no vendor-run offering to certify: only a product the team can
 * run itself may say so; a SaaS-only product has an answer (yes, no, partial or unknown).
 */
const complianceApplies: Rule = (v, at) => {
  if (!v.compliance || v.delivery.model !== 'saas') return []
  return (['fedramp', 'pci', 'hipaa', 'euResidency'] as const)
    .filter((k) => v.compliance![k].value === 'not-applicable')
    .map((k) => ({ path: `${at}.compliance.${k}.value`, message: 'A SaaS-only product cannot be "not-applicable": say yes, partial, no or unknown' }))
}

/** A mesh's FIPS builds are its FIPS fact: the capability and the compliance record must agree. */
const meshFipsAgrees: Rule = (v, at) => {
  const cap = v.capabilities?.['service-mesh']?.['fips-builds']?.value
  const fips = v.compliance?.fips.value
  return cap !== undefined && fips !== undefined && cap !== fips
    ? [{ path: `${at}.capabilities.service-mesh.fips-builds`, message: `Says "${cap}" but compliance.fips says "${fips}"` }]
    : []
}

const RULES: Rule[] = [
  meshFipsAgrees,
  builtInsAreCloudServices,
  complianceApplies,
  slotsAreUnique,
  areaFactsPresent,
  observabilitySignalsMatchSlots,
  unknownsAreDeclared,
  httpsSources,
  meshModesCoverPlanes,
  capabilitiesKnown,
  addedVendorsSayWhy,
  openSourceEditionSlots,
]

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
  data.vendors.forEach((v, i) =>
    (v.migrations ?? []).forEach((m, k) => {
      if (!ids.has(m.to)) issues.push({ path: `vendors[${i}] (${v.id}).migrations[${k}].to`, message: `Unknown vendor id "${m.to}"` })
    }),
  )
  for (const slot of SLOT_IDS) {
    const pickable = data.vendors.some((v) => v.slots.some((s) => s.slot === slot && s.fit === 'core'))
    if (!pickable) issues.push({ path: 'vendors', message: `No vendor is a core fit for slot "${slot}"` })
  }
  return issues
}
