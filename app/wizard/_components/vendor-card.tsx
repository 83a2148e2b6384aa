'use client'

import { useState } from 'react'
import type { SlotResult, StackPick } from '@/lib/recommend'
import { vendorHref } from '@/lib/catalog/links'
import { costText } from '@/lib/cost/format'
import { needsLines } from '@/lib/report/needs-lines'
import { CompareDialog } from './compare-dialog'
import { SeparationChart } from './separation-chart'

export interface PickInSlot {
  pick: StackPick
  result: SlotResult
  /** The pick before the last what-if change, when that change replaced it. */
  was?: string
}

/**
 * One card per vendor, listing every slot it fills (Grafana for tracing and logs is one card, not
 * two copies). Per slot a line says how safe the pick is; the reasons, needs, runners-up, what
 * separates it from the next best and why not the others are one click away.
 */
export function VendorCard({ picks }: { picks: PickInSlot[] }) {
  const first = picks[0]!.pick
  const headingId = `vendor-${first.vendor ?? `none-${first.slot}`}`
  return (
    <li className="vendor-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="pick">
        {first.vendor ? <a href={vendorHref(first.vendor)}>{first.name}</a> : 'No pick'}
      </h2>
      {picks.map((p) => (
        <SlotPart key={p.pick.slot} {...p} />
      ))}
    </li>
  )
}

function SlotPart({ pick, result, was }: PickInSlot) {
  const [open, setOpen] = useState(false)
  const { ranking, robustness: r } = result
  const eligible = ranking.filter((x) => x.eligible)
  const excluded = ranking.filter((x) => !x.eligible)
  const mine = ranking.find((x) => x.vendor === pick.vendor)
  const next = eligible.find((x) => x.vendor !== pick.vendor)
  const id = `slot-${pick.slot}`
  return (
    <section className="slot-part" aria-labelledby={id}>
      <h3 id={id}>{result.label}</h3>
      {pick.vendor === null ? (
        <p className="small">No vendor meets the hard constraints here; relax one of them or fill the slot outside this landscape.</p>
      ) : (
        <p className="slot-line small">
          <span className="score">{pick.score}</span>
          <span className="muted">/100</span>{' '}
          {r.tie ? (
            <span className="badge fragile">tie with {r.tie.name}</span>
          ) : r.fragile ? (
            <span className="badge fragile">fragile</span>
          ) : (
            <span className="badge solid">robust</span>
          )}{' '}
          {!r.tie && r.margin !== null && (
            <span>
              +{r.margin} over {r.runnerUpName}
            </span>
          )}
          {pick.confidence && <span className="muted"> · facts {pick.confidence.level}</span>}
          {was !== undefined && <strong className="was"> · was {was}</strong>}
        </p>
      )}
      {pick.vendor !== null && <p className="small first-reason">{pick.reasons[0]}</p>}
      {pick.monthlyCost && (
        <p className="small muted cost-line">
          Cost: <span title={'unknown' in pick.monthlyCost ? pick.monthlyCost.unknown : undefined}>{costText(pick.monthlyCost)}</span>
          {next?.monthlyCost && `; ${next.name}: ${costText(next.monthlyCost)}`}
        </p>
      )}
      <details className="slot-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          Why{pick.name ? ` ${pick.name}` : ' no pick'}, and the alternatives
        </summary>
        {/* drawn when opened: eight slots of rankings and why-nots would slow the first paint on a phone */}
        {open && (
          <>
            {pick.reasons.length > 1 && (
              <ul className="small">
                {pick.reasons.slice(1).map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
            )}
            {result.coverage && (
              <ul className="small needs-summary" aria-label="Your needs">
                {needsLines(result.coverage).map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            )}
            {pick.runnersUp.length > 0 && <p className="small">Runners-up: {pick.runnersUp.map((x) => `${x.name} (${x.score})`).join(', ')}</p>}
            {mine && <SeparationChart pick={mine} other={next} />}
            {r.flips.length > 0 && (
              <ul className="small">
                {r.flips.slice(0, 3).map((f) => (
                  <li key={`${f.kind}-${f.field}-${f.to}`}>{f.summary}</li>
                ))}
              </ul>
            )}
            {excluded.length > 0 && (
              <details>
                <summary>Why not the others ({excluded.length} excluded)</summary>
                <ul className="small">
                  {excluded.map((x) => (
                    <li key={x.vendor}>
                      <strong>{x.name}</strong>: {x.excludedBecause}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            <CompareDialog ranking={ranking} slotLabel={result.label} />
          </>
        )}
      </details>
    </section>
  )
}
