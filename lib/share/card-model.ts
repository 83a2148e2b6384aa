import { FIELDS, fieldApplies, labelOf } from '../answers/registry'
import { AREA_LABEL, SLOT_AREA, SLOT_SHORT_LABEL, type AreaId } from '../catalog/slots'
import type { Recommendation } from '../recommend'
import { nothingPriced, usd } from '../cost/format'
import { midSentence } from '../text'

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
  const a = rec.answers as unknown as Record<string, string | string[]>
  // Few, short strings: the image renderer's cost grows with every glyph.
  const constraints = FIELDS.filter((f) => f.card !== undefined && (f.kind === 'single' || f.kind === 'multi') && fieldApplies(f.name, rec.answers.scope)).flatMap((f) => {
    const raw = a[f.name] as string | string[]
    // an answer not given, or an empty list, says nothing worth the room
    if (raw === 'unspecified' || (Array.isArray(raw) && raw.length === 0)) return []
    const value = Array.isArray(raw) ? raw.map((v) => labelOf(f.name, v, 'short')).join(', ') : midSentence(labelOf(f.name, raw, 'short'))
    return [cardText(f.card ? `${f.card}: ${value}` : value, 32)]
  })
  return {
    title: 'Recommended Day 2 stack',
    areas: [...groups.entries()].map(([area, picks]) => ({ area: AREA_LABEL[area], picks })),
    constraints,
    footer: `Day 2 Stack Advisor · data of ${rec.dataAsOf}${costLine(rec)}`,
  }
}

/** The stack's monthly estimate for the card's footer, short: " · about $4.2k a month, 2 slots unpriced". */
function costLine(rec: Recommendation): string {
  const t = rec.monthlyCost
  if (!t) return ''
  const unpriced = t.unknownSlots.length
  if (nothingPriced(t, rec.stack.filter((p) => p.vendor !== null).length)) return ' · cost: no published prices'
  return ` · about ${usd(t.expected)} a month${unpriced > 0 ? `, ${unpriced} slot${unpriced === 1 ? '' : 's'} unpriced` : ''}`
}
