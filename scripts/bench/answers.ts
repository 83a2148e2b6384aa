import { readFileSync } from 'node:fs'
import { AnswersSchema, type AnswersInput } from '../../lib/answers/schema'
import { EMBEDDED_CATALOG } from '../../lib/catalog/embedded'
import { encodeShareToken } from '../../lib/share/codec'

/** The README's example: every area in scope. Benchmarks use it so their figures compare. */
export const FULL_SCOPE_ANSWERS = JSON.parse(readFileSync('examples/answers-platform-team.json', 'utf8')) as AnswersInput

export const FULL_SCOPE_TOKEN = encodeShareToken(AnswersSchema.parse(FULL_SCOPE_ANSWERS), EMBEDDED_CATALOG.version)
