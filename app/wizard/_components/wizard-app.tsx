'use client'

import { useActorRef, useSelector } from '@xstate/react'
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import type { AreaId } from '@/lib/catalog/slots'
import { stepOf, wizardMachine, type WizardInput } from '@/lib/wizard/machine'
import { parseSession, serializeSession, SESSION_KEY } from '@/lib/wizard/session'
import { ALL_STEPS, isQuestionStep, type StepId } from '@/lib/wizard/steps'
import { Progress } from './progress'
import type { InitialResults } from './engine'
import { Welcome } from './welcome'
import { WizardLoading } from './wizard-loading'

// The engine and the vendor data load only when results are shown, keeping the questions light.
const loadResults = () => import('./results')
// The question forms (react-hook-form, resolvers) and the review load when first needed; the
// welcome step fetches them while the user reads it, so Start answers at once.
const loadForms = () => Promise.all([import('./step-form'), import('./review')])
const StepForm = lazy(() => import('./step-form').then((m) => ({ default: m.StepForm })))
const Review = lazy(() => import('./review').then((m) => ({ default: m.Review })))
const Results = lazy(() => loadResults().then((m) => ({ default: m.Results })))

export interface VendorOption {
  id: string
  name: string
  area: AreaId
}

const stepFromUrl = (): StepId | undefined => {
  const s = new URLSearchParams(window.location.search).get('step')
  return (ALL_STEPS as readonly string[]).includes(s ?? '') ? (s as StepId) : undefined
}

function restoreSaved(): WizardInput {
  let saved: ReturnType<typeof parseSession>
  try {
    saved = parseSession(window.localStorage.getItem(SESSION_KEY))
  } catch {
    saved = undefined // storage blocked: the wizard still works, without resume
  }
  return { answers: saved?.answers ?? {}, step: stepFromUrl() ?? saved?.step }
}

/** Reads the saved session after mount (the server cannot see local storage), then starts the machine. */
export function WizardApp({
  vendors,
  preview,
  results,
  initial,
}: {
  vendors: VendorOption[]
  preview?: ReactNode
  results?: ReactNode
  initial?: InitialResults
}) {
  const [input, setInput] = useState<WizardInput | null>(null)
  const [notice, setNotice] = useState('')
  useEffect(() => {
    const url = new URL(window.location.href)
    const from = url.searchParams.get('from')
    if (from !== null) {
      // opened from a share link: load its answers for review and editing (codec loaded on demand)
      url.searchParams.delete('from')
      window.history.replaceState(window.history.state, '', url)
      // the server already decoded this results address and computed its stack
      if (initial?.token === from && stepFromUrl() === 'results') {
        setInput({ answers: initial.answers, step: 'results' })
        return
      }
      // a results address needs the engine too: fetch it alongside the codec, not after it
      if (stepFromUrl() === 'results') void loadResults()
      void Promise.all([import('@/lib/share/codec'), import('@/lib/catalog/embedded-client')]).then(([{ decodeShareToken }, { CLIENT_CATALOG }]) => {
        const decoded = decodeShareToken(from, CLIENT_CATALOG)
        // review by default; a link may ask for the results directly (?step=results)
        if (decoded.ok) setInput({ answers: decoded.value.answers, step: stepFromUrl() === 'results' ? 'results' : 'review' })
        else {
          setNotice(`The shared link could not be opened: ${decoded.error}`)
          setInput(restoreSaved())
        }
      })
      return
    }
    setInput(restoreSaved())
  }, [])
  if (input === null) return preview ?? <WizardLoading />
  return (
    <>
      {notice && (
        <p role="alert" className="error wizard">
          {notice}
        </p>
      )}
      <WizardRunner input={input} vendors={vendors} preview={results} initial={initial} />
    </>
  )
}

function WizardRunner({
  input,
  vendors,
  preview,
  initial,
}: {
  input: WizardInput
  vendors: VendorOption[]
  preview?: ReactNode
  initial?: InitialResults
}) {
  const actor = useActorRef(wizardMachine, { input })
  const step = useSelector(actor, (s) => stepOf(s.value))
  const answers = useSelector(actor, (s) => s.context.answers)
  const canUndo = useSelector(actor, (s) => s.context.previous !== undefined)
  const heading = useRef<HTMLHeadingElement>(null)
  const first = useRef(true)
  const pendingFocus = useRef(false)
  const headingShown = useCallback(() => {
    if (!pendingFocus.current) return
    pendingFocus.current = false
    heading.current?.focus()
  }, [])

  // Save every change, so a reload resumes here with nothing lost.
  useEffect(() => {
    try {
      window.localStorage.setItem(SESSION_KEY, serializeSession(step, answers))
    } catch {
      /* storage full or blocked: keep working without resume */
    }
  }, [step, answers])

  // One history entry per step: the browser's back and forward buttons move between steps.
  useEffect(() => {
    const url = new URL(window.location.href)
    // the results carry their share token in the address (see Results); other steps do not
    if (step !== 'results' && url.searchParams.has('from')) {
      url.searchParams.delete('from')
      window.history.replaceState(window.history.state, '', url)
    }
    if (url.searchParams.get('step') !== step) {
      url.searchParams.set('step', step)
      if (first.current) window.history.replaceState(window.history.state, '', url)
      else window.history.pushState(window.history.state, '', url)
    }
    if (!first.current) {
      // a step whose code is still loading takes the focus when it is shown (see headingShown)
      pendingFocus.current = heading.current === null
      heading.current?.focus()
    }
    first.current = false
  }, [step])

  useEffect(() => {
    if (step === 'welcome') void loadForms()
  }, [step])

  useEffect(() => {
    const onPop = () => {
      const target = stepFromUrl() ?? 'welcome'
      actor.send({ type: 'step.goto', step: target })
      const now = stepOf(actor.getSnapshot().value)
      if (now !== target) {
        // not reachable (e.g. answers changed since): show the URL of the step actually shown
        const url = new URL(window.location.href)
        url.searchParams.set('step', now)
        window.history.replaceState(window.history.state, '', url)
      }
    }
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [actor])

  if (step === 'results')
    return (
      <Suspense fallback={preview ?? <p className="muted">Computing your stack…</p>}>
        <Results actor={actor} headingRef={heading} initial={initial} />
      </Suspense>
    )

  return (
    <div className="wizard">
      {step !== 'welcome' && <Progress step={step} answers={answers} onGo={(s) => actor.send({ type: 'step.goto', step: s })} />}
      {step === 'welcome' && <Welcome headingRef={heading} hasAnswers={Object.keys(answers).length > 0} canUndo={canUndo} actor={actor} />}
      <Suspense fallback={<p className="muted">Loading the questions…</p>}>
        {isQuestionStep(step) && (
          <StepForm key={step} step={step} answers={answers} vendors={vendors} headingRef={heading} actor={actor} onShown={headingShown} />
        )}
        {step === 'review' && <Review answers={answers} vendors={vendors} headingRef={heading} actor={actor} onShown={headingShown} />}
      </Suspense>
    </div>
  )
}
