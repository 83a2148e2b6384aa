import { Document, Link, Page, StyleSheet, Text, View } from '@react-pdf/renderer'
import type { ReportModel } from '@/lib/report/build-report'

// Built-in Helvetica only: registering fonts by URL would need network at run time.
const s = StyleSheet.create({
  page: { padding: 40, fontSize: 10, fontFamily: 'Helvetica', lineHeight: 1.4 },
  h1: { fontSize: 18, fontFamily: 'Helvetica-Bold', marginBottom: 6 },
  h2: { fontSize: 13, fontFamily: 'Helvetica-Bold', marginTop: 14, marginBottom: 6 },
  h3: { fontSize: 11, fontFamily: 'Helvetica-Bold', marginTop: 8, marginBottom: 3 },
  muted: { color: '#4b5563' },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#d1d5db', paddingVertical: 3 },
  c1: { width: '28%', paddingRight: 6 },
  c2: { width: '72%' },
  pick: { width: '22%', paddingRight: 6, fontFamily: 'Helvetica-Bold' },
  bullet: { marginLeft: 8 },
  link: { color: '#1d4ed8', textDecoration: 'none' },
  footer: { position: 'absolute', bottom: 20, left: 40, right: 40, height: 12, fontSize: 8, color: '#6b7280', textAlign: 'center' },
})

/** Repeated on every page of the document. */
function PageFooter() {
  return <Text style={s.footer} render={({ pageNumber, totalPages }) => `Day 2 Stack Advisor - page ${pageNumber} of ${totalPages}`} fixed />
}

export function ReportPdf({ m }: { m: ReportModel }) {
  return (
    <Document title={m.title} author="Day 2 Stack Advisor" subject={`Data version ${m.dataVersion}`}>
      <Page size="A4" style={s.page} wrap>
        <Text style={s.h1}>{m.title}</Text>
        <Text style={s.muted}>
          {m.date} - data version {m.dataVersion}, vendor facts checked {m.dataAsOf}
        </Text>

        <Text style={s.h2}>Recommended stack</Text>
        {m.stack.map((p) => (
          <View key={p.slot} style={s.row} wrap={false}>
            <Text style={s.c1}>{p.slotLabel}</Text>
            <View style={s.c2}>
              <Text style={{ fontFamily: 'Helvetica-Bold' }}>
                {p.name}
                {p.score !== null ? `  (score ${p.score})` : ''}
              </Text>
              {p.reasons.map((r) => (
                <Text key={r} style={s.bullet}>
                  - {r}
                </Text>
              ))}
              {p.needs.map((n) => (
                <Text key={n} style={s.muted}>
                  {n}
                </Text>
              ))}
              {p.runnersUp.length > 0 && <Text style={s.muted}>Runners-up: {p.runnersUp.join(', ')}</Text>}
              <Text style={s.muted}>{p.robustness}</Text>
            </View>
          </View>
        ))}
        {m.complements.length > 0 && (
          <>
            <Text style={s.h3}>Use alongside</Text>
            {m.complements.map((c) => (
              <Text key={c.name} style={s.bullet}>
                - {c.name} ({c.slots}): {c.note}
              </Text>
            ))}
          </>
        )}

        <Text style={s.h2}>Your answers</Text>
        {m.answers.map((a) => (
          <View key={a.question} style={s.row} wrap={false}>
            <Text style={s.c1}>{a.question}</Text>
            <Text style={s.c2}>{a.answer}</Text>
          </View>
        ))}

        <Text style={s.h2}>Risks and robustness</Text>
        {m.stack.flatMap((p) => p.flips.slice(0, 2).map((f) => (
          <Text key={`${p.slot}-${f}`} style={s.bullet}>
            - {p.slotLabel}: {f}
          </Text>
        )))}
        {m.risks.map((r) => (
          <Text key={r} style={s.bullet}>
            - {r}
          </Text>
        ))}
        <PageFooter />
      </Page>

      <Page size="A4" style={s.page} wrap>
        <Text style={s.h1}>Options considered</Text>
        {m.options.map((o) => (
          <View key={o.slotLabel}>
            <Text style={s.h3}>{o.slotLabel}</Text>
            {o.rows.map((r) => (
              <View key={r.name} style={s.row} wrap={false}>
                <Text style={s.pick}>
                  {r.name} ({r.score})
                </Text>
                <Text style={{ width: '78%' }}>{r.why}</Text>
              </View>
            ))}
          </View>
        ))}
        <PageFooter />
      </Page>

      <Page size="A4" style={s.page} wrap>
        <Text style={s.h1}>Vendor facts and sources</Text>
        {m.vendors.map((v) => (
          // a vendor's facts may run longer than a page (compliance notes, components): the block
          // breaks between rows, never inside one, and its title stays with its first rows
          <View key={v.name} style={{ marginBottom: 8 }}>
            <Text style={s.h3} minPresenceAhead={60}>
              {v.name}
            </Text>
            {v.facts.map((f) => (
              <View key={f.label} style={s.row} wrap={false}>
                <Text style={s.c1}>{f.label}</Text>
                <Text style={s.c2}>
                  {f.value}
                  {f.unverified ? ' (unverified)' : ''}
                </Text>
              </View>
            ))}
            <Text style={s.muted}>Sources (checked {v.asOf}):</Text>
            {v.sources.map((src) => (
              <Link key={src} src={src} style={[s.link, s.bullet]}>
                {src}
              </Link>
            ))}
          </View>
        ))}
        <PageFooter />
      </Page>
    </Document>
  )
}
