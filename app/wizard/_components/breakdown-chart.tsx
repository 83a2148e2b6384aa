import type { RankingRow } from '@/lib/recommend'

// One hue per criterion, in the order of lib/scoring/criteria.ts.
const HUES = [215, 150, 280, 35, 190, 0, 320, 95, 255, 60, 170]

/** Stacked bars: how much each criterion added to each top vendor's score. */
export function BreakdownChart({ rows }: { rows: RankingRow[] }) {
  if (rows.length === 0) return null
  const criteria = rows[0]!.breakdown.filter((b) => b.weight > 0)
  return (
    <figure className="chart" style={{ margin: '0.5rem 0' }}>
      <figcaption className="small muted">Score breakdown (points per criterion)</figcaption>
      {rows.map((r) => {
        const name = r.name
        const parts = r.breakdown.filter((b) => b.weight > 0)
        const label = `${name}: ${r.score} points. ${parts.map((b) => `${b.label} ${b.points}`).join(', ')}`
        return (
          <div key={r.vendor} className="chart-row">
            <span title={name} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              {name}
            </span>
            <div className="chart-track" role="img" aria-label={label} style={{ display: 'flex' }}>
              {parts.map((b) => (
                <div
                  key={b.criterion}
                  title={`${b.label}: ${b.points}`}
                  style={{ width: `${b.points}%`, background: `hsl(${HUES[criteria.findIndex((c) => c.criterion === b.criterion) % HUES.length]} 70% 50%)` }}
                />
              ))}
            </div>
            <span>{r.score}</span>
          </div>
        )
      })}
      <p className="small muted" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 0.75rem', margin: 0 }}>
        {criteria.map((c, i) => (
          <span key={c.criterion}>
            <span aria-hidden="true" style={{ display: 'inline-block', width: '0.7rem', height: '0.7rem', background: `hsl(${HUES[i % HUES.length]} 70% 50%)`, marginRight: '0.25rem' }} />
            {c.label}
          </span>
        ))}
      </p>
    </figure>
  )
}
