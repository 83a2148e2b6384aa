import { describe, expect, it } from 'vitest'
import { FIELDS } from '@/lib/answers/registry'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { evaluatePersonas, loadPersonas } from '../support/personas'

/**
 * The expert persona suite: realistic teams with, per slot, the picks an independent expert would
 * sign and why (tests/personas/teams.yaml, written without looking at the engine). Rules are never
 * tuned to a single team: each rule in lib/scoring cites the domain reason it exists.
 */
describe('the expert persona suite', () => {
  const teams = loadPersonas()
  const result = evaluatePersonas(teams, EMBEDDED_CATALOG)
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`
  console.info(
    `expert persona suite: ${teams.length} teams, ${result.verdicts.length} slots, agreement ${pct(result.agreement)}, fragile picks ${pct(result.fragileShare)}, reported ties ${result.ties}`,
  )

  it('holds at least 40 realistic teams whose answers the engine accepts', () => {
    expect(teams.length).toBeGreaterThanOrEqual(40)
    expect(result.invalid).toEqual([])
  })

  it('covers every question: each answer other than the default is given by some team', () => {
    const missing: string[] = []
    for (const f of FIELDS) {
      const given = teams.map((t) => t.answers[f.name]).filter((v) => v !== undefined)
      if (f.kind === 'single') {
        for (const o of f.options) if (o.value !== f.default && o.value !== 'unspecified' && !given.includes(o.value)) missing.push(`${f.name}=${o.value}`)
      } else if (f.kind === 'multi') {
        for (const o of f.options) if (!given.some((v) => Array.isArray(v) && v.includes(o.value))) missing.push(`${f.name}∋${o.value}`)
      } else if (f.kind === 'needs') {
        if (!given.some((v) => Object.keys(v as object).length > 0)) missing.push(f.name)
      } else if (!given.some((v) => Array.isArray(v) && v.length > 0)) missing.push(f.name)
    }
    expect(missing).toEqual([])
  })

  it('agrees with the expert on at least 95% of slots', () => {
    const disagreements = result.verdicts.filter((v) => !v.agrees).map((v) => `${v.team}/${v.slot}: ${v.pick} (expert: ${v.accept.join(', ')})`)
    expect(result.agreement, disagreements.join('\n')).toBeGreaterThanOrEqual(0.95)
  })

  it('calls at most 30% of its picks fragile', () => {
    expect(result.fragileShare).toBeLessThanOrEqual(0.3)
  })

  it('never settles a pick silently: a tie left by the answers and the data is said as a tie', () => {
    for (const v of result.verdicts.filter((x) => x.tie)) expect(v.tieReported, `${v.team}/${v.slot}`).toBe(true)
  })
})
