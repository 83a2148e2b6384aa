import { CLIENT_CATALOG as EMBEDDED_CATALOG } from '@/lib/catalog/embedded-client'
import { factsOf } from '@/lib/catalog/facts'

/** Side-by-side facts of 2-4 vendors with their sources; unverified values are marked. */
export function CompareTable({ ids, slotLabel }: { ids: string[]; slotLabel: string }) {
  const vendors = ids.map((id) => EMBEDDED_CATALOG.byId.get(id)!).filter(Boolean)
  const facts = vendors.map(factsOf)
  const labels = [...new Set(facts.flatMap((f) => f.map((r) => r.label)))]
  return (
    <div className="table-wrap">
      <table className="compare">
        <caption className="visually-hidden">Comparison of {slotLabel} vendors</caption>
        <thead>
          <tr>
            <th scope="col">Fact</th>
            {vendors.map((v) => (
              <th key={v.id} scope="col">
                {v.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {facts.map((f, i) => {
                const r = f.find((x) => x.label === label)
                return (
                  <td key={vendors[i]!.id}>
                    {r?.value ?? '—'} {r?.unverified && <span className="badge unverified">unverified</span>}
                  </td>
                )
              })}
            </tr>
          ))}
          <tr>
            <th scope="row">Sources</th>
            {vendors.map((v) => (
              <td key={v.id}>
                <ul className="small" style={{ paddingLeft: '1rem', margin: 0 }}>
                  {v.sources.map((s) => (
                    <li key={s} style={{ overflowWrap: 'anywhere' }}>
                      <a href={s} rel="noopener noreferrer">
                        {new URL(s).hostname}
                      </a>
                    </li>
                  ))}
                </ul>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  )
}
