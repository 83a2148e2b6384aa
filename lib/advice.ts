import { FIELD_BY_NAME, labelOf } from './answers/registry'
import { needsFor } from './answers/needs'
import type { Answers } from './answers/schema'
import type { Catalog } from './catalog/catalog'
import { SLOT_LABEL, type SlotId } from './catalog/slots'
import { chosenMode, isSidecar } from './scoring/mesh'
import { FIT_GATE, rankSlot, type SlotRanking } from './scoring/rank'

/** A tool the team runs that a hard constraint rules out, and where to go from it. */
export interface Conflict {
  tool: string
  name: string
  slots: { slot: SlotId; excludedBecause: string }[]
  migration?: { to: string; toName: string; path: string; source: string }
  /** One line a platform lead can act on. */
  advice: string
}

const HARD = ['open-source-required', 'air-gapped', 'self-hosted-required', 'compliance', 'must-have', 'audience', 'sidecars-avoided', 'mtls-required', 'end-of-life']

/**
 * Every tool already in use that the answers exclude from a slot in scope, with the constraint
 * that excludes it and the documented migration where one exists. A tool the team runs never
 * just disappears from the result.
 */
export function conflictsOf(answers: Answers, rankings: SlotRanking[], picks: Map<SlotId, string | null>, catalog: Catalog): Conflict[] {
  const out: Conflict[] = []
  for (const id of answers.existingTools) {
    const v = catalog.byId.get(id)
    if (!v) continue
    const slots: Conflict['slots'] = []
    const causes = new Set<string>()
    for (const r of rankings) {
      const i = r.entries.findIndex((e) => e.vendor === id)
      if (i < 0) continue
      const hard = r.basis[i]!.excludedBy.filter((c) => HARD.includes(c))
      if (hard.length === 0) continue
      hard.forEach((c) => causes.add(c))
      slots.push({ slot: r.slot, excludedBecause: r.entries[i]!.excludedBecause ?? '' })
    }
    if (slots.length === 0) continue
    const when = causes.has('end-of-life') ? 'end-of-life' : causes.has('open-source-required') ? 'licence' : undefined
    const m = v.migrations?.find((x) => x.when === when && x.to !== id)
    const pickNames = slots.map((s) => picks.get(s.slot)).filter((p): p is string => !!p && p !== id).map((p) => catalog.byId.get(p)?.name ?? p)
    const instead = pickNames.length > 0 ? [...new Set(pickNames)].join(' and ') : 'another product'
    const conflict: Conflict = { tool: id, name: v.name, slots, advice: '' }
    if (m) {
      const toName = catalog.byId.get(m.to)?.name ?? m.to
      conflict.migration = { to: m.to, toName, path: m.path, source: m.source }
      conflict.advice = `${v.name} cannot stay (${slots[0]!.excludedBecause}). Documented way off: ${toName}. ${m.path}`
    } else {
      conflict.advice = `${v.name} cannot stay (${slots[0]!.excludedBecause}). No documented migration path: plan a side-by-side rollout of ${instead} and move services over one at a time.`
    }
    out.push(conflict)
  }
  return out
}

const RELAX: { field: keyof Answers; when: string[]; to: string }[] = [
  { field: 'openSource', when: ['required'], to: 'preferred' },
  { field: 'hosting', when: ['self-hosted'], to: 'either' },
  { field: 'sidecars', when: ['avoid'], to: 'tolerate' },
  { field: 'mtls', when: ['strict', 'default-on'], to: 'preferred' },
]

/**
 * One-line explanations of how the answers narrow the field: answers that pull in different
 * directions, slots no product can fill (and which single answer would reopen them), slots only a
 * partial fit can fill, and how to run a kept tool the recommended way.
 */
export function notesOf(answers: Answers, rankings: SlotRanking[], picks: Map<SlotId, string | null>, catalog: Catalog): string[] {
  const notes: string[] = []
  if (answers.openSource === 'required' && answers.hosting === 'saas')
    notes.push('You require open source and prefer SaaS: open-source projects rarely sell a hosted service themselves, so most picks are self-run and the SaaS preference only orders what remains.')
  if (answers.platform === 'air-gapped') {
    notes.push('Air-gapped: SaaS products cannot reach your clusters, so every pick is software you run yourself.')
    if (answers.scope.includes('cost')) notes.push('Cloud cost: an air-gapped site has no cloud bill to analyse; Kubernetes cost management covers the cost of your clusters.')
  } else if (answers.hosting === 'self-hosted' && answers.scope.includes('cost'))
    notes.push('Self-hosting rules out the cloud-bill SaaS products: cloud cost is covered by tools you run in your own infrastructure.')
  for (const r of rankings) {
    const label = SLOT_LABEL[r.slot]
    const eligible = r.entries.filter((e) => e.eligible)
    if (answers.platform === 'air-gapped' && r.slot === 'cloud-cost') continue
    if (eligible.length === 0 && r.entries.length > 0) {
      const reopen: string[] = []
      for (const relax of RELAX) {
        if (!relax.when.includes(String(answers[relax.field]))) continue
        const wider = rankSlot(r.slot, { ...answers, [relax.field]: relax.to } as Answers, catalog).entries.filter((e) => e.eligible)
        if (wider.length > 0)
          reopen.push(`${FIELD_BY_NAME.get(relax.field)!.legend} "${labelOf(relax.field, relax.to)}" would admit ${wider.slice(0, 3).map((e) => e.name).join(', ')}`)
      }
      // a must-have nobody meets: say which one, and what making it a nice-to-have would admit
      for (const n of needsFor(answers, r.slot).filter((x) => x.level === 'must')) {
        const key = `${r.slot}/${n.capability.id}`
        const wider = rankSlot(r.slot, { ...answers, needs: { ...answers.needs, [key]: 'nice' } }, catalog).entries.filter((e) => e.eligible)
        if (wider.length > 0) reopen.push(`${n.capability.label} as a nice-to-have would admit ${wider.slice(0, 3).map((e) => e.name).join(', ')}`)
      }
      notes.push(`${label}: no product meets all your constraints.${reopen.length > 0 ? ` Relaxing one answer reopens it: ${reopen.join('; ')}.` : ''}`)
    } else if (eligible.length > 0 && eligible.every((e) => e.fit === 'partial')) {
      notes.push(`${label}: no product made for this slot meets your constraints, so the pick covers it only in part.`)
    }
    // a gated partial fit the team already runs: say why it is not the pick
    for (const [i, e] of r.entries.entries())
      if (answers.existingTools.includes(e.vendor) && r.basis[i]!.excludedBy.length === 1 && r.basis[i]!.excludedBy[0] === FIT_GATE)
        notes.push(`${label}: ${e.name}, which you run, covers this slot only in part; a product made for it is recommended alongside.`)
  }
  // a kept Istio runs in sidecar mode today, most likely: say how to move to the recommended mode
  for (const [slot, pick] of picks) {
    if (slot !== 'service-mesh' || !pick || !answers.existingTools.includes(pick)) continue
    const v = catalog.byId.get(pick)
    const mode = v && chosenMode(v, answers)
    const m = v?.migrations?.find((x) => x.when === 'mode')
    if (v && mode && !isSidecar(mode.plane) && m) notes.push(`${v.name}: if you run it with sidecars today, move to ${mode.plane} mode step by step: ${m.path}`)
  }
  return notes
}
