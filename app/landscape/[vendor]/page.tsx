import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { factsOf } from '@/lib/catalog/facts'
import { slotFitLabel } from '@/lib/catalog/landscape-rows'
import { VendorBadges } from '../_components/vendor-badges'
import styles from '../landscape.module.css'

type Props = { params: Promise<{ vendor: string }> }

export function generateStaticParams() {
  return EMBEDDED_CATALOG.vendors.map((v) => ({ vendor: v.id }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const v = EMBEDDED_CATALOG.byId.get((await params).vendor)
  if (!v) return { title: 'Vendor not found', robots: { index: false } }
  return { title: `${v.name} · Landscape`, description: v.description }
}

/** One vendor with everything the data set knows about it: the page the landscape links to. */
export default async function VendorPage({ params }: Props) {
  const v = EMBEDDED_CATALOG.byId.get((await params).vendor)
  if (!v) notFound()
  const facts = factsOf(v)
  const notes = [v.license.notes, v.delivery.notes, v.cncf.notes, ...(v.notes ?? [])].filter((n): n is string => Boolean(n))
  return (
    <article className={styles.vendor}>
      <p className="small">
        <a href={`/landscape#${v.id}`}>← All vendors</a>
      </p>
      <h1>{v.name}</h1>
      <VendorBadges v={v} className={styles.badges} />
      <p className="lead">{v.description}</p>
      <p>
        {v.company} · <a href={v.homepage} rel="noopener noreferrer">Homepage</a>
      </p>
      <p className="small muted">
        Facts checked <time dateTime={v.asOf}>{v.asOf}</time>; data set of {EMBEDDED_CATALOG.asOf}.
        {facts.some((f) => f.unverified) && ' Facts marked unverified could not be confirmed and count as neutral in the scoring.'}
      </p>
      {(v.lifecycle || v.builtIn || v.originNote) && (
        <ul className={styles.notices}>
          {v.lifecycle && (
            <li>
              <strong>End of life since {v.lifecycle.since}:</strong> {v.lifecycle.note} (<a href={v.lifecycle.source} rel="noopener noreferrer">source</a>)
            </li>
          )}
          {v.builtIn && (
            <li>
              <strong>Built in:</strong> {v.builtIn.note} (<a href={v.builtIn.source} rel="noopener noreferrer">source</a>)
            </li>
          )}
          {v.originNote && (
            <li>
              <strong>Added to the landscape:</strong> {v.originNote}
            </li>
          )}
        </ul>
      )}

      <h2>Slots</h2>
      <ul>
        {v.slots.map((s) => (
          <li key={s.slot}>
            <a href={`/landscape/capabilities?slot=${s.slot}`}>{slotFitLabel(s)}</a>
            {s.note && `: ${s.note}`}
          </li>
        ))}
      </ul>

      <h2>Facts</h2>
      <dl className={styles.facts}>
        {facts.map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd>
              {f.value} {f.unverified && <span className="badge unverified">unverified</span>}
            </dd>
          </div>
        ))}
      </dl>

      {notes.length > 0 && (
        <>
          <h2>Notes</h2>
          <ul>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}

      {v.unverified.length > 0 && (
        <>
          <h2>Unverified</h2>
          <p className="small muted">Could not be confirmed from a source; the advisor treats these as neutral.</p>
          <ul>
            {v.unverified.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        </>
      )}

      <h2 id="sources">Sources ({v.sources.length})</h2>
      <ol className={styles.sources} aria-labelledby="sources">
        {v.sources.map((s) => (
          <li key={s}>
            <a href={s} rel="noopener noreferrer">
              {s}
            </a>
          </li>
        ))}
      </ol>
      <p>
        <a href={`/landscape#${v.id}`}>Back to the landscape</a>
      </p>
    </article>
  )
}
