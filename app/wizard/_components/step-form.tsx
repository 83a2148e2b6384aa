'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import type { ReactNode, RefObject } from 'react'
import { Controller, useForm, type FieldErrors, type Resolver } from 'react-hook-form'
import type { Actor } from 'xstate'
import { AREA_IDS, AREA_LABEL } from '@/lib/catalog/slots'
import type { wizardMachine } from '@/lib/wizard/machine'
import { QUESTIONS, type Field } from '@/lib/wizard/questions'
import { STEP_FIELDS, STEP_SCHEMAS, type DraftAnswers, type QuestionStep } from '@/lib/wizard/steps'
import type { VendorOption } from './wizard'

type Values = Record<string, unknown>

/** Values a step's form starts with: the saved answers, or the documented defaults. */
function defaultsFor(step: QuestionStep, answers: DraftAnswers): Values {
  const out: Values = {}
  for (const f of STEP_FIELDS[step]) out[f] = answers[f] ?? null
  if (step === 'sidecars' && out.mtls === null) out.mtls = 'preferred'
  if (step === 'scope' && out.scope === null) out.scope = []
  if (step === 'signals' && out.signals === null) out.signals = ['logs', 'metrics', 'traces']
  if (step === 'consolidation' && out.existingTools === null) out.existingTools = []
  return out
}

const errorText = (errors: FieldErrors<Values>, name: string) => {
  const e = errors[name]
  return typeof e?.message === 'string' ? e.message : undefined
}

/** One question step: a react-hook-form form validated by the same zod schema the engine uses. */
export function StepForm({
  step,
  answers,
  vendors,
  headingRef,
  actor,
}: {
  step: QuestionStep
  answers: DraftAnswers
  vendors: VendorOption[]
  headingRef: RefObject<HTMLHeadingElement | null>
  actor: Actor<typeof wizardMachine>
}) {
  const question = QUESTIONS[step]
  const form = useForm<Values>({
    resolver: zodResolver(STEP_SCHEMAS[step]) as unknown as Resolver<Values>,
    defaultValues: defaultsFor(step, answers),
    shouldFocusError: true,
  })
  const { register, handleSubmit, control, formState } = form

  const onSubmit = handleSubmit((data) => actor.send({ type: 'step.submitted', data }))
  const failed = Object.keys(formState.errors)

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="step-heading">
      <h1 id="step-heading" ref={headingRef} tabIndex={-1}>
        {question.title}
      </h1>
      <p className="help" id="step-help">
        {question.help}
      </p>
      {failed.length > 0 && (
        <div role="alert" className="error">
          {failed.map((name) => (
            <p key={name}>{errorText(formState.errors, name)}</p>
          ))}
        </div>
      )}
      {question.fields.map((field) => (
        <FieldSet key={field.name} field={field} error={errorText(formState.errors, field.name)}>
          {field.kind === 'single'
            ? field.options.map((o) => (
                <label key={o.value} className="option">
                  <input type="radio" value={o.value} {...register(field.name)} />
                  <span>
                    {o.label}
                    {o.hint && <span className="hint">{o.hint}</span>}
                  </span>
                </label>
              ))
            : (
                <Controller
                  control={control}
                  name={field.name}
                  render={({ field: f }) => (
                    <CheckboxList
                      name={field.name}
                      options={field.options}
                      value={(f.value as string[] | null) ?? []}
                      onChange={f.onChange}
                      inputRef={f.ref}
                    />
                  )}
                />
              )}
        </FieldSet>
      ))}
      {step === 'consolidation' && (
        <details className="card">
          <summary>Tools you already run (optional)</summary>
          <p className="muted small">They are favoured, and cost nothing under consolidation.</p>
          <Controller
            control={control}
            name="existingTools"
            render={({ field: f }) => (
              <>
                {AREA_IDS.map((area) => (
                  <fieldset key={area}>
                    <legend>{AREA_LABEL[area]}</legend>
                    <CheckboxList
                      name={`existingTools-${area}`}
                      options={vendors.filter((v) => v.area === area).map((v) => ({ value: v.id, label: v.name }))}
                      value={(f.value as string[] | null) ?? []}
                      onChange={f.onChange}
                    />
                  </fieldset>
                ))}
              </>
            )}
          />
        </details>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={() => actor.send({ type: 'step.back' })}>
          Back
        </button>
        <button type="submit" className="button primary">
          Next
        </button>
      </div>
    </form>
  )
}

function FieldSet({ field, error, children }: { field: Field; error?: string; children: ReactNode }) {
  const errorId = `${field.name}-error`
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend>{field.legend}</legend>
      {children}
      {error && (
        <p id={errorId} className="error">
          {field.legend}: {error}
        </p>
      )}
    </fieldset>
  )
}

/** Checkboxes that edit one array value; every other value in the array is kept as it was. */
function CheckboxList({
  name,
  options,
  value,
  onChange,
  inputRef,
}: {
  name: string
  options: { value: string; label: string; hint?: string }[]
  value: string[]
  onChange: (v: string[]) => void
  inputRef?: (el: HTMLInputElement | null) => void
}) {
  return (
    <>
      {options.map((o, i) => (
        <label key={o.value} className="option">
          <input
            type="checkbox"
            name={name}
            value={o.value}
            checked={value.includes(o.value)}
            ref={i === 0 ? inputRef : undefined}
            onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((x) => x !== o.value))}
          />
          <span>
            {o.label}
            {o.hint && <span className="hint">{o.hint}</span>}
          </span>
        </label>
      ))}
    </>
  )
}
