'use client'

import { Controller, type Control } from 'react-hook-form'
import type { NeedLevel } from '@/lib/answers/fields'
import { needsFor } from '@/lib/answers/needs'
import { slotsInScope } from '@/lib/answers/scope'
import { SLOT_LABEL } from '@/lib/catalog/slots'
import { draftWithDefaults, type DraftAnswers } from '@/lib/wizard/steps'

const LEVELS: { value: NeedLevel; label: string }[] = [
  { value: 'must', label: 'Must-have' },
  { value: 'nice', label: 'Nice-to-have' },
  { value: 'no', label: 'Not needed' },
]

/**
 * Must-have / nice-to-have / not needed per capability of each slot in scope, starting from the
 * defaults the earlier answers give. Only choices that differ from those defaults are stored, so
 * changing an earlier answer still moves every level the user did not set.
 */
export function NeedsEditor({ name, control, answers }: { name: string; control: Control<Record<string, unknown>>; answers: DraftAnswers }) {
  const base = draftWithDefaults({ ...answers, needs: {} })
  const slots = slotsInScope(base)
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const chosen = (field.value as Record<string, NeedLevel> | null) ?? {}
        const set = (key: string, level: NeedLevel, fallback: NeedLevel) => {
          const next = { ...chosen }
          if (level === fallback) delete next[key]
          else next[key] = level
          field.onChange(next)
        }
        return (
          <div className="needs">
            <p className="muted small">
              Open a slot to change what it must or should do. Leave them closed to keep the defaults.
            </p>
            <button type="button" className="button link" onClick={() => field.onChange({})} disabled={Object.keys(chosen).length === 0}>
              Reset to the defaults
            </button>
            {slots.map((slot) => {
              const defaults = needsFor(base, slot)
              const levelOf = (id: string, fallback: NeedLevel) => chosen[`${slot}/${id}`] ?? fallback
              const musts = defaults.filter((n) => levelOf(n.capability.id, n.level) === 'must').length
              const nices = defaults.filter((n) => levelOf(n.capability.id, n.level) === 'nice').length
              return (
                <details key={slot} className="card needs-slot">
                  <summary>
                    {SLOT_LABEL[slot]}: {musts} must-have{musts === 1 ? '' : 's'}, {nices} nice-to-have{nices === 1 ? '' : 's'}
                  </summary>
                  {defaults.map((n) => {
                    const key = `${slot}/${n.capability.id}`
                    const current = levelOf(n.capability.id, n.level)
                    return (
                      <fieldset key={key} className="need">
                        <legend>
                          {n.capability.label}
                          <span className="hint">
                            {n.capability.description}
                            {n.why ? ` Default ${LEVELS.find((l) => l.value === n.level)!.label.toLowerCase()}: ${n.why}.` : ''}
                          </span>
                        </legend>
                        <div className="segmented">
                          {LEVELS.map((l) => (
                            <label key={l.value}>
                              <input type="radio" name={key} value={l.value} checked={current === l.value} onChange={() => set(key, l.value, n.level)} />
                              <span>{l.label}</span>
                            </label>
                          ))}
                        </div>
                      </fieldset>
                    )
                  })}
                </details>
              )
            })}
          </div>
        )
      }}
    />
  )
}
