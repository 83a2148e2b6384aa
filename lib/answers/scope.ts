import { SIGNAL_SLOT, SLOT_AREA, SLOT_IDS, type SlotId } from '../catalog/slots'
import type { Answers } from './schema'

/** The slots a set of answers asks for, in stack order: the areas in scope, observability per signal. */
export function slotsInScope(answers: Pick<Answers, 'scope' | 'signals'>): SlotId[] {
  const signalSlots = new Set(answers.signals.map((s) => SIGNAL_SLOT[s]))
  return SLOT_IDS.filter((slot) => {
    const area = SLOT_AREA[slot]
    if (!answers.scope.includes(area)) return false
    return area !== 'observability' || signalSlots.has(slot)
  })
}
