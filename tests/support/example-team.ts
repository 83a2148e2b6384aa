import { readFileSync } from 'node:fs'
import type { AnswersInput } from '@/lib/answers/schema'

/** The README's example team (every area in scope, cost-sensitive), as a client sends it: `examples/answers-platform-team.json`. */
export const EXAMPLE_TEAM = JSON.parse(readFileSync('examples/answers-platform-team.json', 'utf8')) as AnswersInput
