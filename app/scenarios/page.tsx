import type { Metadata } from 'next'
import { ScenariosApp } from './_components/scenarios-app'

export const metadata: Metadata = { title: 'Scenarios' }

/** Saved scenarios live in the browser, so the server renders only the frame around them. */
export default function ScenariosPage() {
  return (
    <section className="stack-lg">
      <div>
        <h1>Your scenarios</h1>
        <p className="lead">
          Variants of your answers, saved in this browser from the results page. Compare two to see which picks differ and
          which answers changed them. Nothing is stored on a server: each scenario is its share link.
        </p>
      </div>
      <ScenariosApp />
    </section>
  )
}
