'use client'

import './globals.css'
import { ErrorNotice } from './_components/error-notice'

/** Replaces the whole document when even the root layout fails: a page, never a blank screen. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main">
          <ErrorNotice digest={error.digest} reset={reset} back={{ href: '/', label: 'Home' }} />
        </main>
      </body>
    </html>
  )
}
