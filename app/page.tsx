import { QUESTIONS } from '@/lib/answers/registry'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { AREA_IDS, AREA_LABEL, SLOT_AREA } from '@/lib/catalog/slots'

export default function HomePage() {
  const count = (area: string) =>
    EMBEDDED_CATALOG.vendors.filter((v) => v.slots.some((s) => SLOT_AREA[s.slot] === area)).length
  return (
    <div className="stack-lg">
      <section className="hero">
        <h1>Choose your Kubernetes Day 2 stack with reasons you can defend</h1>
        <p className="lead">
          {QUESTIONS.length} short pages about where you run, your team and compliance, what matters most, each area,
          what each slot must do and the tools you already run. You get one pick per slot with runners-up, how it covers your
          needs, why-not for excluded vendors, and how robust each pick is.
        </p>
        <p>
          <a className="button primary" href="/wizard">
            Start the wizard
          </a>{' '}
          <a className="button" href="/landscape">
            Browse the landscape
          </a>
        </p>
      </section>
      <section aria-labelledby="coverage">
        <h2 id="coverage">What it covers</h2>
        <ul className="cards">
          {AREA_IDS.map((area) => (
            <li key={area} className="card">
              <h3>{AREA_LABEL[area]}</h3>
              <p>{count(area)} vendors with sourced facts</p>
            </li>
          ))}
        </ul>
        <p className="muted">
          Vendor data checked {EMBEDDED_CATALOG.asOf} <span className="small">(version {EMBEDDED_CATALOG.version})</span>.
        </p>
      </section>
    </div>
  )
}
