import type { SlotId } from '../catalog/slots'
import type { Vendor } from '../catalog/schema'

export type OpenSourceRoute =
  | { kind: 'open-source' }
  | { kind: 'edition'; edition: string; officialBuilds: boolean; caveat?: string }
  | { kind: 'none'; reason: string }

/**
 * How a team that wants open source would run this product in this slot: the product itself is
 * open source, or it has a maintained open-source edition that covers the slot (Grafana's OSS
 * stack, Teleport Community Edition), or neither. The licence credited is always that of what the
 * team would actually run: Kubecost is proprietary even though OpenCost is not, and CyberArk's
 * commercial product gets no credit for Conjur Open Source, whose last commit was in 2025-11.
 */
export function openSourceRoute(v: Vendor, slot: SlotId): OpenSourceRoute {
  if (v.license.model === 'open-source') return { kind: 'open-source' }
  const e = v.license.openSource
  if (e && (!e.slots || e.slots.includes(slot))) {
    if (!e.maintained) return { kind: 'none', reason: `its open-source edition (${e.edition}) looks unmaintained` }
    return { kind: 'edition', edition: e.edition, officialBuilds: e.officialBuilds, ...(e.caveat ? { caveat: e.caveat } : {}) }
  }
  if (e) return { kind: 'none', reason: `its open-source edition (${e.edition}) does not cover this slot` }
  if (v.license.model === 'source-available') return { kind: 'none', reason: `licence ${v.license.spdx} is source-available, not open source` }
  return { kind: 'none', reason: 'proprietary' }
}
