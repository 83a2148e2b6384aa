import type { CardModel } from '@/lib/share/card-model'

/**
 * The 1200x630 summary card. Written for the image renderer's subset of CSS (every element with
 * several children is a flex box, inline styles only), so the same JSX also renders as HTML for
 * the screenshot comparison.
 */
export function SummaryCard({ m }: { m: CardModel }) {
  return (
    <div
      style={{
        width: 1200,
        height: 630,
        display: 'flex',
        flexDirection: 'column',
        background: '#0b1120',
        color: '#f3f4f6',
        padding: '44px 56px',
        fontFamily: 'Geist, sans-serif',
        boxSizing: 'border-box',
      }}
    >
      <div style={{ display: 'flex', fontSize: 52, color: '#ffffff' }}>{m.title}</div>
      <div style={{ display: 'flex', flexWrap: 'wrap', marginTop: 18, gap: 10 }}>
        {m.constraints.map((c) => (
          <div key={c} style={{ display: 'flex', fontSize: 22, padding: '6px 14px', borderRadius: 999, background: '#1e3a8a', color: '#dbeafe' }}>
            {c}
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', flex: 1, marginTop: 26, gap: 22 }}>
        {m.areas.map((area) => (
          <div
            key={area.area}
            style={{ display: 'flex', flexDirection: 'column', flex: 1, background: '#172033', borderRadius: 18, padding: '18px 20px' }}
          >
            <div style={{ display: 'flex', fontSize: 24, color: '#93c5fd', marginBottom: 12, flexShrink: 0 }}>{area.area}</div>
            {area.picks.map((p) => (
              <div key={p.slot} style={{ display: 'flex', flexDirection: 'column', marginBottom: 14, flexShrink: 0 }}>
                <div style={{ display: 'flex', fontSize: 20, color: '#9ca3af' }}>{p.slot}</div>
                <div style={{ display: 'flex', fontSize: 30, color: '#ffffff' }}>{p.name}</div>
              </div>
            ))}
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', fontSize: 18, color: '#9ca3af', marginTop: 16 }}>{m.footer}</div>
    </div>
  )
}
