import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { z } from 'zod'
import { AnswersSchema } from '@/lib/answers/schema'
import type { Catalog } from '@/lib/catalog/catalog'
import { SLOT_IDS, type SlotId } from '@/lib/catalog/slots'
import { recommend, type Recommendation } from '@/lib/recommend'

/**
 * The expert persona suite (tests/personas/teams.yaml): realistic teams, their answers, and per
 * slot the picks an independent expert would sign, with a rationale and public sources. Written
 * without looking at the engine; the engine is measured against it, never the other way round.
 */
const Expectation = z.object({
  accept: z.array(z.string()).min(1),
  best: z.string(),
  rationale: z.string().min(20),
  sources: z.array(z.url({ protocol: /^https$/ })).min(1),
})
const Team = z.object({
  id: z.string(),
  team: z.string().min(40),
  answers: z.record(z.string(), z.unknown()),
  expect: z.partialRecord(z.enum(SLOT_IDS), Expectation),
})
const Suite = z.object({ teams: z.array(Team).min(30) })
export type PersonaTeam = z.infer<typeof Team>

export function loadPersonas(file = 'tests/personas/teams.yaml'): PersonaTeam[] {
  return Suite.parse(parse(readFileSync(file, 'utf8'))).teams
}

export interface SlotVerdict {
  team: string
  slot: SlotId
  pick: string | null
  accept: string[]
  best: string
  agrees: boolean
  fragile: boolean
  tie: boolean
  /** The pick's reasons say it is tied, naming the other vendor. */
  tieReported: boolean
}

export interface SuiteResult {
  verdicts: SlotVerdict[]
  agreement: number
  fragileShare: number
  ties: number
  /** Teams whose answers the schema refused (a suite or schema problem, reported, never skipped). */
  invalid: { team: string; issues: string }[]
}

/** Runs every team through the engine and compares each slot's pick with the expert's accept list. */
export function evaluatePersonas(teams: PersonaTeam[], catalog: Catalog): SuiteResult {
  const verdicts: SlotVerdict[] = []
  const invalid: SuiteResult['invalid'] = []
  for (const t of teams) {
    const parsed = AnswersSchema.safeParse(t.answers)
    if (!parsed.success) {
      invalid.push({ team: t.id, issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') })
      continue
    }
    const rec: Recommendation = recommend(parsed.data, catalog)
    for (const [i, pick] of rec.stack.entries()) {
      const e = t.expect[pick.slot]
      if (!e) continue
      const slot = rec.slots[i]!
      verdicts.push({
        team: t.id,
        slot: pick.slot,
        pick: pick.vendor,
        accept: e.accept,
        best: e.best,
        agrees: e.accept.includes(pick.vendor ?? 'none'),
        fragile: slot.robustness.fragile,
        tie: slot.robustness.tie !== undefined,
        tieReported: slot.robustness.tie !== undefined && pick.reasons.some((r) => r.startsWith(`Tied with ${slot.robustness.tie!.name}`)),
      })
    }
    for (const slot of Object.keys(t.expect) as SlotId[])
      if (!rec.stack.some((p) => p.slot === slot)) invalid.push({ team: t.id, issues: `expects slot ${slot}, which its scope does not ask for` })
  }
  const agreed = verdicts.filter((v) => v.agrees).length
  return {
    verdicts,
    agreement: verdicts.length === 0 ? 0 : agreed / verdicts.length,
    fragileShare: verdicts.length === 0 ? 0 : verdicts.filter((v) => v.fragile).length / verdicts.length,
    ties: verdicts.filter((v) => v.tie).length,
    invalid,
  }
}
