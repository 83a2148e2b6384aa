import { describeAnswer } from '../answers/describe'
import { figureWords } from '../answers/usage'
import { CRITERION_BY_ID } from '../scoring/criteria'
import type { CriterionId } from '../scoring/criteria-ids'
import { midSentence } from '../text'
import { FIELDS, fieldApplies } from '../answers/registry'
import type { Answers } from '../answers/schema'
import { vendorName } from '../catalog/build'
import type { Catalog } from '../catalog/catalog'
import { factsOf, type FactRow } from '../catalog/facts'
import { vendorHref } from '../catalog/links'
import { costText, stackCostText } from '../cost/format'
import { SLOT_LABEL, type SlotId } from '../catalog/slots'
import type { Recommendation } from '../recommend'
import { needsLines } from './needs-lines'

export interface ReportModel {
  title: string
  date: string
  dataVersion: string
  dataAsOf: string
  answers: { question: string; answer: string }[]
  /** What decided the stack, in words: hard requirements, must-haves, priorities, tools in use. */
  drivers: string[]
  stack: {
    slot: SlotId
    slotLabel: string
    vendor: string | null
    name: string
    score: number | null
    reasons: string[]
    runnersUp: string[]
    robustness: string
    /** The same, in parts for a table: how safe, the lead in points and over whom, how verified. */
    verdict: 'Robust' | 'Fragile' | 'Tied' | 'No pick'
    margin: number | null
    runnerUp: string | null
    fragile: boolean
    flips: string[]
    /** How much of what the score rests on is verified, in words. */
    confidence: string
    /** How the pick covers the team's must-haves and nice-to-haves, one line each. */
    needs: string[]
    /** What the pick costs a month, in words ("$4.2k a month ($2.9k–$6.1k)"), when estimated. */
    cost?: string
  }[]
  /** The stack's estimated monthly cost in a sentence with what it leaves out, and the defaults it assumed. */
  stackCost?: { summary: string; assumed: string[] }
  options: {
    slotLabel: string
    rows: { name: string; score: number; eligible: boolean; why: string }[]
    /** The excluded vendors grouped by the short form of their reason, so a reason is said once per slot. */
    excluded: { reason: string; names: string[] }[]
  }[]
  complements: { name: string; slots: string; note: string }[]
  risks: string[]
  /** The same risks apart, for a report that shows them in two places: what to watch, and what to verify. */
  watch: string[]
  verify: { name: string; facts: string[]; text: string }[]
  vendors: { name: string; facts: FactRow[]; sources: string[]; asOf: string; page?: string }[]
  /** The advisor's address for these answers, when the report knows where it is served. */
  shareUrl?: string
}

/**
 * Everything a report shows, as plain data: each renderer (Markdown, PDF, on-screen) formats the
 * same model, so the formats cannot disagree about the stack.
 */
export function buildReport(rec: Recommendation, catalog: Catalog, date: string, links?: { baseUrl: string; token: string }): ReportModel {
  const nameOf = (id: string) => vendorName(catalog, id)
  const a = rec.answers
  const answers = FIELDS.filter((f) => fieldApplies(f.name, a.scope))
    .filter((f) => f.kind !== 'vendors' || (a[f.name as keyof Answers] as string[]).length > 0)
    .filter((f) => f.kind !== 'needs' || Object.keys(a.needs).length > 0)
    .map((f) => ({ question: f.legend, answer: describeAnswer(f.name, a[f.name as keyof Answers], nameOf) }))
  if (a.weights)
    answers.push({
      question: 'Weight overrides',
      answer: Object.entries(a.weights)
        .map(([k, v]) => `${CRITERION_BY_ID.get(k as CriterionId)?.label ?? k} ${v}`)
        .join(', '),
    })
  const figures = figureWords(a)
  if (figures.length > 0) answers.push({ question: 'Exact figures for the cost estimates', answer: figures.join('; ') })

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
      verdict: r.winner === null ? ('No pick' as const) : r.tie ? ('Tied' as const) : r.fragile ? ('Fragile' as const) : ('Robust' as const),
      margin: r.tie ? 0 : r.margin,
      runnerUp: r.tie?.name ?? r.runnerUpName,
      fragile: r.fragile,
      flips: r.flips.map((f) => f.summary),
      confidence: p.confidence ? `facts ${p.confidence.level}${p.confidence.unverified > 0 ? ` (${p.confidence.unverified} unverified)` : ''}` : '',
      needs: needsLines(rec.slots[i]!.coverage),
      ...(p.monthlyCost ? { cost: costText(p.monthlyCost) } : {}),
    }
  })

  const options = rec.slots.map((slot) => {
    const groups = new Map<string, string[]>()
    for (const row of slot.ranking.filter((r) => !r.eligible)) {
      const reason = shortReason(row.excludedBecause ?? '')
      groups.set(reason, [...(groups.get(reason) ?? []), row.name])
    }
    return {
      slotLabel: slot.label,
      rows: slot.ranking.map((row) => ({
        name: row.name,
        score: row.score,
        eligible: row.eligible,
        why: row.eligible ? row.reasons.join('; ') : `Excluded: ${row.excludedBecause ?? ''}`,
      })),
      excluded: [...groups].map(([reason, names]) => ({ reason, names })),
    }
  })

  const picked = [...new Set(rec.stack.flatMap((p) => [p.vendor, ...p.runnersUp.map((r) => r.vendor)]).filter((v): v is string => v !== null))]
  // a compliance fact matters only to a team that needs that certification
  const needed = new Set(a.compliance.map((c) => COMPLIANCE_ROW[c]))
  const relevant = (f: FactRow) => !ALL_COMPLIANCE_ROWS.has(f.label) || needed.has(f.label)
  const vendors = picked.map((id) => {
    const v = catalog.byId.get(id)!
    const facts = factsOf(v).filter(relevant)
    return { name: v.name, facts, sources: v.sources, asOf: v.asOf, ...(links ? { page: `${links.baseUrl}${vendorHref(v.id)}` } : {}) }
  })

  // one list in order for the decision record; watch and verify keep the same items apart
  const risks: string[] = []
  const watch: string[] = []
  const verify: ReportModel['verify'] = []
  const toWatch = (text: string) => {
    risks.push(text)
    watch.push(text)
  }
  for (const text of [...rec.conflicts.map((c) => c.advice), ...rec.notes]) toWatch(text)
  for (const s of stack) if (s.fragile) toWatch(`${s.slotLabel}: ${s.name} is a fragile pick. ${s.flips[0] ?? ''}`.trim())
  for (const s of stack) if (s.vendor === null) toWatch(`${s.slotLabel}: no vendor meets the hard constraints; relax one of them or fill the slot outside this landscape.`)
  for (const id of new Set(rec.stack.map((p) => p.vendor).filter((v): v is string => v !== null))) {
    const v = catalog.byId.get(id)!
    const doubtful = factsOf(v)
      .filter((f) => f.unverified && relevant(f))
      .map((f) => f.label)
    if (doubtful.length > 0) {
      const text = `${v.name}: unverified facts (${doubtful.join(', ')}); confirm with the vendor before committing.`
      risks.push(text)
      verify.push({ name: v.name, facts: doubtful, text })
    }
    if (v.license.model === 'source-available') toWatch(`${v.name}: licensed ${v.license.spdx}, which is source-available, not open source.`)
  }
  if (rec.objective.newVendors > 1 && a.consolidation !== 'best-of-breed')
    toWatch(`The stack adds ${rec.objective.newVendors} vendors; each means a contract, a console and an integration to run.`)

  return {
    title: 'Kubernetes Day 2 stack recommendation',
    date,
    dataVersion: rec.dataVersion,
    dataAsOf: catalog.asOf,
    answers,
    drivers: driversOf(rec, nameOf),
    stack,
    options,
    complements: rec.complements.map((c) => ({ name: c.name, slots: c.slots.map((s) => SLOT_LABEL[s]).join(', '), note: c.note })),
    risks,
    watch,
    verify,
    vendors,
    ...(links ? { shareUrl: `${links.baseUrl}/r/${links.token}` } : {}),
    ...(rec.monthlyCost
      ? {
          stackCost: { summary: stackCostText(rec.monthlyCost, (s) => SLOT_LABEL[s as SlotId], rec.stack.filter((p) => p.vendor !== null).length), assumed: rec.monthlyCost.assumed },
        }
      : {}),
  }
}

/** The fact rows of each compliance requirement (see factsOf). */
const COMPLIANCE_ROW: Record<Answers['compliance'][number], string> = {
  fips: 'FIPS 140 cryptography',
  fedramp: 'FedRAMP',
  pci: 'PCI DSS',
  hipaa: 'HIPAA BAA',
  'eu-residency': 'EU data residency',
}
const ALL_COMPLIANCE_ROWS = new Set(Object.values(COMPLIANCE_ROW))

/** A why-not as a short group label: its first clause, without the detail in brackets or after a colon. */
export function shortReason(reason: string): string {
  const first = reason.split('; ')[0] ?? reason
  return first.replace(/\s*\(.*$/, '').replace(/:.*$/, '')
}

/**
 * What decided the stack: the hard requirements chosen, the must-haves per slot, the priorities
 * that weigh most and the tools in use, in the words of the questionnaire.
 */
function driversOf(rec: Recommendation, nameOf: (id: string) => string): string[] {
  const a = rec.answers
  const out: string[] = []
  for (const f of FIELDS) {
    if (f.kind !== 'single' || !fieldApplies(f.name, a.scope)) continue
    const o = f.options.find((x) => x.value === a[f.name as keyof Answers])
    if (o?.hard) out.push(`${f.legend}: ${o.label}${o.hint ? ` (${midSentence(o.hint)})` : ''}`)
  }
  if (a.compliance.length > 0) out.push(`Compliance: ${describeAnswer('compliance', a.compliance)}`)
  for (const slot of rec.slots) {
    const musts = slot.needs.filter((n) => n.level === 'must').map((n) => n.label)
    if (musts.length > 0) out.push(`${slot.label} must have: ${musts.join(', ')}`)
  }
  const priorities = (['costSensitivity', 'consolidation', 'platformTeam', 'platform'] as const).filter((f) => fieldApplies(f, a.scope) && a[f] !== 'unspecified')
  for (const f of priorities) out.push(`${FIELDS.find((x) => x.name === f)!.legend}: ${describeAnswer(f, a[f])}`)
  if (a.existingTools.length > 0) out.push(`Tools in use: ${a.existingTools.map(nameOf).join(', ')}${a.keep.length > 0 ? `; to keep: ${a.keep.map(nameOf).join(', ')}` : ''}`)
  return out
}

export const REPORT_FORMATS = ['pdf', 'md', 'json', 'radar', 'csv'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

// the exports say what they hold before the extension, so the files of one day stay apart
const FILE_SUFFIX: Record<ReportFormat, string> = { pdf: '.pdf', md: '.md', json: '.json', radar: '-radar.json', csv: '-rankings.csv' }

/** File name for a download: carries the date so saved reports sort and never collide by day. */
export function reportFileName(date: string, format: ReportFormat): string {
  return `day2-stack-recommendation-${date}${FILE_SUFFIX[format]}`
}
