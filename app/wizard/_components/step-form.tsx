'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import type { ReactNode, RefObject } from 'react'
import { Controller, useForm, type FieldErrors, type Resolver } from 'react-hook-form'
import type { Actor } from 'xstate'
import type { FieldDef } from '@/lib/answers/fields'
import { QUESTIONS } from '@/lib/answers/registry'
import { AREA_IDS, AREA_LABEL } from '@/lib/catalog/slots'
import type { wizardMachine } from '@/lib/wizard/machine'
import { STEP_SCHEMAS, type DraftAnswers, type QuestionStep } from '@/lib/wizard/steps'
import type { VendorOption } from './wizard'

type Values = Record<string, unknown>

const QUESTION_BY_ID = new Map(QUESTIONS.map((q) => [q.id as string, q]))

/** Values a step's form starts with: the saved answers, else the registry's default where it is an honest one. */
function defaultsFor(fields: readonly FieldDef[], answers: DraftAnswers): Values {
  const out: Values = {}
  for (const f of fields) {
    const saved = answers[f.name as keyof DraftAnswers]
    if (saved !== undefined) out[f.name] = saved
    else if (f.prefill) out[f.name] = Array.isArray(f.default) ? [...f.default] : f.default
    else out[f.name] = f.kind === 'single' ? null : []
  }
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
  const question = QUESTION_BY_ID.get(step)!
  const form = useForm<Values>({
    resolver: zodResolver(STEP_SCHEMAS[step]) as unknown as Resolver<Values>,
    defaultValues: defaultsFor(question.fields, answers),
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
      {question.fields.map((field) =>
        field.kind === 'vendors' ? (
          <details key={field.name} className="card">
            <summary>{field.legend} (optional)</summary>
            <p className="muted small">They are favoured, and cost nothing under consolidation.</p>
            <Controller
              control={control}
              name={field.name}
              render={({ field: f }) => (
                <>
                  {AREA_IDS.map((area) => (
                    <fieldset key={area}>
                      <legend>{AREA_LABEL[area]}</legend>
                      <CheckboxList
                        name={`${field.name}-${area}`}
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
        ) : (
          <FieldSet key={field.name} legend={field.legend} name={field.name} error={errorText(formState.errors, field.name)}>
            {field.kind === 'single' ? (
              field.options.map((o) => (
                <label key={o.value} className="option">
                  <input type="radio" value={o.value} {...register(field.name)} />
                  <span>
                    {o.label}
                    {o.hint && <span className="hint">{o.hint}</span>}
                  </span>
                </label>
              ))
            ) : (
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
        ),
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

function FieldSet({ legend, name, error, children }: { legend: string; name: string; error?: string; children: ReactNode }) {
  const errorId = `${name}-error`
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {children}
      {error && (
        <p id={errorId} className="error">
          {legend}: {error}
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
  options: readonly { value: string; label: string; hint?: string }[]
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
