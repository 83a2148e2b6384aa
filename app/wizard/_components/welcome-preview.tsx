/**
 * The welcome step as the server renders it, before the wizard has loaded: the same text in the
 * same place, so the page is readable at once and nothing moves when the wizard takes over.
 */
export function WelcomePreview({ pages }: { pages: number }) {
  return (
    <div className="wizard" data-preview="">
      <section aria-labelledby="step-heading">
        <h1 id="step-heading">Day 2 stack wizard</h1>
        <p className="lead">
          {pages} short pages, about three minutes; most answers have a default you can keep. Your answers stay in this
          browser; nothing is sent until you see the results.
        </p>
        <div className="actions">
          {/* inert for the moment the wizard takes to load */}
          <button type="button" className="button primary" disabled>
            Start
          </button>
        </div>
      </section>
    </div>
  )
}
