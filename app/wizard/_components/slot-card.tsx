'use client'

import { useState } from 'react'
import type { RankingRow, SlotResult, StackPick } from '@/lib/recommend'
import { needsLines } from '@/lib/report/needs-lines'
import { BreakdownChart } from './breakdown-chart'
import { CompareTable } from './compare-table'

const MAX_COMPARE = 4

/** One slot of the stack: the pick, why, who came next, how safe the pick is, and the rest. */
export function SlotCard({ pick, result }: { pick: StackPick; result: SlotResult }) {
  const { ranking, robustness } = result
  const eligible = ranking.filter((r) => r.eligible)
  const excluded = ranking.filter((r) => !r.eligible)
  const [compare, setCompare] = useState<string[]>(() => eligible.slice(0, 2).map((r) => r.vendor))
  // closed panels render nothing: eight cards with full comparison tables would slow the first paint
  const [openCompare, setOpenCompare] = useState(false)
  const headingId = `slot-${pick.slot}`
  const toggle = (id: string, on: boolean) =>
    setCompare((c) => (on ? (c.length < MAX_COMPARE ? [...c, id] : c) : c.filter((x) => x !== id)))

  return (
    <li className="slot-card" aria-labelledby={headingId}>
      <h2 id={headingId} style={{ margin: 0, fontSize: '1rem' }} className="muted">
        {result.label}
      </h2>
      {pick.vendor === null ? (
        <p className="pick">No pick</p>
      ) : (
        <p className="pick">
          {pick.name} <span className="muted small">score {pick.score}/100</span>{' '}
          {robustness.tie ? (
            <span className="badge fragile">tie</span>
          ) : robustness.fragile ? (
            <span className="badge fragile">fragile</span>
          ) : (
            <span className="badge solid">solid</span>
          )}{' '}
          {pick.confidence && (
            <span className="muted small" title={`${pick.confidence.unverified} fact${pick.confidence.unverified === 1 ? '' : 's'} behind this score could not be verified`}>
              facts {pick.confidence.level}
            </span>
          )}
        </p>
      )}
      <ul className="small">
        {pick.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {result.coverage && <NeedsSummary coverage={result.coverage} />}
      {pick.runnersUp.length > 0 && (
        <p className="small">
          Runners-up: {pick.runnersUp.map((r) => `${r.name} (${r.score})`).join(', ')}
        </p>
      )}
      {robustness.flips.length > 0 && (
        <div className="small">
          <p style={{ margin: '0.25rem 0' }}>
            {robustness.fragile ? 'Fragile' : 'Robust'}
            {robustness.margin !== null ? `: margin ${robustness.margin} points` : ''}.
          </p>
          <ul>
            {robustness.flips.slice(0, 3).map((f) => (
              <li key={`${f.kind}-${f.field}-${f.to}`}>{f.summary}</li>
            ))}
          </ul>
        </div>
      )}
      <BreakdownChart rows={eligible.slice(0, 4)} />
      {excluded.length > 0 && (
        <details>
          <summary>Why not the others ({excluded.length} excluded)</summary>
          <ul className="small">
            {excluded.map((r) => (
              <li key={r.vendor}>
                <strong>{r.name}</strong>: {r.excludedBecause}
              </li>
            ))}
          </ul>
        </details>
      )}
      <details onToggle={(e) => setOpenCompare(e.currentTarget.open)}>
        <summary>Compare vendors</summary>
        {openCompare && <ComparePanel ranking={ranking} compare={compare} toggle={toggle} slotLabel={result.label} />}
      </details>
    </li>
  )
}

/** What the pick does of the team's must-haves and nice-to-haves, and what the runner-up adds. */
function NeedsSummary({ coverage }: { coverage: NonNullable<SlotResult['coverage']> }) {
  return (
    <ul className="small needs-summary" aria-label="Your needs">
      {needsLines(coverage).map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  )
}

function ComparePanel({
  ranking,
  compare,
  toggle,
  slotLabel,
}: {
  ranking: RankingRow[]
  compare: string[]
  toggle: (id: string, on: boolean) => void
  slotLabel: string
}) {
  return (
    <>
      <fieldset>
        <legend>Choose 2 to 4 vendors</legend>
        {ranking.map((r) => (
          <label key={r.vendor} className="option">
            <input
              type="checkbox"
              checked={compare.includes(r.vendor)}
              disabled={!compare.includes(r.vendor) && compare.length >= MAX_COMPARE}
              onChange={(e) => toggle(r.vendor, e.target.checked)}
            />
            <span>
              {r.name} {r.eligible ? `(${r.score})` : '(excluded)'}
            </span>
          </label>
        ))}
      </fieldset>
      {compare.length >= 2 ? (
        <CompareTable ids={compare} slotLabel={slotLabel} />
      ) : (
        <p className="small muted">Select at least two vendors.</p>
      )}
    </>
  )
}
