import { FIELDS, fieldApplies, labelOf } from '../answers/registry'
import { AREA_LABEL, SLOT_AREA, SLOT_SHORT_LABEL, type AreaId } from '../catalog/slots'
import type { Recommendation } from '../recommend'

export interface CardModel {
  title: string
  areas: { area: string; picks: { slot: string; name: string }[] }[]
  constraints: string[]
  footer: string
}

const MAX_NAME = 34

/**
 * Text for the summary card, safe for the image renderer: no emoji or pictographs (the renderer
 * would fetch them from a CDN) and no unbounded strings (the layout has fixed room).
 */
export function cardText(s: string, max = MAX_NAME): string {
  const clean = s.replace(/\p{Extended_Pictographic}|\u200d|\ufe0f/gu, '').replace(/\s+/g, ' ').trim()
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean
}

/** The summary card's content: the stack grouped by area and the answers the registry marks for the card. */
export function buildCardModel(rec: Recommendation): CardModel {
  const groups = new Map<AreaId, CardModel['areas'][number]['picks']>()
  for (const p of rec.stack) {
    const area = SLOT_AREA[p.slot]
    // the card has little room: "Spot (Ocean, Elastigroup, Eco)" shows as "Spot"
    const name = p.name ? p.name.replace(/\s*\(.*\)\s*$/, '') : 'No pick'
    const list = groups.get(area) ?? []
    list.push({ slot: SLOT_SHORT_LABEL[p.slot], name: cardText(name, 24) })
    groups.set(area, list)
  }
  const a = rec.answers as unknown as Record<string, string>
  // Few, short strings: the image renderer's cost grows with every glyph.
  const constraints = FIELDS.filter((f) => f.card !== undefined && f.kind === 'single' && fieldApplies(f.name, rec.answers.scope)).map((f) => {
    const value = labelOf(f.name, a[f.name]!, 'short')
    return cardText(f.card ? `${f.card}: ${value.toLowerCase()}` : value, 32)
  })
  return {
    title: 'Recommended Day 2 stack',
    areas: [...groups.entries()].map(([area, picks]) => ({ area: AREA_LABEL[area], picks })),
    constraints,
    footer: `Day 2 Stack Advisor · data of ${rec.dataAsOf}`,
  }
}
