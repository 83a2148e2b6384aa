import type { Scenario } from '@/lib/scenarios/store'
import styles from './scenarios.module.css'

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** One card per scenario: its name, when it was saved, its share link and a way back into the wizard. */
export function ScenarioList({ scenarios, onDelete }: { scenarios: Scenario[]; onDelete: (id: string) => void }) {
  return (
    <ul className={styles.list}>
      {scenarios.map((s) => (
        <li key={s.id} className={`card ${styles.item}`}>
          <h3 className={styles.name}>{s.name}</h3>
          <p className="small muted">
            Saved <time dateTime={s.savedAt}>{when(s.savedAt)}</time>
          </p>
          <p className={styles.links}>
            <a href={`/r/${s.token}`}>
              Share link<span className="visually-hidden"> of {s.name}</span>
            </a>
            <a href={`/wizard?from=${s.token}&step=results`}>
              Open in the wizard<span className="visually-hidden">: {s.name}</span>
            </a>
            <button type="button" className="button" onClick={() => onDelete(s.id)}>
              Delete<span className="visually-hidden"> {s.name}</span>
            </button>
          </p>
        </li>
      ))}
    </ul>
  )
}
