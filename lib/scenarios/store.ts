import * as z from 'zod/mini'
import { MAX_TOKEN_LENGTH } from '../share/codec'

/**
 * Named scenarios as the browser keeps them. Only the share token is stored, so a scenario is its
 * share link and nothing on a server. Parsed on the way in: a store from an older version or
 * edited by hand never crashes the page; what no longer fits is dropped, one scenario at a time.
 */
export const MAX_SCENARIOS = 50
export const MAX_NAME_LENGTH = 80
export const SCENARIOS_KEY = 'day2-advisor.scenarios'

export const ScenarioSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
  token: z.string().check(z.minLength(2), z.maxLength(MAX_TOKEN_LENGTH), z.regex(/^[A-Za-z0-9_-]+$/)),
  savedAt: z.iso.datetime(),
  dataVersion: z.string().check(z.maxLength(64)),
})
export type Scenario = z.output<typeof ScenarioSchema>

const StoredScenariosSchema = z.object({
  v: z.literal(1),
  scenarios: z.array(z.unknown()),
})

export function serializeScenarios(scenarios: readonly Scenario[]): string {
  return JSON.stringify({ v: 1, scenarios })
}

/** The scenarios a stored text holds; an empty list for nothing, garbage or another version. */
export function parseScenarios(text: string | null): Scenario[] {
  if (text === null) return []
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return []
  }
  const parsed = StoredScenariosSchema.safeParse(json)
  if (!parsed.success) return []
  const seen = new Set<string>()
  const out: Scenario[] = []
  for (const item of parsed.data.scenarios) {
    const s = ScenarioSchema.safeParse(item)
    // a duplicated id would make delete ambiguous: the first one wins
    if (!s.success || seen.has(s.data.id)) continue
    seen.add(s.data.id)
    out.push(s.data)
    if (out.length === MAX_SCENARIOS) break
  }
  return out
}

export type AddResult = { ok: true; scenarios: Scenario[]; scenario: Scenario } | { ok: false; error: string }

/** Adds a scenario at the end; refuses, with a reason a person can read, a bad name or a full store. */
export function addScenario(scenarios: readonly Scenario[], input: { id: string; name: string; token: string; dataVersion: string; now: Date }): AddResult {
  const name = input.name.trim()
  if (name.length === 0) return { ok: false, error: 'Give the scenario a name.' }
  if (name.length > MAX_NAME_LENGTH) return { ok: false, error: `Keep the name to ${MAX_NAME_LENGTH} characters or fewer.` }
  if (scenarios.length >= MAX_SCENARIOS) return { ok: false, error: `You have ${MAX_SCENARIOS} scenarios, the most this browser keeps: delete one first.` }
  const parsed = ScenarioSchema.safeParse({ id: input.id, name, token: input.token, savedAt: input.now.toISOString(), dataVersion: input.dataVersion })
  if (!parsed.success) return { ok: false, error: 'These answers cannot be saved as a scenario.' }
  return { ok: true, scenarios: [...scenarios, parsed.data], scenario: parsed.data }
}

export function removeScenario(scenarios: readonly Scenario[], id: string): Scenario[] {
  return scenarios.filter((s) => s.id !== id)
}
