'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, type ReactNode, type RefObject } from 'react'
import { Controller, useForm, useWatch, type Control, type FieldErrors, type Resolver } from 'react-hook-form'
import type { Actor } from 'xstate'
import type { FieldDef } from '@/lib/answers/fields'
import { QUESTIONS, fieldApplies } from '@/lib/answers/registry'
import { AREA_IDS, AREA_LABEL } from '@/lib/catalog/slots'
import type { wizardMachine } from '@/lib/wizard/machine'
import { scopeOfDraft, stepSchema, type DraftAnswers, type QuestionStep } from '@/lib/wizard/steps'
import { NeedsEditor } from './needs-editor'
import type { VendorOption } from './wizard'

type Values = Record<string, unknown>

const QUESTION_BY_ID = new Map(QUESTIONS.map((q) => [q.id as string, q]))

/** Values a step's form starts with: the saved answers, else the registry's default where it is an honest one. */
function defaultsFor(fields: readonly FieldDef[], answers: DraftAnswers): Values {
  const out: Values = {}
  for (const f of fields) {
    const saved = answers[f.name as keyof DraftAnswers]
    if (saved !== undefined) out[f.name] = saved
    else if (f.prefill) out[f.name] = Array.isArray(f.default) ? [...f.default] : typeof f.default === 'object' ? { ...f.default } : f.default
    else out[f.name] = f.kind === 'single' ? null : []
  }
  return out
}

const errorText = (errors: FieldErrors<Values>, name: string) => {
  const e = errors[name]
  if (typeof e?.message === 'string') return e.message
  // a list's item errors (a tool to keep that is no longer in use)
  const items = Array.isArray(e) ? e.find((x) => typeof x?.message === 'string') : undefined
  return items?.message as string | undefined
}

/** Consecutive fields under the same section heading. */
function sectionsOf(fields: readonly FieldDef[]): { section?: string; fields: FieldDef[] }[] {
  const out: { section?: string; fields: FieldDef[] }[] = []
  for (const f of fields) {
    const last = out[out.length - 1]
    if (last && last.section === f.section) last.fields.push(f)
    else out.push({ section: f.section, fields: [f] })
  }
  return out
}

/** One question step: a react-hook-form form validated by the same zod schema the engine uses. */
export function StepForm({
  step,
  answers,
  vendors,
  headingRef,
  actor,
  onShown,
}: {
  step: QuestionStep
  answers: DraftAnswers
  vendors: VendorOption[]
  headingRef: RefObject<HTMLHeadingElement | null>
  actor: Actor<typeof wizardMachine>
  /** Called once shown: the wizard moves the focus here if this step's code was still loading. */
  onShown?: () => void
}) {
  useEffect(() => onShown?.(), [onShown])
  const question = QUESTION_BY_ID.get(step)!
  const scope = scopeOfDraft(answers)
  // a page asked per area shows the sections of the areas in scope only
  const fields = (question.fields as readonly FieldDef[]).filter((f) => step === 'scope' || fieldApplies(f.name, scope))
  const form = useForm<Values>({
    resolver: zodResolver(stepSchema(step, step === 'scope' ? [] : scope)) as unknown as Resolver<Values>,
    defaultValues: defaultsFor(fields, answers),
    shouldFocusError: true,
  })
  const { register, handleSubmit, control, formState } = form

  const onSubmit = handleSubmit((data) => actor.send({ type: 'step.submitted', data }))
  const failed = fields.filter((f) => errorText(formState.errors, f.name) !== undefined)

  const renderField = (field: FieldDef) => {
    const error = errorText(formState.errors, field.name)
    if (field.kind === 'needs') return <NeedsEditor key={field.name} name={field.name} control={control} answers={answers} />
    if (field.kind === 'vendors')
      return field.subsetOf ? (
        <KeepList key={field.name} field={field} control={control} vendors={vendors} error={error} />
      ) : (
        <FieldSet key={field.name} legend={`${field.legend} (optional)`} name={field.name} error={error}>
          <Controller
            control={control}
            name={field.name}
            render={({ field: f }) => (
              <>
                {AREA_IDS.map((area) => (
                  <details key={area} className="tool-area" open={vendors.some((v) => v.area === area && ((f.value as string[] | null) ?? []).includes(v.id))}>
                    <summary>{AREA_LABEL[area]}</summary>
                    <CheckboxList
                      name={`${field.name}-${area}`}
                      options={vendors.filter((v) => v.area === area).map((v) => ({ value: v.id, label: v.name }))}
                      value={(f.value as string[] | null) ?? []}
                      onChange={f.onChange}
                    />
                  </details>
                ))}
              </>
            )}
          />
        </FieldSet>
      )
    return (
      <FieldSet key={field.name} legend={field.legend} name={field.name} error={error}>
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
              <CheckboxList name={field.name} options={field.options} value={(f.value as string[] | null) ?? []} onChange={f.onChange} inputRef={f.ref} />
            )}
          />
        )}
      </FieldSet>
    )
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="step-heading">
      <h1 id="step-heading" ref={headingRef} tabIndex={-1}>
        {question.title}
      </h1>
      <p className="help" id="step-help">
        {question.help}
      </p>
      {failed.length > 0 && (
        // one message per error, said once: here, linked to its question, which points back to it
        <div role="alert" className="error">
          {failed.map((f) => (
            <p key={f.name} id={`${f.name}-error`}>
              <a href={`#${f.name}-field`}>{f.kind === 'vendors' ? `${f.legend} (optional)` : f.legend}</a>: {errorText(formState.errors, f.name)}
            </p>
          ))}
        </div>
      )}
      {sectionsOf(fields).map((s, i) =>
        s.section ? (
          <section key={`${s.section}-${i}`} className="form-section" aria-label={s.section}>
            <h2>{s.section}</h2>
            {s.fields.map(renderField)}
          </section>
        ) : (
          s.fields.map(renderField)
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

/** The tools in use, each with a "keep" box: kept tools stay the pick unless a hard constraint rules them out. */
function KeepList({ field, control, vendors, error }: { field: Extract<FieldDef, { kind: 'vendors' }>; control: Control<Values>; vendors: VendorOption[]; error?: string }) {
  const inUse = (useWatch({ control, name: field.subsetOf! }) as string[] | null) ?? []
  return (
    <FieldSet legend={`${field.legend} (optional)`} name={field.name} error={error}>
      {inUse.length === 0 ? (
        <p className="muted small">Choose the tools you run above; then mark the ones to keep. The others are open to replace.</p>
      ) : (
        <Controller
          control={control}
          name={field.name}
          render={({ field: f }) => (
            <CheckboxList
              name={field.name}
              options={inUse.map((id) => ({ value: id, label: `Keep ${vendors.find((v) => v.id === id)?.name ?? id}` }))}
              value={((f.value as string[] | null) ?? []).filter((id) => inUse.includes(id))}
              onChange={(v) => f.onChange(v.filter((id) => inUse.includes(id)))}
            />
          )}
        />
      )}
    </FieldSet>
  )
}

function FieldSet({ legend, name, error, children }: { legend: string; name: string; error?: string; children: ReactNode }) {
  // the message itself is in the form's alert; the question is marked and described by it
  return (
    <fieldset id={`${name}-field`} aria-describedby={error ? `${name}-error` : undefined} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {children}
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
