import type { Recommendation } from '@/lib/recommend'
import { StackSummary } from './stack-summary'

/**
 * The results as the server renders them for a results address (`?from=<token>&step=results`):
 * the heading and the summary table, laid out as the interactive view lays them out, so the stack
 * is readable at once and nothing moves when the cards and what-if arrive.
 */
export function ResultsPreview({ rec }: { rec: Recommendation }) {
  const vendorCount = new Set(rec.stack.map((s) => s.vendor).filter(Boolean)).size
  return (
    <div className="stack-lg" data-preview="">
      <section aria-labelledby="results-heading">
        <h1 id="results-heading">Your recommended Day 2 stack</h1>
        <p className="lead">
          {rec.stack.length} slots, {vendorCount} vendor{vendorCount === 1 ? '' : 's'}. Vendor facts checked {rec.dataAsOf}.
        </p>
        <div className="actions" style={{ justifyContent: 'flex-start' }}>
          {/* inert until the wizard has loaded, a moment later */}
          <button type="button" className="button" disabled>
            Edit answers
          </button>
          <button type="button" className="button" disabled>
            Start over
          </button>
        </div>
      </section>
      <div className="results-layout">
        <div className="stack-lg results-main">
          <StackSummary rec={rec} base={null} cards={false} />
          <p className="muted" aria-live="polite">
            Loading the details and what-if…
          </p>
        </div>
      </div>
    </div>
  )
}
