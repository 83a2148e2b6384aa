import { parseScenarios, SCENARIOS_KEY, serializeScenarios, type Scenario } from '@/lib/scenarios/store'

/** The scenarios this browser keeps; none when storage is blocked (private mode, policies). */
export function readScenarios(): Scenario[] {
  try {
    return parseScenarios(window.localStorage.getItem(SCENARIOS_KEY))
  } catch {
    return []
  }
}

/** False when the browser refuses to keep them (storage blocked or full), so the page can say so. */
export function writeScenarios(scenarios: readonly Scenario[]): boolean {
  try {
    window.localStorage.setItem(SCENARIOS_KEY, serializeScenarios(scenarios))
    return true
  } catch {
    return false
  }
}

/** An id for a new scenario; `randomUUID` needs a secure context, which plain-HTTP hosts are not. */
export function newScenarioId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}
