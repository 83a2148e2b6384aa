'use client'

import { Fragment, useEffect, useMemo, useState, type ReactNode } from 'react'
import {
  DEFAULT_STATE,
  FACETS,
  SORT_KEYS,
  landscapeQuery,
  visibleLandscape,
  type LandscapeRow,
  type LandscapeState,
  type SortKey,
} from '@/lib/catalog/landscape-filter'
import type { LANDSCAPE_OPTIONS } from '@/lib/catalog/landscape-rows'
import styles from '../landscape.module.css'

type Options = typeof LANDSCAPE_OPTIONS

const COLUMNS: Record<SortKey, string> = {
  name: 'Vendor',
  slots: 'Slots',
  licence: 'Licence',
  delivery: 'Delivery',
  cncf: 'CNCF',
  checked: 'Facts checked',
}

/**
 * Search, filters, sort and view of the landscape, applied as the user types or picks. The cards
 * and table rows are rendered on the server and passed in by vendor id; this only chooses which
 * to show and in what order, from a compact row per vendor. The same controls form a GET form,
 * so without JavaScript the server applies them.
 */
export function LandscapeBrowser({
  rows,
  initial,
  options,
  cards,
  tableRows,
}: {
  rows: LandscapeRow[]
  initial: LandscapeState
  options: Options
  cards: Record<string, ReactNode>
  tableRows: Record<string, ReactNode>
}) {
  const [state, setState] = useState(initial)
  const visible = useMemo(() => visibleLandscape(rows, state), [rows, state])
  const update = (patch: Partial<LandscapeState>) => setState((s) => ({ ...s, ...patch }))
  const filtered = state.q.trim() !== '' || FACETS.some((f) => state[f])

  // The address bar always holds the current view, so copying it shares exactly this list.
  useEffect(() => {
    const url = `${window.location.pathname}${landscapeQuery(state)}${window.location.hash}`
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
      window.history.replaceState(window.history.state, '', url)
  }, [state])

  // the slots of the chosen area; a hand-edited link may pair a slot with another area: keep it shown
  const slotGroups = options.slot.filter((g) => !state.area || g.area === state.area || g.slots.some((s) => s.value === state.slot))
  const chooseArea = (area: string) => {
    const keepSlot = !area || options.slot.some((g) => g.area === area && g.slots.some((s) => s.value === state.slot))
    update({ area: area || undefined, slot: keepSlot ? state.slot : undefined })
  }
  const sortBy = (key: SortKey) => update({ sort: key, dir: state.sort === key && state.dir === 'asc' ? 'desc' : 'asc' })
  const select = (name: 'model' | 'delivery' | 'cncf', label: string, all: string, choices: readonly { value: string; label: string }[]) => (
    <div className={styles.field}>
      <label htmlFor={`landscape-${name}`}>{label}</label>
      <select id={`landscape-${name}`} name={name} value={state[name] ?? ''} onChange={(e) => update({ [name]: e.target.value || undefined })}>
        <option value="">{all}</option>
        {choices.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )

  return (
    <>
      <form method="get" action="/landscape" role="search" aria-label="Filter vendors" className={styles.controls} onSubmit={(e) => e.preventDefault()}>
        <div className={`${styles.field} ${styles.search}`}>
          <label htmlFor="landscape-q">Search vendors</label>
          <input
            id="landscape-q"
            type="search"
            name="q"
            value={state.q}
            onChange={(e) => update({ q: e.target.value })}
            placeholder="Name, company, slot…"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor="landscape-area">Area</label>
          <select id="landscape-area" name="area" value={state.area ?? ''} onChange={(e) => chooseArea(e.target.value)}>
            <option value="">All areas</option>
            {options.area.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="landscape-slot">Slot</label>
          <select id="landscape-slot" name="slot" value={state.slot ?? ''} onChange={(e) => update({ slot: e.target.value || undefined })}>
            <option value="">All slots</option>
            {slotGroups.map((g) => (
              <optgroup key={g.area} label={g.label}>
                {g.slots.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        {select('model', 'Licence', 'All licences', options.model)}
        {select('delivery', 'Delivery', 'Any delivery', options.delivery)}
        {select('cncf', 'CNCF status', 'Any status', options.cncf)}
        <div className={styles.field}>
          <label htmlFor="landscape-sort">Sort by</label>
          <select id="landscape-sort" name="sort" value={state.sort} onChange={(e) => update({ sort: e.target.value as SortKey, dir: 'asc' })}>
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {COLUMNS[k]}
              </option>
            ))}
          </select>
        </div>
        <input type="hidden" name="dir" value={state.dir} />
        <fieldset className={styles.view}>
          <legend>View</legend>
          {(['cards', 'table'] as const).map((v) => (
            <label key={v}>
              <input type="radio" name="view" value={v} checked={state.view === v} onChange={() => update({ view: v })} />
              {v === 'cards' ? 'Cards' : 'Table'}
            </label>
          ))}
        </fieldset>
        {/* with JavaScript every change applies at once; without it, this sends the form */}
        <noscript>
          <button type="submit" className="button">
            Apply
          </button>
        </noscript>
      </form>

      <div className={styles.status}>
        <p role="status">
          {visible.length} of {rows.length} vendors
        </p>
        {filtered && (
          <button type="button" className="button link" onClick={() => setState({ ...DEFAULT_STATE, view: state.view, sort: state.sort, dir: state.dir })}>
            Clear search and filters
          </button>
        )}
        <a href={`/landscape/capabilities${state.slot ? `?slot=${state.slot}` : ''}`}>Compare capabilities slot by slot</a>
      </div>

      {visible.length === 0 ? (
        <p>No vendor matches. Try fewer words or fewer filters.</p>
      ) : state.view === 'table' ? (
        <div className="table-wrap">
          <table className={styles.table}>
            <caption className="visually-hidden">
              Vendors, sorted by {COLUMNS[state.sort].toLowerCase()}, {state.dir === 'asc' ? 'ascending' : 'descending'}
            </caption>
            <thead>
              <tr>
                {SORT_KEYS.map((k) => (
                  <th key={k} scope="col" aria-sort={state.sort === k ? (state.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                    <button type="button" className={styles.sort} onClick={() => sortBy(k)}>
                      {COLUMNS[k]}
                      <span aria-hidden="true" className={styles.arrow}>
                        {state.sort !== k ? '↕' : state.dir === 'asc' ? '▲' : '▼'}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {visible.map((r) => (
                <Fragment key={r.id}>{tableRows[r.id]}</Fragment>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <ul className={`cards ${styles.cards}`} aria-label="Vendors">
          {visible.map((r) => (
            <Fragment key={r.id}>{cards[r.id]}</Fragment>
          ))}
        </ul>
      )}
    </>
  )
}
