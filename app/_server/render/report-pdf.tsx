import { Document, Font, Link, Page, StyleSheet, Text, View } from '@react-pdf/renderer'
import type { ReportModel } from '@/lib/report/build-report'

// Whole words only: the default hyphenation splits vendor names ("Observ-ability", "Kuber-netes").
Font.registerHyphenationCallback((word) => [word])

// Built-in Helvetica only: registering fonts by URL would need network at run time.
const s = StyleSheet.create({
  page: { paddingTop: 48, paddingBottom: 44, paddingHorizontal: 40, fontSize: 9.5, fontFamily: 'Helvetica', lineHeight: 1.35 },
  header: { position: 'absolute', top: 18, left: 40, right: 40, fontSize: 8, color: '#6b7280', flexDirection: 'row', justifyContent: 'space-between' },
  footer: { position: 'absolute', bottom: 18, left: 40, right: 40, fontSize: 8, color: '#6b7280', textAlign: 'center' },
  h1: { fontSize: 17, fontFamily: 'Helvetica-Bold', marginBottom: 4 },
  h2: { fontSize: 12, fontFamily: 'Helvetica-Bold', marginTop: 12, marginBottom: 4 },
  h3: { fontSize: 10.5, fontFamily: 'Helvetica-Bold', marginTop: 8, marginBottom: 2 },
  muted: { color: '#4b5563' },
  bold: { fontFamily: 'Helvetica-Bold' },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#d1d5db', paddingVertical: 2.5 },
  head: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: '#111827', paddingVertical: 2.5, fontFamily: 'Helvetica-Bold' },
  c1: { width: '27%', paddingRight: 6 },
  c0: { width: '6%', paddingRight: 6, textAlign: 'right' },
  c2: { width: '67%' },
  slot: { width: '16%', paddingRight: 6 },
  pick: { width: '30%', paddingRight: 6 },
  score: { width: '7%', paddingRight: 6, textAlign: 'right' },
  lead: { width: '10%', paddingRight: 6 },
  why: { width: '37%' },
  bullet: { marginLeft: 8 },
  link: { color: '#1d4ed8', textDecoration: 'none' },
  small: { fontSize: 8.5 },
})

/** At most this many items in the summary's watch and verify lists, each at most so long: the appendix has the rest. */
const SUMMARY_RISKS = 3
const SUMMARY_CHARS = 170
const clip = (t: string, lines = 1) => {
  const max = Math.round(SUMMARY_CHARS * lines)
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t
}
/** A fact longer than this is cut in the PDF; the JSON report has it whole. */
const FACT_CHARS = 260
/** Options per slot in the appendix, and the reasons said for each. */
const TOP_OPTIONS = 5
const OPTION_REASONS = 2
/** Sources listed per vendor (the JSON report has them all). */
const SOURCES = 2

/** Product, date and data version on top of every page; "n of N" at the bottom. */
function PageFrame({ m }: { m: ReportModel }) {
  return (
    <>
      <View style={s.header} fixed>
        <Text>Day 2 Stack Advisor</Text>
        <Text>
          {m.date} · vendor data {m.dataAsOf} ({m.dataVersion})
        </Text>
      </View>
      <Text style={s.footer} render={({ pageNumber, totalPages }) => `${pageNumber} of ${totalPages}`} fixed />
    </>
  )
}

/**
 * The PDF report: a one-page executive summary (the stack, why, what to watch, what to verify),
 * then an appendix per slot (the top options with reasons, the excluded ones grouped by reason),
 * the answers, and the picked vendors' facts with sources. One flowing page sequence, so no page
 * is left half empty; rows never split across pages.
 */
export function ReportPdf({ m }: { m: ReportModel }) {
  const { watch, verify } = m
  const picks = new Set(m.stack.map((p) => p.name))
  return (
    <Document title={m.title} author="Day 2 Stack Advisor" subject={`Data version ${m.dataVersion}`}>
      <Page size="A4" style={s.page} wrap>
        <PageFrame m={m} />
        <Text style={s.h1}>{m.title}</Text>
        <Text style={s.muted}>
          Prepared {m.date}; vendor facts checked {m.dataAsOf}. Scores are out of 100; the lead is over the closest
          alternative, counting what a new vendor costs the stack.
          {m.shareUrl && (
            <>
              {' '}
              To re-run or change the answers:{' '}
              <Link src={m.shareUrl} style={s.link}>
                open them in the advisor
              </Link>
              .
            </>
          )}
        </Text>

        <Text style={s.h2}>Recommended stack</Text>
        <View style={s.head}>
          <Text style={s.slot}>Slot</Text>
          <Text style={s.pick}>Pick, and the next best</Text>
          <Text style={s.score}>Score</Text>
          <Text style={s.lead}>Lead</Text>
          <Text style={s.why}>Main reason</Text>
        </View>
        {m.stack.map((p) => (
          <View key={p.slot} style={s.row} wrap={false}>
            <Text style={s.slot}>{p.slotLabel}</Text>
            <View style={s.pick}>
              <Text style={s.bold}>{p.name}</Text>
              {p.runnerUp && <Text style={s.muted}>next: {p.runnerUp}</Text>}
            </View>
            <Text style={s.score}>{p.score ?? '—'}</Text>
            <View style={s.lead}>
              <Text>{p.margin === null ? '—' : p.verdict === 'Tied' ? 'tie' : `+${p.margin}`}</Text>
              <Text style={s.muted}>{p.verdict}</Text>
            </View>
            <View style={s.why}>
              <Text>{clip(p.reasons[0] ?? '', 0.6)}</Text>
              {p.confidence && <Text style={s.muted}>{p.confidence}</Text>}
            </View>
          </View>
        ))}
        {m.stackCost && (
          <Text style={{ marginTop: 4 }}>
            <Text style={s.bold}>Estimated cost: </Text>
            {m.stackCost.summary}
            {m.stackCost.assumed.length > 0 ? '; what it assumes is in the appendix.' : '.'}
          </Text>
        )}

        {watch.length > 0 && (
          <View wrap={false}>
            <Text style={s.h2}>What to watch</Text>
            {watch.slice(0, SUMMARY_RISKS).map((r) => (
              <Text key={r} style={s.bullet}>
                - {clip(r)}
              </Text>
            ))}
            {watch.length > SUMMARY_RISKS && <Text style={s.muted}>{watch.length - SUMMARY_RISKS} more at the end of the appendix.</Text>}
          </View>
        )}
        {verify.length > 0 && (
          <View wrap={false}>
            <Text style={s.h2}>What to verify before signing</Text>
            <Text>
              Unverified facts, to confirm with the vendor:{' '}
              {verify
                .slice(0, SUMMARY_RISKS)
                .map((v) => `${v.name} (${v.facts.join(', ')})`)
                .join('; ')}
              {verify.length > SUMMARY_RISKS ? `; ${verify.length - SUMMARY_RISKS} more at the end of the appendix.` : '.'}
            </Text>
          </View>
        )}

        <Text style={s.h1} break>
          Appendix: options per slot
        </Text>
        {m.stack.map((p, i) => {
          const o = m.options[i]!
          return (
            <View key={p.slot}>
              <Text style={s.h3} minPresenceAhead={50}>
                {o.slotLabel}
              </Text>
              {o.rows
                .filter((r) => r.eligible)
                .slice(0, TOP_OPTIONS)
                .map((r) => (
                  <View key={r.name} style={[s.row, s.small]} wrap={false}>
                    <Text style={s.c1}>{r.name}</Text>
                    <Text style={s.c0}>{r.score}</Text>
                    <Text style={s.c2}>{r.why.split('; ').slice(0, OPTION_REASONS).join('; ')}</Text>
                  </View>
                ))}
              {p.needs.length > 0 && <Text style={s.muted}>{p.needs.join('. ')}</Text>}
              {p.flips.length > 0 && <Text style={s.muted}>{p.flips.slice(0, 2).join('. ')}</Text>}
              {o.excluded.map((g) => (
                <Text key={g.reason} style={s.muted}>
                  Not eligible, {g.reason}: {g.names.join(', ')}
                </Text>
              ))}
            </View>
          )
        })}
        {m.complements.length > 0 && (
          <Text style={{ marginTop: 8 }}>
            <Text style={s.bold}>Use alongside: </Text>
            {m.complements.map((c) => `${c.name} (${c.slots})`).join('; ')}
          </Text>
        )}
        {(watch.length > SUMMARY_RISKS || verify.length > SUMMARY_RISKS) && (
          <View>
            <Text style={s.h3}>Also worth watching, and to verify</Text>
            {[...watch.slice(SUMMARY_RISKS), ...verify.slice(SUMMARY_RISKS).map((v) => v.text)].map((r) => (
              <Text key={r} style={s.bullet}>
                - {r}
              </Text>
            ))}
          </View>
        )}

        {m.stackCost && m.stackCost.assumed.length > 0 && (
          <View>
            <Text style={s.h3}>How the cost was estimated</Text>
            <Text>
              List prices with their as-of dates from the price book, for your answers; where they say nothing it assumed{' '}
              {m.stackCost.assumed.join('; ')}. The JSON report has the basis of every figure.
            </Text>
          </View>
        )}

        <Text style={s.h2} minPresenceAhead={60}>
          Your answers
        </Text>
        <Text>
          {m.answers.map((a, i) => (
            <Text key={a.question}>
              {i > 0 ? ' · ' : ''}
              <Text style={s.bold}>{a.question}:</Text> {a.answer}
            </Text>
          ))}
        </Text>

        <Text style={s.h2} minPresenceAhead={60}>
          The picks' facts and sources
        </Text>
        {m.vendors
          .filter((v) => picks.has(v.name))
          .map((v) => (
            // facts as one flowing paragraph per vendor: a table row per fact took a page per vendor
            <View key={v.name} style={[s.small, { marginBottom: 4 }]}>
              <Text style={s.h3} minPresenceAhead={40}>
                {v.page ? (
                  <Link src={v.page} style={s.link}>
                    {v.name}
                  </Link>
                ) : (
                  v.name
                )}
              </Text>
              <Text>
                {/* the date is on the sources line below */}
                {v.facts.filter((f) => f.label !== 'Facts checked').map((f, i) => (
                  <Text key={f.label}>
                    {i > 0 ? ' · ' : ''}
                    <Text style={s.bold}>{f.label}:</Text> {f.value.length > FACT_CHARS ? `${f.value.slice(0, FACT_CHARS - 1).trimEnd()}…` : f.value}
                    {f.unverified ? ' (unverified)' : ''}
                  </Text>
                ))}
              </Text>
              <Text style={s.muted}>
                Sources (checked {v.asOf}):{' '}
                {v.sources.slice(0, SOURCES).map((src, i) => (
                  <Text key={src}>
                    {i > 0 ? ', ' : ''}
                    <Link src={src} style={s.link}>
                      {src}
                    </Link>
                  </Text>
                ))}
                {v.sources.length > SOURCES ? `, and ${v.sources.length - SOURCES} more in the JSON report` : ''}
              </Text>
            </View>
          ))}
      </Page>
    </Document>
  )
}
