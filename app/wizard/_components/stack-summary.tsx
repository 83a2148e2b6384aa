import { costCell, costText, stackCostText } from '@/lib/cost/format'
import { SLOT_LABEL, type SlotId } from '@/lib/catalog/slots'
import type { Recommendation } from '@/lib/recommend'
import { figureWords } from '@/lib/answers/usage'

/** What the prices are for, in words: the exact figures given, then up to three defaults assumed. */
function pricedFor(rec: Recommendation): string {
  const given = figureWords(rec.answers)
  const assumed = rec.monthlyCost?.assumed ?? []
  const head = given.length > 0 ? `${given.slice(0, 4).join(', ')}${given.length > 4 ? ' and more figures' : ''}` : 'your answers'
  return assumed.length > 0 ? `${head}, assuming ${assumed.slice(0, 3).join(', ')}` : head
}

/**
 * The stack at a glance: one row per slot with the pick, its score out of 100, its lead over the
 * runner-up, how verified its facts are and how safe it is. A pick that a what-if change replaced
 * says what it was.
 */
export function StackSummary({ rec, base, cards = true }: { rec: Recommendation; base: Recommendation | null; cards?: boolean }) {
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary</h2>
      {rec.monthlyCost && (
        <p className="stack-cost">
          <strong>Estimated cost:</strong> {stackCostText(rec.monthlyCost, (s) => SLOT_LABEL[s as SlotId], rec.stack.filter((p) => p.vendor !== null).length)}.{' '}
          <span className="muted small">
            List prices for {pricedFor(rec)}; the basis of each figure is in the JSON report.
          </span>
        </p>
      )}
      <div className="table-wrap">
        <table className="summary" aria-labelledby="summary-heading">
          <thead>
            <tr>
              <th scope="col">Slot</th>
              <th scope="col">Pick</th>
              <th scope="col">Score (of 100)</th>
              <th scope="col">Lead over the runner-up</th>
              <th scope="col">Facts</th>
              {rec.monthlyCost && <th scope="col">A month</th>}
            </tr>
          </thead>
          <tbody>
            {rec.stack.map((p, i) => {
              const r = rec.slots[i]!.robustness
              // the runner-up's estimate beside the pick's: the price of choosing the other way
              const next = rec.slots[i]!.ranking.find((x) => x.vendor === (r.tie?.vendor ?? r.runnerUp))
              const was = base?.stack[i]?.vendor !== p.vendor ? base?.stack[i]?.name : undefined
              return (
                <tr key={p.slot} className={was !== undefined ? 'changed' : undefined}>
                  <th scope="row">
                    {rec.slots[i]!.label}
                  </th>
                  <td>
                    {cards ? <a href={`#vendor-${p.vendor ?? `none-${p.slot}`}`}>{p.name ?? 'No pick'}</a> : (p.name ?? 'No pick')}
                    {was !== undefined && <strong className="was small"> (was {was ?? 'no pick'})</strong>}
                  </td>
                  <td>{p.score ?? '—'}</td>
                  <td>
                    {r.tie ? `tie with ${r.tie.name}` : r.margin === null ? 'no runner-up' : `${r.margin} over ${r.runnerUpName}`}
                    {r.fragile ? ' (fragile)' : ''}
                  </td>
                  <td>{p.confidence?.level ?? '—'}</td>
                  {rec.monthlyCost && (
                    <td title={costText(p.monthlyCost)}>
                      {p.vendor ? costCell(p.monthlyCost) : '—'}
                      {next?.monthlyCost && <span className="muted small cost-next"> next: {costCell(next.monthlyCost)}</span>}
                    </td>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
