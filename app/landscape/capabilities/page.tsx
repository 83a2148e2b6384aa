import type { Metadata } from 'next'
import { z } from 'zod'
import { CAPABILITIES } from '@/lib/catalog/capabilities'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { vendorHref } from '@/lib/catalog/links'
import type { CapabilityFact } from '@/lib/catalog/schema'
import { SLOT_IDS, SLOT_LABEL, type SlotId } from '@/lib/catalog/slots'

export const metadata: Metadata = { title: 'Capability matrix' }

const VALUE_TEXT: Record<CapabilityFact['value'], string> = { yes: 'Yes', partial: 'Partly', no: 'No', unknown: 'Unknown' }

/**
 * What each product of a slot can do, as sourced and dated facts, one slot at a time. Filtering by
 * capability keeps the products that have every capability chosen ("yes", or "partly" when asked).
 * Server-rendered: a plain GET form, so it works without JavaScript and every view is a link.
 */
export default async function CapabilityMatrixPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams
  const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : [])
  // unknown values fall back to defaults: links get edited by hand
  const slot: SlotId = z.enum(SLOT_IDS).catch('service-mesh').parse(list(raw.slot)[0])
  const caps = CAPABILITIES[slot]
  const wanted = list(raw.has).filter((id) => caps.some((c) => c.id === id))
  const partlyCounts = list(raw.partly)[0] === '1'
  const serving = EMBEDDED_CATALOG.vendors
    .map((v) => ({ v, fit: v.slots.find((s) => s.slot === slot) }))
    .filter((x): x is { v: (typeof x)['v']; fit: NonNullable<(typeof x)['fit']> } => x.fit !== undefined && (x.fit.fit === 'core' || x.fit.fit === 'partial'))
  const ok = (f: CapabilityFact | undefined) => f?.value === 'yes' || (partlyCounts && f?.value === 'partial')
  const rows = serving
    .filter(({ v }) => wanted.every((id) => ok(v.capabilities?.[slot]?.[id])))
    .sort((a, b) => (a.fit.fit === b.fit.fit ? a.v.name.localeCompare(b.v.name) : a.fit.fit === 'core' ? -1 : 1))

  return (
    <div className="stack-lg">
      <section>
        <h1>Capability matrix: {SLOT_LABEL[slot]}</h1>
        <p className="lead">
          What each product does of what an expert checks in this slot. Every cell links to its source; hover or focus it for
          the note and the date it was checked. Unknown means no source confirmed it either way.
        </p>
        <form method="get" className="filters" aria-label="Choose a slot and capabilities">
          <label>
            Slot
            <select name="slot" defaultValue={slot}>
              {SLOT_IDS.map((s) => (
                <option key={s} value={s}>
                  {SLOT_LABEL[s]}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>Only products that have</legend>
            {caps.map((c) => (
              <label key={c.id} className="option">
                <input type="checkbox" name="has" value={c.id} defaultChecked={wanted.includes(c.id)} />
                <span>{c.label}</span>
              </label>
            ))}
            <label className="option">
              <input type="checkbox" name="partly" value="1" defaultChecked={partlyCounts} />
              <span>Count &quot;partly&quot; as having it</span>
            </label>
          </fieldset>
          <button type="submit" className="button">
            Show
          </button>
        </form>
        <p aria-live="polite">
          {rows.length} of {serving.length} products
        </p>
        <p>
          <a href="/landscape">Back to the landscape</a>
        </p>
      </section>
      <div className="table-wrap matrix">
        <table>
          <caption className="visually-hidden">Capabilities of {SLOT_LABEL[slot]} products</caption>
          <thead>
            <tr>
              <th scope="col">Product</th>
              {caps.map((c) => (
                <th scope="col" key={c.id} title={c.description}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ v, fit }) => (
              <tr key={v.id}>
                <th scope="row">
                  <a href={vendorHref(v.id)}>{v.name}</a>
                  {fit.fit === 'partial' && <span className="muted small"> (partial fit)</span>}
                  {v.builtIn && <span className="muted small"> (built-in)</span>}
                </th>
                {caps.map((c) => {
                  const f = v.capabilities?.[slot]?.[c.id]
                  const value = f?.value ?? 'unknown'
                  const title = [f?.note, f?.asOf ? `checked ${f.asOf}` : ''].filter(Boolean).join(' · ')
                  return (
                    <td key={c.id} className={`cap cap-${value}`} title={title || undefined}>
                      {f?.source ? (
                        <a href={f.source} rel="noopener noreferrer" aria-label={`${v.name}, ${c.label}: ${VALUE_TEXT[value]}${f.note ? `. ${f.note}` : ''}`}>
                          {VALUE_TEXT[value]}
                        </a>
                      ) : (
                        VALUE_TEXT[value]
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
