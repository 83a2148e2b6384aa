import type { Metadata } from 'next'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { parseLandscapeQuery } from '@/lib/catalog/landscape-query'
import { LANDSCAPE_OPTIONS, landscapeRow } from '@/lib/catalog/landscape-rows'
import { LandscapeBrowser } from './_components/landscape-browser'
import { VendorCard } from './_components/vendor-card'
import { VendorRow } from './_components/vendor-row'

export const metadata: Metadata = { title: 'Landscape' }

// The data set is fixed for the life of the process: reduce it once, not per request.
const ROWS = EMBEDDED_CATALOG.vendors.map(landscapeRow)

export default async function LandscapePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const state = parseLandscapeQuery(await searchParams)
  const vendors = EMBEDDED_CATALOG.vendors
  return (
    <section>
      <h1>The Day 2 landscape</h1>
      <p className="lead">
        Every vendor the advisor considers, at a glance. Each vendor&apos;s own page lists all its facts with sources; unverified
        facts are marked. Data checked {EMBEDDED_CATALOG.asOf} <span className="small">(version {EMBEDDED_CATALOG.version})</span>.
      </p>
      <LandscapeBrowser
        rows={ROWS}
        initial={state}
        options={LANDSCAPE_OPTIONS}
        cards={Object.fromEntries(vendors.map((v) => [v.id, <VendorCard key={v.id} v={v} />]))}
        tableRows={Object.fromEntries(vendors.map((v) => [v.id, <VendorRow key={v.id} v={v} />]))}
      />
    </section>
  )
}
