import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { cache } from 'react'
import { notFound } from 'next/navigation'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { baseUrlFor } from '@/lib/http/base-url'
import { buildCardModel } from '@/lib/share/card-model'
import { changesSince, dataChangedSince, describeChange, type ChangesSince } from '@/lib/share/link-status'
import { EMBEDDED_CHANGELOG } from '@/lib/catalog/embedded-changelog'
import { resolveShareToken } from '@/lib/share/resolve'
import { StackSummary } from '@/app/wizard/_components/stack-summary'
import { SLOT_LABEL } from '@/lib/catalog/slots'

type Props = { params: Promise<{ token: string }> }

// Metadata and page render in the same request: decode and recommend once.
const resolve = cache((token: string) => resolveShareToken(token, EMBEDDED_CATALOG))

/** Absolute URLs for link previews (see lib/http/base-url.ts for which headers are trusted). */
async function baseUrl(): Promise<string> {
  const h = await headers()
  return baseUrlFor({ publicBaseUrl: process.env.PUBLIC_BASE_URL, trustProxy: process.env.TRUST_PROXY }, (n) => h.get(n))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params
  const share = resolve(token)
  if (!share.ok) return { title: 'Invalid share link', robots: { index: false } }
  const { rec } = share
  const card = buildCardModel(rec)
  const picks = card.areas.flatMap((a) => a.picks.map((p) => `${p.slot}: ${p.name}`)).join(' · ')
  const image = `${await baseUrl()}/api/og/${token}`
  return {
    title: 'Shared Day 2 stack',
    description: picks,
    openGraph: {
      title: card.title,
      description: picks,
      type: 'website',
      images: [{ url: image, width: 1200, height: 630, alt: `${card.title}: ${picks}` }],
    },
    twitter: { card: 'summary_large_image', title: card.title, description: picks, images: [image] },
  }
}

export default async function SharedStackPage({ params }: Props) {
  const { token } = await params
  const share = resolve(token)
  if (!share.ok) notFound()
  const { rec, token: decoded } = share
  const card = buildCardModel(rec)
  const changed = dataChangedSince(decoded.dataFingerprint, EMBEDDED_CATALOG)
  const missed = changed ? changesSince(decoded.dataFingerprint, EMBEDDED_CHANGELOG, stackVendors(rec)) : null
  return (
    <div className="stack-lg">
      <section>
        <h1>Shared Day 2 stack</h1>
        {changed && (
          <p className="card" role="note">
            The vendor data has changed since this link was made. The stack below is recomputed with the data checked{' '}
            {EMBEDDED_CATALOG.asOf} and may differ from what was shared.{' '}
            <span className="small muted">
              (link data {decoded.dataFingerprint}, now {EMBEDDED_CATALOG.version})
            </span>
            {decoded.droppedTools > 0 &&
              ` ${decoded.droppedTools} tool${decoded.droppedTools === 1 ? '' : 's'} the link named as already in use ${decoded.droppedTools === 1 ? 'is' : 'are'} no longer in the data and ${decoded.droppedTools === 1 ? 'was' : 'were'} left out.`}
            {missed && <MissedChanges missed={missed} />}
          </p>
        )}
        <p className="lead">{card.constraints.join(' · ')}</p>
        <p className="actions" style={{ justifyContent: 'flex-start' }}>
          <a className="button primary" href={`/wizard?from=${token}`}>
            Open in the wizard and edit
          </a>
          {/* no download attribute: if the PDF cannot be made, the browser shows the route's
              error page, which offers the Markdown report, instead of a failed download */}
          <a className="button" href={`/api/report/${token}?format=pdf`}>
            Download PDF
          </a>
        </p>
        <p className="small">
          Also as{' '}
          <a href={`/api/report/${token}?format=md`} download>
            Markdown (ADR)
          </a>
          {' · '}
          <a href={`/api/report/${token}?format=radar`} download>
            Tech radar (Backstage JSON)
          </a>
          {' · '}
          <a href={`/api/report/${token}?format=csv`} download>
            Rankings (CSV)
          </a>
        </p>
      </section>
      <StackSummary rec={rec} base={null} cards={false} />
      <section aria-labelledby="why-heading">
        <h2 id="why-heading">Why these picks</h2>
        <ul className="why-list" aria-label="Shared stack">
          {rec.stack.map((p) => (
            <li key={p.slot}>
              <details>
                <summary>
                  <strong>{SLOT_LABEL[p.slot]}</strong>: {p.name ?? 'No pick'}
                </summary>
                <ul className="small">
                  {p.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      </section>
      <p className="muted small">
        Vendor facts checked {rec.dataAsOf}. <span>Data version {rec.dataVersion}.</span>
      </p>
    </div>
  )
}

const MAX_LISTED_CHANGES = 10
const BLOCK = { display: 'block' } as const

/** The vendors a reader compares: each slot's pick and its runners-up. */
// Every vendor the slots ranked, not only today's picks: the change that moved a pick is often
// about the vendor that was picked when the link was made.
function stackVendors(rec: { slots: { ranking: { vendor: string }[] }[] }): string[] {
  return [...new Set(rec.slots.flatMap((s) => s.ranking.map((r) => r.vendor)))]
}

/** Inside the note (a paragraph), so spans rather than a list element. */
function MissedChanges({ missed }: { missed: ChangesSince }) {
  if (!missed.known) return <span className="small" style={BLOCK}>The changes since this link was made cannot be listed: its data version is not in the data changelog.</span>
  if (missed.changes.length === 0) return <span className="small" style={BLOCK}>No fact about the vendors considered for this stack changed.</span>
  const shown = missed.changes.slice(0, MAX_LISTED_CHANGES)
  const more = missed.changes.length - shown.length
  return (
    <span className="small" style={BLOCK}>
      What changed for this stack:
      {shown.map((c) => (
        <span style={BLOCK} key={`${c.version} ${c.vendor} ${c.path}`}>
          {describeChange(c)}
        </span>
      ))}
      {more > 0 && <span style={BLOCK}>and {more} more</span>}
    </span>
  )
}
