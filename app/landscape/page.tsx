import type { Metadata } from 'next'
import { z } from 'zod'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { factsOf } from '@/lib/catalog/facts'
import { OPEN_SOURCE_MODELS } from '@/lib/catalog/schema'
import { SLOT_IDS, SLOT_LABEL } from '@/lib/catalog/slots'

export const metadata: Metadata = { title: 'Landscape' }

// Unknown filter values fall back to "all" instead of erroring: links get edited by hand.
const FiltersSchema = z.object({
  slot: z.enum(SLOT_IDS).optional().catch(undefined),
  model: z.enum(OPEN_SOURCE_MODELS).optional().catch(undefined),
})

export default async function LandscapePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined
  const { slot, model } = FiltersSchema.parse({ slot: first(raw.slot), model: first(raw.model) })
  const vendors = EMBEDDED_CATALOG.vendors.filter(
    (v) => (!slot || v.slots.some((s) => s.slot === slot)) && (!model || v.license.model === model),
  )
  return (
    <div className="stack-lg">
      <section>
        <h1>The Day 2 landscape</h1>
        <p className="lead">
          Every vendor the advisor considers, with its facts, sources and as-of dates. Facts marked unverified could not
          be confirmed and count as neutral in the scoring. Vendor data checked {EMBEDDED_CATALOG.asOf}{' '}
          <span className="small">(version {EMBEDDED_CATALOG.version})</span>.
        </p>
        <form method="get" className="filters" aria-label="Filter vendors">
          <label>
            Slot
            <select name="slot" defaultValue={slot ?? ''}>
              <option value="">All slots</option>
              {SLOT_IDS.map((s) => (
                <option key={s} value={s}>
                  {SLOT_LABEL[s]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Open-source model
            <select name="model" defaultValue={model ?? ''}>
              <option value="">All models</option>
              {OPEN_SOURCE_MODELS.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button">
            Filter
          </button>
        </form>
        <p>
          <a href={`/landscape/capabilities${slot ? `?slot=${slot}` : ''}`}>Compare capabilities slot by slot</a>
        </p>
        <p aria-live="polite">
          {vendors.length} of {EMBEDDED_CATALOG.vendors.length} vendors
        </p>
      </section>
      <ul className="cards" aria-label="Vendors">
        {vendors.map((v) => (
          <li key={v.id} className="card" id={v.id}>
            <h2 style={{ marginTop: 0 }}>{v.name}</h2>
            {v.lifecycle && (
              <p className="small">
                <span className="badge fragile">end of life</span> since {v.lifecycle.since}: {v.lifecycle.note}
              </p>
            )}
            {v.builtIn && (
              <p className="small">
                <span className="badge solid">built-in</span> {v.builtIn.note}
              </p>
            )}
            {v.origin === 'added' && !v.lifecycle && !v.builtIn && (
              <p className="small">
                <span className="badge unverified">added</span> {v.originNote}
              </p>
            )}
            <p>{v.description}</p>
            <p className="small">
              Slots:{' '}
              {v.slots
                .map((s) => `${SLOT_LABEL[s.slot]}${s.fit === 'core' ? '' : ` (${s.fit})`}`)
                .join(', ')}
            </p>
            <dl className="small">
              {factsOf(v).map((f) => (
                <div key={f.label}>
                  <dt style={{ display: 'inline', fontWeight: 600 }}>{f.label}: </dt>
                  <dd style={{ display: 'inline', margin: 0 }}>
                    {f.value} {f.unverified && <span className="badge unverified">unverified</span>}
                  </dd>
                </div>
              ))}
            </dl>
            {v.slots.some((s) => s.note) && (
              <ul className="small">
                {v.slots
                  .filter((s) => s.note)
                  .map((s) => (
                    <li key={s.slot}>
                      {SLOT_LABEL[s.slot]}: {s.note}
                    </li>
                  ))}
              </ul>
            )}
            {v.unverified.length > 0 && <p className="small">Unverified: {v.unverified.join('; ')}</p>}
            <details>
              <summary>Sources ({v.sources.length})</summary>
              <ul className="small">
                {v.sources.map((s) => (
                  <li key={s} style={{ overflowWrap: 'anywhere' }}>
                    <a href={s} rel="noopener noreferrer">
                      {s}
                    </a>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </div>
  )
}
