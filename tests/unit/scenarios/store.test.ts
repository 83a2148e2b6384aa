import { describe, expect, it } from 'vitest'
import { addScenario, MAX_SCENARIOS, parseScenarios, removeScenario, serializeScenarios, type Scenario } from '@/lib/scenarios/store'

const NOW = new Date('2026-11-25T12:00:00.000Z')
const add = (list: Scenario[], name: string, id = name) => {
  const r = addScenario(list, { id, name, token: '2AbC_d-9', dataVersion: '2026-11-24.f4c375c3', now: NOW })
  if (!r.ok) throw new Error(r.error)
  return r.scenarios
}

describe('stored scenarios', () => {
  it('round-trips what was saved', () => {
    const list = add(add([], 'Today'), 'Open source only')
    expect(parseScenarios(serializeScenarios(list))).toEqual(list)
    expect(list[1]).toEqual({ id: 'Open source only', name: 'Open source only', token: '2AbC_d-9', savedAt: '2026-11-25T12:00:00.000Z', dataVersion: '2026-11-24.f4c375c3' })
  })

  it('reads nothing, garbage or another version as no scenarios, without throwing', () => {
    for (const text of [null, '', '{', 'null', '[]', '{"v":2,"scenarios":[]}', '{"v":1,"scenarios":{}}', '{"v":1}'])
      expect(parseScenarios(text)).toEqual([])
  })

  it('drops only the scenarios that no longer validate, and repeated ids', () => {
    const good = add([], 'Kept')[0]!
    const text = JSON.stringify({ v: 1, scenarios: [good, { ...good, id: 'x', name: '' }, { ...good, id: 'y', token: 'not a token!' }, 5, { ...good, name: 'Twin' }] })
    expect(parseScenarios(text)).toEqual([good])
  })

  it('trims names and refuses an empty or too long one', () => {
    expect(add([], '  Spaced  ')[0]?.name).toBe('Spaced')
    const r = (name: string) => addScenario([], { id: 'a', name, token: '2AbC', dataVersion: 'v', now: NOW })
    expect(r('   ')).toEqual({ ok: false, error: 'Give the scenario a name.' })
    expect(r('x'.repeat(81)).ok).toBe(false)
    expect(r('x'.repeat(80)).ok).toBe(true)
  })

  it('refuses a scenario beyond the most the browser keeps, and keeps at most that many from a store', () => {
    let list: Scenario[] = []
    for (let i = 0; i < MAX_SCENARIOS; i++) list = add(list, `S${i}`)
    expect(addScenario(list, { id: 'z', name: 'One more', token: '2AbC', dataVersion: 'v', now: NOW }).ok).toBe(false)
    const over = JSON.stringify({ v: 1, scenarios: [...list, { ...list[0], id: 'extra' }] })
    expect(parseScenarios(over)).toHaveLength(MAX_SCENARIOS)
  })

  it('removes a scenario by id', () => {
    const list = add(add([], 'A'), 'B')
    expect(removeScenario(list, 'A').map((s) => s.name)).toEqual(['B'])
  })
})
