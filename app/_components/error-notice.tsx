'use client'

/** The body of the error pages: what happened, that no answer is lost, and a way back. */
export function ErrorNotice({ digest, reset, back }: { digest?: string; reset: () => void; back: { href: string; label: string } }) {
  return (
    <section>
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Your answers are kept in this browser, so nothing is lost.</p>
      {digest && <p className="muted small">Error reference: {digest}</p>}
      <p className="actions" style={{ justifyContent: 'flex-start' }}>
        <button type="button" className="button primary" onClick={reset}>
          Try again
        </button>
        <a className="button" href={back.href}>
          {back.label}
        </a>
      </p>
    </section>
  )
}
