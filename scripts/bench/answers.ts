import { readFileSync } from 'node:fs'
import { AnswersSchema, type AnswersInput } from '../../lib/answers/schema'
import { EMBEDDED_CATALOG } from '../../lib/catalog/embedded'
import { encodeShareToken } from '../../lib/share/codec'
import { CRITERION_IDS } from '../../lib/scoring/criteria-ids'

/** The README's example: every area in scope. Benchmarks use it so their figures compare. */
export const FULL_SCOPE_ANSWERS = JSON.parse(readFileSync('examples/answers-platform-team.json', 'utf8')) as AnswersInput

export const FULL_SCOPE_TOKEN = encodeShareToken(AnswersSchema.parse(FULL_SCOPE_ANSWERS), EMBEDDED_CATALOG)

/**
 * Distinct valid tokens for full-scope answers: each differs in its answers or weight overrides,
 * so every one is a separate render unless two happen to show the same card.
 */
export function distinctTokens(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const weights = Object.fromEntries(CRITERION_IDS.slice(0, 3).map((c, k) => [c, Math.floor(i / 11 ** k) % 11]))
    const answers = AnswersSchema.parse({
      ...FULL_SCOPE_ANSWERS,
      openSource: ['required', 'preferred', 'no-preference'][i % 3],
      sidecars: ['avoid', 'tolerate', 'fine'][i % 3],
      costSensitivity: 'medium',
      weights,
    })
    return encodeShareToken(answers, EMBEDDED_CATALOG)
  })
}
