import { CAPABILITY_BY_KEY } from '../catalog/capabilities'
import { SLOT_LABEL } from '../catalog/slots'
import type { NeedLevel } from './fields'
import { FIELD_BY_NAME, labelOf } from './registry'

const LEVEL_WORDS: Record<NeedLevel, string> = { must: 'must-have', nice: 'nice-to-have', no: 'not needed' }

/**
 * An answer in words, as the review, reports and the CLI show it: option labels, vendor names,
 * "Not given" for a question skipped, and capability choices as "Logs: tiered storage (must-have)".
 */
export function describeAnswer(field: string, value: unknown, nameOf: (id: string) => string = (id) => id): string {
  const f = FIELD_BY_NAME.get(field)
  if (value === undefined || value === null) return 'Not answered'
  if (f?.kind === 'needs') {
    const entries = Object.entries(value as Record<string, NeedLevel>)
    if (entries.length === 0) return 'The defaults from your answers'
    return entries
      .map(([key, level]) => {
        const c = CAPABILITY_BY_KEY.get(key)
        return c ? `${SLOT_LABEL[c.slot]}: ${c.label} (${LEVEL_WORDS[level]})` : key
      })
      .join('; ')
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return 'None'
    return value.map((v) => (f?.kind === 'vendors' ? nameOf(String(v)) : labelOf(field, String(v)))).join(', ')
  }
  return value === 'unspecified' ? 'Not given' : labelOf(field, String(value))
}

export { LEVEL_WORDS }
