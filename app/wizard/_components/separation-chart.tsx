import type { RankingRow } from '@/lib/recommend'

/**
 * What separates the pick from the runner-up, criterion by criterion: the points each earned and
 * the difference, largest first, every value written out (a stacked bar hid them behind hovers).
 */
export function SeparationChart({ pick, other }: { pick: RankingRow; other: RankingRow | undefined }) {
  if (!other) return null
  const theirs = new Map(other.breakdown.map((b) => [b.criterion, b.points]))
  const rows = pick.breakdown
    .filter((b) => b.weight > 0)
    .map((b) => ({ label: b.label, mine: b.points, theirs: theirs.get(b.criterion) ?? 0 }))
    .map((r) => ({ ...r, diff: Math.round((r.mine - r.theirs) * 10) / 10 }))
    .filter((r) => r.diff !== 0)
    .sort((x, y) => Math.abs(y.diff) - Math.abs(x.diff))
  if (rows.length === 0) return <p className="small muted">{other.name} scores the same on every criterion.</p>
  const max = Math.max(...rows.map((r) => Math.abs(r.diff)), 1)
  return (
    <table className="separation small">
      <caption>
        Where {pick.name} ({pick.score}) and {other.name} ({other.score}) differ, in points of 100
      </caption>
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">{pick.name}</th>
          <th scope="col">{other.name}</th>
          <th scope="col">Difference</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td>{r.mine}</td>
            <td>{r.theirs}</td>
            <td>
              <span className="diff">
                <span className={`diff-bar ${r.diff > 0 ? 'ahead' : 'behind'}`} style={{ width: `${(Math.abs(r.diff) / max) * 100}%` }} aria-hidden="true" />
                <span>{r.diff > 0 ? `+${r.diff}` : `−${Math.abs(r.diff)}`}</span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
