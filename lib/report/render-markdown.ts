import type { ReportModel } from './build-report'

/** Markdown table cells: pipes and line breaks would break the table, so they are escaped. */
const cell = (s: string | number | null) => String(s ?? '—').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
const text = (s: string) => s.replace(/([\\`*_[\]<>])/g, '\\$1')

/** At most this many reasons per pick in the decision table: the full ranking is in the JSON report. */
const REASONS = 2
/** Eligible options named per slot. */
const OPTIONS = 3

/**
 * The report as a MADR 4 decision record (https://adr.github.io/madr/): status, deciders, date,
 * context, decision drivers, considered options, decision outcome, consequences. Short enough to
 * read in a review (at most 150 lines for every area in scope, checked by the tests): each fact
 * is said once, excluded vendors are grouped by reason, and vendor facts are left to the PDF and
 * JSON reports, which the "More information" section points to.
 */
export function renderMarkdown(m: ReportModel): string {
  const out: string[] = []
  const picks = [...new Set(m.stack.filter((s) => s.vendor !== null).map((s) => s.name))]
  out.push(`# Kubernetes Day 2 stack: ${text(picks.join(', ') || 'no pick')}`, '')
  out.push('- status: proposed', `- date: ${m.date}`, '- deciders: the platform team (add names)', `- vendor data: checked ${m.dataAsOf}, version ${m.dataVersion}`, '')

  out.push('## Context and Problem Statement', '')
  out.push(`We need one product per Day 2 slot (${m.stack.map((s) => s.slotLabel).join(', ')}). Our answers to the Day 2 Stack Advisor:`, '')
  for (const a of m.answers) out.push(`- ${text(a.question)}: ${text(a.answer)}`)
  out.push('')

  if (m.drivers.length > 0) {
    out.push('## Decision Drivers', '')
    for (const d of m.drivers) out.push(`- ${text(d)}`)
    out.push('')
  }

  out.push('## Considered Options', '')
  for (const o of m.options) {
    const eligible = o.rows.filter((r) => r.eligible).slice(0, OPTIONS)
    const named = eligible.map((r) => `${r.name} (${r.score})`).join(', ') || 'none eligible'
    const excluded = o.excluded.map((g) => `${g.names.join(', ')}: ${g.reason}`).join('; ')
    out.push(`- **${text(o.slotLabel)}**: ${text(named)}.${excluded ? ` Not eligible: ${text(excluded)}.` : ''}`)
  }
  out.push('')

  out.push('## Decision Outcome', '')
  out.push('Chosen option: this stack, the best-scoring one for our answers as a whole (the score is out of 100).', '')
  const priced = m.stackCost !== undefined
  out.push(`| Slot | Pick | Score | Why | Runners-up |${priced ? ' A month (USD) |' : ''}`, `| --- | --- | --- | --- | --- |${priced ? ' --- |' : ''}`)
  for (const s of m.stack)
    out.push(
      `| ${cell(s.slotLabel)} | ${cell(s.name)} | ${cell(s.score)} | ${cell(s.reasons.slice(0, REASONS).join('; '))} | ${cell(s.runnersUp.join(', '))} |${priced ? ` ${cell(s.cost ?? '—')} |` : ''}`,
    )
  out.push('')
  if (m.stackCost)
    out.push(
      `Estimated cost: ${text(m.stackCost.summary)}.${m.stackCost.assumed.length > 0 ? ` Assumed: ${text(m.stackCost.assumed.join('; '))}.` : ''} The JSON report has the basis of every figure.`,
      '',
    )
  if (m.complements.length > 0) {
    out.push('Use alongside the picks:', '')
    for (const c of m.complements) out.push(`- **${text(c.name)}** (${text(c.slots)}): ${text(c.note)}`)
    out.push('')
  }

  out.push('### Consequences', '')
  const good = m.stack.filter((s) => s.vendor !== null && s.needs.length > 0 && !s.needs.some((n) => /lacks|only in part|unverified/.test(n)))
  if (good.length > 0) out.push(`- Good, because every need we stated is covered for ${good.map((s) => s.slotLabel).join(', ')}.`)
  const solid = m.stack.filter((s) => s.vendor !== null && !s.fragile)
  if (solid.length > 0) out.push(`- Good, because ${solid.length} of ${m.stack.length} picks hold when a weight or a preference moves one step.`)
  const bad = new Set<string>()
  // a gap in a must-have, or a nice-to-have the pick lacks outright, is a consequence worth signing off
  for (const s of m.stack)
    for (const n of s.needs) if ((n.startsWith('Must-haves') && /lacks|only in part|unverified/.test(n)) || (n.startsWith('Nice-to-haves') && /lacks/.test(n))) bad.add(`${s.slotLabel}: ${s.name}: ${n}`)
  for (const r of m.risks) bad.add(r)
  for (const b of bad) out.push(`- Bad: ${text(b)}`)
  out.push('')

  out.push('### Confirmation', '')
  out.push('Re-run the advisor from the share link after any change of answers or vendor data, and check the unverified facts with the vendors before signing.', '')

  out.push('## More Information', '')
  out.push('- The PDF report has every vendor fact and the full ranking per slot; the JSON report is the engine output.')
  for (const v of m.vendors.filter((x) => picks.includes(x.name)))
    out.push(`- ${v.page ? `[${text(v.name)}](${v.page})` : text(v.name)}: facts checked ${v.asOf}; ${v.sources.slice(0, 2).map((s) => `<${s}>`).join(', ')}`)
  if (m.shareUrl) out.push(`- These answers in the advisor, to re-run or change: <${m.shareUrl}>`)
  return `${out.join('\n').trimEnd()}\n`
}
