import type { Answers } from '../answers/schema'
import type { SlotId } from '../catalog/slots'
import type { Vendor } from '../catalog/schema'
import { MAX_EMPLOYEES, MIN_EMPLOYEES } from './context'

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
 *
 * An edition whose licence is free only below a head count (Teleport Community Edition: fewer
 * than 100 employees) is no route for a larger organisation, and a sure one for a smaller one;
 * until the size is known, the limit is a caveat.
 */
export function openSourceRoute(v: Vendor, slot: SlotId, orgSize: Answers['orgSize'] = 'unspecified'): OpenSourceRoute {
  if (v.license.model === 'open-source') return { kind: 'open-source' }
  const e = v.license.openSource
  if (e && (!e.slots || e.slots.includes(slot))) {
    if (!e.maintained) return { kind: 'none', reason: `its open-source edition (${e.edition}) looks unmaintained` }
    const limit = e.limits?.maxEmployees
    if (limit !== undefined) {
      const min = MIN_EMPLOYEES[orgSize]
      const max = MAX_EMPLOYEES[orgSize]
      if (min !== undefined && min >= limit) return { kind: 'none', reason: `${e.edition} is licensed free only to organisations under ${limit} employees, and yours is larger` }
      if (max !== undefined && max < limit) {
        const revenue = e.limits?.maxRevenueUsd
        const caveat = `Your organisation is under the ${limit}-employee limit of its free licence${revenue ? `; the US$${revenue / 1e6}M revenue limit applies too` : ''}`
        return { kind: 'edition', edition: e.edition, officialBuilds: true, caveat }
      }
    }
    return { kind: 'edition', edition: e.edition, officialBuilds: e.officialBuilds, ...(e.caveat ? { caveat: e.caveat } : {}) }
  }
  if (e) return { kind: 'none', reason: `its open-source edition (${e.edition}) does not cover this slot` }
  if (v.license.model === 'source-available') return { kind: 'none', reason: `licence ${v.license.spdx} is source-available, not open source` }
  return { kind: 'none', reason: 'proprietary' }
}
