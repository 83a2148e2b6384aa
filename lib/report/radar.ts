import { vendorHref } from '../catalog/links'
import { AREA_IDS, AREA_LABEL, SLOT_AREA, SLOT_LABEL, type AreaId } from '../catalog/slots'
import type { RankingRow, Recommendation, SlotResult, StackPick } from '../recommend'

/*
 * The recommendation as data for Backstage's tech-radar plugin. The shape is the plugin's
 * `TechRadarLoaderResponse`, as published in @backstage-community/plugin-tech-radar-common 1.13.0
 * (dist/index.d.ts, checked by its zod parser in dist/schema.esm.js), the model that
 * @backstage-community/plugin-tech-radar 1.14.0 loads. The one difference is the JSON form of a
 * date: the model types it as `Date`, the parser coerces the string, and the plugin's README asks
 * for YYYY-MM-DD.
 */

export interface RadarQuadrant {
  id: AreaId
  name: string
}
export interface RadarRing {
  id: RingId
  name: string
  color: string
  description?: string
}
export interface RadarEntryLink {
  url: string
  title: string
}
export interface RadarEntrySnapshot {
  /** YYYY-MM-DD: the data set's as-of date, so the same answers and data give the same file. */
  date: string
  ringId: RingId
  description?: string
  /** -1 moved out, 0 stayed, 1 moved in: a single snapshot has nothing to move from. */
  moved?: -1 | 0 | 1
}
export interface RadarEntry {
  key: string
  id: string
  quadrant: AreaId
  title: string
  timeline: RadarEntrySnapshot[]
  description?: string
  links?: RadarEntryLink[]
}
export interface TechRadar {
  quadrants: RadarQuadrant[]
  rings: RadarRing[]
  entries: RadarEntry[]
}

export const RING_IDS = ['adopt', 'trial', 'assess', 'hold'] as const
export type RingId = (typeof RING_IDS)[number]

/**
 * A runner-up this close to the pick (score points, 0-100 scale) is a real alternative worth
 * trialling; further behind, the answers already tell the two apart.
 */
export const TRIAL_MARGIN = 10

// colours of the plugin's own sample data (dist/defaultApi.esm.js), so the export looks like the
// radars its readers already know
const RINGS: RadarRing[] = [
  { id: 'adopt', name: 'ADOPT', color: '#5BA300', description: 'The pick for a slot of the stack' },
  {
    id: 'trial',
    name: 'TRIAL',
    color: '#009EB0',
    description: `A runner-up (one of the two best eligible vendors after the pick) within ${TRIAL_MARGIN} points of it`,
  },
  { id: 'assess', name: 'ASSESS', color: '#C7BA00', description: 'Meets the hard requirements but scores further behind, or works next to the pick' },
  { id: 'hold', name: 'HOLD', color: '#E09B96', description: 'Fails a hard requirement of these answers; the entry says which' },
]

interface Placement {
  slot: SlotResult
  row: RankingRow
  ring: RingId
  reason: string
}

/**
 * Backstage tech-radar data for a recommendation: one quadrant per area, one entry per vendor per
 * area. The ring is the vendor's best standing over the area's slots (see RINGS and ringOf); the
 * entry's description says its standing slot by slot, and its one timeline snapshot carries the
 * reason for the ring. `baseUrl` makes the vendor links absolute, as a radar served elsewhere needs.
 */
export function buildRadar(rec: Recommendation, baseUrl = ''): TechRadar {
  const byEntry = new Map<string, Placement[]>()
  for (const [i, slot] of rec.slots.entries()) {
    const pick = rec.stack[i]!
    for (const row of slot.ranking) {
      const id = entryId(SLOT_AREA[slot.slot], row.vendor)
      byEntry.set(id, [...(byEntry.get(id) ?? []), { slot, row, ...ringOf(slot, pick, row) }])
    }
  }
  const rank = (r: RingId) => RING_IDS.indexOf(r)
  const entries = [...byEntry.entries()].map(([id, placements]) => {
    // best ring first, then the higher score: the slot that decides the ring leads the description
    const sorted = [...placements].sort((a, b) => rank(a.ring) - rank(b.ring) || b.row.score - a.row.score)
    const best = sorted[0]!
    const entry: RadarEntry = {
      key: id,
      id,
      quadrant: SLOT_AREA[best.slot.slot],
      title: best.row.name,
      timeline: [{ moved: 0, ringId: best.ring, date: rec.dataAsOf, description: best.reason }],
      description: sorted.map((p) => `- **${SLOT_LABEL[p.slot.slot]}** (${p.ring}): ${p.reason}`).join('\n'),
      links: [{ url: `${baseUrl}${vendorHref(best.row.vendor)}`, title: `${best.row.name}: facts and sources` }],
    }
    return { entry, ring: rank(best.ring), score: best.row.score }
  })
  const area = (q: AreaId) => AREA_IDS.indexOf(q)
  entries.sort((a, b) => area(a.entry.quadrant) - area(b.entry.quadrant) || a.ring - b.ring || b.score - a.score || (a.entry.id < b.entry.id ? -1 : 1))
  return {
    // all four, even for a scope without some areas: the plugin lays out exactly four quadrants
    quadrants: AREA_IDS.map((id) => ({ id, name: AREA_LABEL[id] })),
    rings: RINGS,
    entries: entries.map((e) => e.entry),
  }
}

/** Unique over the radar and safe as an HTML id (the plugin uses it as one): `<area>--<vendor>`. */
export function entryId(area: AreaId, vendor: string): string {
  return `${area}--${vendor}`
}

/**
 * The documented ring rule for one vendor in one slot: the pick is adopt; a runner-up within
 * TRIAL_MARGIN points is trial; any other eligible vendor is assess, and so is a standard or
 * scanner the slot lists as working next to the pick; a vendor a hard requirement excludes is hold.
 */
function ringOf(slot: SlotResult, pick: StackPick, row: RankingRow): { ring: RingId; reason: string } {
  const why = row.reasons.join('; ')
  const picked = pick.reasons.join('; ') || why
  if (row.vendor === slot.pick) return { ring: 'adopt', reason: `Picked at ${row.score}${picked ? `. ${picked}` : ''}` }
  if (!row.eligible) {
    const complement = slot.complements.find((c) => c.vendor === row.vendor)
    if (complement) return { ring: 'assess', reason: `Works next to the pick${complement.note ? `: ${complement.note}` : ''}` }
    return { ring: 'hold', reason: `Excluded: ${row.excludedBecause ?? 'fails a hard requirement'}` }
  }
  const against = pick.name === null || pick.score === null ? '' : ` against ${pick.name} (${pick.score})`
  const runnerUp = pick.runnersUp.some((r) => r.vendor === row.vendor)
  if (runnerUp && pick.score !== null && pick.score - row.score <= TRIAL_MARGIN)
    return { ring: 'trial', reason: `Runner-up at ${row.score}${against}${why ? `. ${why}` : ''}` }
  return { ring: 'assess', reason: `Eligible at ${row.score}${against}${why ? `. ${why}` : ''}` }
}
