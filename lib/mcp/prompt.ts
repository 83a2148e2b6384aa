import { conditionOf, QUESTIONS } from '../answers/registry'
import type { FieldDef } from '../answers/fields'
import { FIGURES, pathOf } from '../answers/usage'
import { NEED_LEVELS } from '../answers/fields'
import { CAPABILITY_BY_KEY, NEED_KEYS } from '../catalog/capabilities'
import { SLOT_LABEL } from '../catalog/slots'
import { CRITERION_IDS } from '../scoring/criteria-ids'

/**
 * The questionnaire as one message for an agent, written from the question registry so it cannot
 * drift from what the wizard asks and the recommend tool accepts: every question in the wizard's
 * order, each field with its name, its options (values to send, labels to show, hints) and when
 * it is asked, then how to call the tools.
 */
export function questionnairePrompt(): string {
  const asked = QUESTIONS.flatMap((q) => q.fields as readonly FieldDef[]).filter((f) => f.required && !conditionOf(f.name))
  const lines = [
    'Help me choose a Kubernetes Day 2 stack with the Day 2 Stack Advisor tools.',
    '',
    'Ask me the questions below, one question at a time, in this order. Ask first which areas the stack should cover (`scope`): most later questions are asked only when their area is in scope, so skip a question whose condition does not hold. ' +
      `Only ${asked.map((f) => `\`${f.name}\``).join(', ')} and, with the service mesh in scope, \`sidecars\` must be answered; for any other question I may say "skip" or "not sure", and then leave the field out (it takes its default).`,
    'Offer the options by their labels and send their values. Do not guess facts about my team (platform, size, compliance, volumes): ask, or leave the field out.',
    '',
    'When the questions are done, call the `recommend` tool with `{"answers": {...}}`, using the field names below. If it returns an error, it names the field: fix that answer (ask me if needed) and call it again. ' +
      'Then show me the stack: per slot the pick, its main reasons and its monthly cost, the stack total, any conflicts and notes, and the share link (`share.url`). ' +
      'When I ask why a vendor was or was not chosen, call `explain_slot` with the same answers and the slot; use `get_vendor` and `compare_vendors` for facts and their sources.',
  ]
  QUESTIONS.forEach((q, i) => {
    lines.push('', `## ${i + 1}. ${q.title}`, q.help)
    for (const f of q.fields as readonly FieldDef[]) lines.push(...fieldLines(f))
  })
  lines.push(
    '',
    '## Optional: what-if weights',
    `\`weights\` overrides how much a criterion counts, 0-10 per criterion (${CRITERION_IDS.map((c) => `\`${c}\``).join(', ')}), e.g. \`{"openness": 8}\`; leave it out unless I ask to weigh something differently.`,
    '',
    '## Optional: exact figures for the monthly costs',
    'If I give exact numbers, send them instead of (or next to) the bands; a figure sets its band, and a band I also give must agree with it. Leave out what I do not know: the estimate lists the defaults it took (`monthlyCost.assumed`).',
    ...FIGURES.map((f) => `- \`${pathOf(f)}\` (${f.about}${f.kind === 'number' ? `; ${f.int ? 'a whole number' : 'a number'} from ${f.min} to ${f.max}` : ''}${f.kind === 'number' && f.band ? `; sets \`${f.band.field}\`` : ''})`),
  )
  return lines.join('\n')
}

function fieldLines(f: FieldDef): string[] {
  const when = conditionOf(f.name)
  const must = f.required && !when ? 'required' : f.required ? 'required when asked' : 'optional'
  const head = `- \`${f.name}\` (${f.legend}; ${kindText(f)}; ${must}${when ? `; asked ${when}` : ''})`
  switch (f.kind) {
    case 'single':
    case 'multi':
      return [head, ...f.options.map((o) => `  - \`${o.value}\`: ${o.label}${o.hint ? `. ${o.hint}` : ''}${o.hard ? ' (a hard constraint: rules products out)' : ''}`)]
    case 'vendors':
      return [`${head}: vendor ids from \`list_vendors\`, at most ${f.maxItems}${f.subsetOf ? `, each also in \`${f.subsetOf}\`` : ''}`]
    case 'needs':
      return [
        `${head}: an object from "<slot>/<capability>" to one of ${NEED_LEVELS.map((l) => `"${l}"`).join(', ')}; only what I want different from the defaults. Capabilities:`,
        ...Object.entries(groupBySlot()).map(([slot, caps]) => `  - ${slot}: ${caps.join(', ')}`),
      ]
  }
}

function kindText(f: FieldDef): string {
  if (f.kind === 'single') return `one of; default \`${f.default}\``
  if (f.kind === 'multi') return `one or more${f.minItems > 0 ? `, at least ${f.minItems}` : ''}`
  if (f.kind === 'vendors') return 'a list of vendor ids'
  return 'levels per capability'
}

function groupBySlot(): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const key of NEED_KEYS) {
    const c = CAPABILITY_BY_KEY.get(key)!
    ;(out[SLOT_LABEL[c.slot]] ??= []).push(`\`${key}\` (${c.label})`)
  }
  return out
}
