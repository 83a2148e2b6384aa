import { describeAnswer } from '../answers/describe'
import { FIELDS, fieldApplies } from '../answers/registry'
import type { Answers } from '../answers/schema'
import { vendorName } from '../catalog/build'
import type { Catalog } from '../catalog/catalog'
import { factsOf, type FactRow } from '../catalog/facts'
import { SLOT_LABEL, type SlotId } from '../catalog/slots'
import type { Recommendation } from '../recommend'
import { needsLines } from './needs-lines'

export interface ReportModel {
  title: string
  date: string
  dataVersion: string
  dataAsOf: string
  answers: { question: string; answer: string }[]
  stack: {
    slot: SlotId
    slotLabel: string
    vendor: string | null
    name: string
    score: number | null
    reasons: string[]
    runnersUp: string[]
    robustness: string
    fragile: boolean
    flips: string[]
    /** How much of what the score rests on is verified, in words. */
    confidence: string
    /** How the pick covers the team's must-haves and nice-to-haves, one line each. */
    needs: string[]
  }[]
  options: { slotLabel: string; rows: { name: string; score: number; eligible: boolean; why: string }[] }[]
  complements: { name: string; slots: string; note: string }[]
  risks: string[]
  vendors: { name: string; facts: FactRow[]; sources: string[]; asOf: string }[]
}

/**
 * Everything a report shows, as plain data: each renderer (Markdown, PDF, on-screen) formats the
 * same model, so the formats cannot disagree about the stack.
 */
export function buildReport(rec: Recommendation, catalog: Catalog, date: string): ReportModel {
  const nameOf = (id: string) => vendorName(catalog, id)
  const a = rec.answers
  const answers = FIELDS.filter((f) => fieldApplies(f.name, a.scope))
    .filter((f) => f.kind !== 'vendors' || (a[f.name as keyof Answers] as string[]).length > 0)
    .filter((f) => f.kind !== 'needs' || Object.keys(a.needs).length > 0)
    .map((f) => ({ question: f.legend, answer: describeAnswer(f.name, a[f.name as keyof Answers], nameOf) }))
  if (a.weights) answers.push({ question: 'Weight overrides', answer: Object.entries(a.weights).map(([k, v]) => `${k} ${v}`).join(', ') })

  const stack = rec.stack.map((p, i) => {
    const r = rec.slots[i]!.robustness
    return {
      slot: p.slot,
      slotLabel: SLOT_LABEL[p.slot],
      vendor: p.vendor,
      name: p.name ?? 'No pick',
      score: p.score,
      reasons: p.reasons,
      runnersUp: p.runnersUp.map((x) => `${x.name} (${x.score})`),
      robustness:
        r.winner === null
          ? 'No eligible vendor'
          : `${r.tie ? `Tied with ${r.tie.name}` : r.fragile ? 'Fragile' : 'Robust'}${r.margin !== null && !r.tie ? `: margin ${r.margin} points over ${r.runnerUpName}` : r.tie ? '' : ': no runner-up'}${p.confidence ? `; facts ${p.confidence.level}` : ''}`,
      fragile: r.fragile,
      flips: r.flips.map((f) => f.summary),
      confidence: p.confidence ? `facts ${p.confidence.level}${p.confidence.unverified > 0 ? ` (${p.confidence.unverified} unverified)` : ''}` : '',
      needs: needsLines(rec.slots[i]!.coverage),
    }
  })

  const options = rec.slots.map((slot) => ({
    slotLabel: slot.label,
    rows: slot.ranking.map((row) => ({
      name: row.name,
      score: row.score,
      eligible: row.eligible,
      why: row.eligible ? row.reasons.join('; ') : `Excluded: ${row.excludedBecause ?? ''}`,
    })),
  }))

  const picked = [...new Set(rec.stack.flatMap((p) => [p.vendor, ...p.runnersUp.map((r) => r.vendor)]).filter((v): v is string => v !== null))]
  const vendors = picked.map((id) => {
    const v = catalog.byId.get(id)!
    return { name: v.name, facts: factsOf(v), sources: v.sources, asOf: v.asOf }
  })

  const risks: string[] = [...rec.conflicts.map((c) => c.advice), ...rec.notes]
  for (const s of stack) if (s.fragile) risks.push(`${s.slotLabel}: ${s.name} is a fragile winner (${s.robustness.toLowerCase()}). ${s.flips[0] ?? ''}`.trim())
  for (const s of stack) if (s.vendor === null) risks.push(`${s.slotLabel}: no vendor meets the hard constraints; relax one of them or fill the slot outside this landscape.`)
  for (const id of new Set(rec.stack.map((p) => p.vendor).filter((v): v is string => v !== null))) {
    const v = catalog.byId.get(id)!
    const doubtful = factsOf(v).filter((f) => f.unverified).map((f) => f.label)
    if (doubtful.length > 0) risks.push(`${v.name}: unverified facts (${doubtful.join(', ')}); confirm with the vendor before committing.`)
    if (v.license.model === 'source-available') risks.push(`${v.name}: licensed ${v.license.spdx}, which is source-available, not open source.`)
  }
  if (rec.objective.newVendors > 1 && a.consolidation !== 'best-of-breed')
    risks.push(`The stack adds ${rec.objective.newVendors} vendors; each means a contract, a console and an integration to run.`)

  return {
    title: 'Kubernetes Day 2 stack recommendation',
    date,
    dataVersion: rec.dataVersion,
    dataAsOf: catalog.asOf,
    answers,
    stack,
    options,
    complements: rec.complements.map((c) => ({ name: c.name, slots: c.slots.map((s) => SLOT_LABEL[s]).join(', '), note: c.note })),
    risks,
    vendors,
  }
}

/** File name for a download: carries the date so saved reports sort and never collide by day. */
export function reportFileName(date: string, ext: 'md' | 'pdf' | 'json'): string {
  return `day2-stack-recommendation-${date}.${ext}`
}
