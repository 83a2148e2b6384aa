'use client'

import { useEffect } from 'react'
import { ErrorNotice } from './_components/error-notice'

/**
 * Shown instead of a blank screen when rendering a page fails. The wizard's answers live in the
 * browser's storage, so trying again (or reloading) loses nothing.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.warn('page error', error.digest ?? error.message)
  }, [error])
  return <ErrorNotice digest={error.digest} reset={reset} back={{ href: '/wizard', label: 'Back to the wizard' }} />
}
