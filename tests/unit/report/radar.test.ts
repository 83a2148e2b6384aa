import { describe, expect, it } from 'vitest'
import { PLATFORM_TEAM, platformTeamRec } from '../../support/platform-team'
import { z } from 'zod'
import { AnswersSchema } from '@/lib/answers/schema'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { AREA_IDS, SLOT_AREA } from '@/lib/catalog/slots'
import { TechRadarSchema } from '@/lib/output/radar-schema'
import { recommend, type Recommendation } from '@/lib/recommend'
import { buildRadar, entryId, TRIAL_MARGIN, type TechRadar } from '@/lib/report/radar'

/*
 * The plugin's published model, rewritten for this project's zod from
 * @backstage-community/plugin-tech-radar-common 1.13.0, dist/schema.esm.js (TechRadarLoaderResponseParser,
 * typed by dist/index.d.ts), field for field. Stricter where the plugin's README (1.14.0, "timeline")
 * says a field is required that the parser leaves optional: moved and description.
 */
const MovedState = z.union([z.literal(-1), z.literal(0), z.literal(1)])
const RadarRingParser = z.object({ id: z.string(), name: z.string(), color: z.string(), description: z.string().optional() })
const RadarQuadrantParser = z.object({ id: z.string(), name: z.string() })
const RadarEntryLinkParser = z.object({ url: z.string(), title: z.string() })
const RadarEntrySnapshotParser = z.object({ date: z.coerce.date(), ringId: z.string(), description: z.string(), moved: MovedState })
const RadarEntryParser = z.object({
  key: z.string(),
  id: z.string(),
  quadrant: z.string(),
  title: z.string(),
  url: z.string().optional(),
  timeline: z.array(RadarEntrySnapshotParser).min(1),
  description: z.string().optional(),
  links: z.array(RadarEntryLinkParser).optional(),
})
// strict where the plugin strips: a field it does not know would be silently lost
const TechRadarLoaderResponseParser = z.strictObject({
  quadrants: z.array(RadarQuadrantParser),
  rings: z.array(RadarRingParser),
  entries: z.array(RadarEntryParser.strict()),
})

const answers = PLATFORM_TEAM
const rec = platformTeamRec()
// what a Backstage backend reads: the file, not the objects
const asRead = (r: TechRadar): unknown => JSON.parse(JSON.stringify(r))
const radar = buildRadar(rec, 'https://advisor.example')
const ringOf = (r: TechRadar, id: string) => r.entries.find((e) => e.id === id)?.timeline[0]!.ringId

/** Every (area, vendor) with the rows that place it there. */
function placements(r: Recommendation) {
  const out = new Map<string, { slot: string; row: Recommendation['slots'][number]['ranking'][number]; pick: Recommendation['stack'][number]; complement: boolean }[]>()
  for (const [i, s] of r.slots.entries())
    for (const row of s.ranking) {
      const id = entryId(SLOT_AREA[s.slot], row.vendor)
      out.set(id, [...(out.get(id) ?? []), { slot: s.slot, row, pick: r.stack[i]!, complement: s.complements.some((c) => c.vendor === row.vendor) }])
    }
  return out
}

describe('the tech-radar export', () => {
  it("parses with the Backstage tech-radar plugin's published model", () => {
    const parsed = TechRadarLoaderResponseParser.safeParse(asRead(radar))
    expect(parsed.success ? [] : parsed.error.issues).toEqual([])
    expect(parsed.data!.entries[0]!.timeline[0]!.date).toEqual(new Date(rec.dataAsOf))
  })

  it('matches the schema the OpenAPI document publishes for it', () => {
    const parsed = TechRadarSchema.safeParse(asRead(radar))
    expect(parsed.success ? [] : parsed.error.issues).toEqual([])
  })

  it('has the four areas as quadrants, and every quadrant and ring an entry names exists', () => {
    expect(radar.quadrants.map((q) => q.id)).toEqual([...AREA_IDS])
    expect(radar.rings.map((r) => r.id)).toEqual(['adopt', 'trial', 'assess', 'hold'])
    const quadrants = new Set(radar.quadrants.map((q) => q.id))
    const rings = new Set(radar.rings.map((r) => r.id))
    for (const e of radar.entries) {
      expect(quadrants.has(e.quadrant), e.id).toBe(true)
      for (const t of e.timeline) expect(rings.has(t.ringId), e.id).toBe(true)
    }
  })

  it('has one entry per vendor per area, with unique ids and keys safe as HTML ids', () => {
    expect(new Set(radar.entries.map((e) => e.id)).size).toBe(radar.entries.length)
    expect(new Set(radar.entries.map((e) => e.key)).size).toBe(radar.entries.length)
    expect(radar.entries.map((e) => e.id).sort()).toEqual([...placements(rec).keys()].sort())
    for (const e of radar.entries) expect(e.id).toMatch(/^[a-z][a-z0-9-]*$/)
  })

  it('puts each pick in adopt with its reasons, and each excluded vendor in hold with its why-not', () => {
    for (const p of rec.stack.filter((x) => x.vendor !== null)) {
      const e = radar.entries.find((x) => x.id === entryId(SLOT_AREA[p.slot], p.vendor!))!
      expect(e.timeline[0]!.ringId, p.slot).toBe('adopt')
      expect(e.description).toContain(p.reasons[0])
    }
    let held = 0
    for (const [id, list] of placements(rec)) {
      const ring = ringOf(radar, id)
      if (list.every((p) => !p.row.eligible && !p.complement)) {
        held++
        expect(ring, id).toBe('hold')
        expect(radar.entries.find((e) => e.id === id)!.timeline[0]!.description).toContain(list[0]!.row.excludedBecause)
      } else expect(ring, id).not.toBe('hold')
    }
    expect(held).toBeGreaterThan(0)
  })

  it('puts a runner-up within the trial margin in trial, and other eligible vendors in assess', () => {
    let trials = 0
    for (const [id, list] of placements(rec)) {
      if (list.some((p) => p.row.vendor === p.pick.vendor)) continue
      const close = list.some((p) => p.row.eligible && p.pick.runnersUp.some((r) => r.vendor === p.row.vendor) && p.pick.score! - p.row.score <= TRIAL_MARGIN)
      if (close) trials++
      if (close) expect(ringOf(radar, id), id).toBe('trial')
      else if (list.some((p) => p.row.eligible)) expect(ringOf(radar, id), id).toBe('assess')
    }
    expect(trials).toBeGreaterThan(0)
  })

  it('gives a vendor ranked in several slots of an area its best ring and names each slot', () => {
    const several = [...placements(rec)].filter(([, list]) => list.length > 1 && list.some((p) => p.row.vendor === p.pick.vendor))
    expect(several.length).toBeGreaterThan(0)
    for (const [id, list] of several) {
      const e = radar.entries.find((x) => x.id === id)!
      expect(e.timeline[0]!.ringId).toBe('adopt')
      for (const p of list) expect(e.description).toContain(`**${rec.slots.find((s) => s.slot === p.slot)!.label}**`)
    }
  })

  it("is dated with the data set's as-of date and links each vendor's page", () => {
    expect(new Set(radar.entries.map((e) => e.timeline[0]!.date))).toEqual(new Set([rec.dataAsOf]))
    const istio = radar.entries.find((e) => e.id === 'service-mesh--istio')
    expect(istio?.links).toEqual([{ url: 'https://advisor.example/landscape/istio', title: 'Istio: facts and sources' }])
    expect(buildRadar(rec).entries[0]!.links![0]!.url).toMatch(/^\/landscape\//)
    // same answers and data, same file
    expect(JSON.stringify(buildRadar(rec, 'https://advisor.example'))).toBe(JSON.stringify(radar))
  })

  it('keeps all four quadrants when the answers leave areas out', () => {
    const meshOnly = recommend(AnswersSchema.parse({ ...answers, scope: ['service-mesh'] }), EMBEDDED_CATALOG)
    const r = buildRadar(meshOnly)
    expect(r.quadrants).toHaveLength(4)
    expect(new Set(r.entries.map((e) => e.quadrant))).toEqual(new Set(['service-mesh']))
    expect(TechRadarLoaderResponseParser.safeParse(asRead(r)).success).toBe(true)
  })
})
