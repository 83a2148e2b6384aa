import type { ReportModel } from './build-report'

/** Markdown table cells: pipes and line breaks would break the table, so they are escaped. */
const cell = (s: string | number | null) => String(s ?? '—').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
const text = (s: string) => s.replace(/([\\`*_[\]<>])/g, '\\$1')

/** The report as an architecture decision record: context, decision, options, consequences. */
export function renderMarkdown(m: ReportModel): string {
  const out: string[] = []
  out.push(`# ADR: ${m.title}`, '')
  out.push(`- Status: proposed`, `- Date: ${m.date}`, `- Data version: ${m.dataVersion} (vendor facts checked ${m.dataAsOf})`, '')
  out.push('## Context', '', 'The platform team answered the Day 2 Stack Advisor questionnaire:', '')
  out.push('| Question | Answer |', '| --- | --- |', ...m.answers.map((a) => `| ${cell(a.question)} | ${cell(a.answer)} |`), '')
  out.push('## Decision', '', 'Adopt this stack, one pick per slot:', '')
  out.push('| Slot | Pick | Score | Why | Runners-up |', '| --- | --- | --- | --- | --- |')
  for (const s of m.stack) out.push(`| ${cell(s.slotLabel)} | ${cell(s.name)} | ${cell(s.score)} | ${cell([...s.reasons, ...s.needs].join('; '))} | ${cell(s.runnersUp.join(', '))} |`)
  out.push('')
  if (m.complements.length > 0) {
    out.push('Use alongside the picks:', '')
    for (const c of m.complements) out.push(`- **${text(c.name)}** (${text(c.slots)}): ${text(c.note)}`)
    out.push('')
  }
  out.push('## Options considered', '')
  for (const o of m.options) {
    out.push(`### ${text(o.slotLabel)}`, '', '| Vendor | Score | Eligible | Why / why not |', '| --- | --- | --- | --- |')
    for (const r of o.rows) out.push(`| ${cell(r.name)} | ${cell(r.score)} | ${r.eligible ? 'yes' : 'no'} | ${cell(r.why)} |`)
    out.push('')
  }
  out.push('## Consequences and risks', '')
  for (const s of m.stack) {
    out.push(`- **${text(s.slotLabel)}**: ${text(s.robustness)}.`)
    for (const f of s.flips.slice(0, 3)) out.push(`  - ${text(f)}`)
  }
  for (const r of m.risks) out.push(`- ${text(r)}`)
  out.push('')
  out.push('## Vendor facts', '')
  for (const v of m.vendors) {
    out.push(`### ${text(v.name)}`, '')
    for (const f of v.facts) out.push(`- ${text(f.label)}: ${text(f.value)}${f.unverified ? ' _(unverified)_' : ''}`)
    out.push(`- Sources (checked ${v.asOf}):`)
    for (const s of v.sources) out.push(`  - <${s}>`)
    out.push('')
  }
  return `${out.join('\n').trimEnd()}\n`
}
