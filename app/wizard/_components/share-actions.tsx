'use client'

import { useEffect, useState } from 'react'
import { reportFileName } from '@/lib/report/build-report'

/** Copy-link with confirmation, and the three report downloads for the current answers. */
export function ShareActions({ token }: { token: string }) {
  const [origin, setOrigin] = useState('')
  const [status, setStatus] = useState('')
  useEffect(() => setOrigin(window.location.origin), [])
  useEffect(() => setStatus(''), [token])
  const url = `${origin}/r/${token}`
  const date = new Date().toISOString().slice(0, 10)

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setStatus('Link copied to the clipboard.')
    } catch {
      // clipboard blocked (permissions, insecure context): select the text for a manual copy
      const input = document.getElementById('share-url') as HTMLInputElement | null
      input?.select()
      setStatus('Copying is blocked here: the link is selected, press Ctrl+C or Cmd+C.')
    }
  }

  return (
    <section aria-labelledby="share-heading" className="card">
      <h2 id="share-heading">Share and download</h2>
      <div className="filters">
        <label style={{ flex: '1 1 18rem' }}>
          Share link
          <input id="share-url" type="text" readOnly value={url} style={{ width: '100%' }} />
        </label>
        <button type="button" className="button primary" onClick={copy}>
          Copy link
        </button>
      </div>
      <p role="status" className="small">
        {status}
      </p>
      <p className="actions" style={{ justifyContent: 'flex-start' }}>
        <a className="button" href={`/api/report/${token}?format=pdf`} download={reportFileName(date, 'pdf')}>
          Download PDF
        </a>
        <a className="button" href={`/api/report/${token}?format=md`} download={reportFileName(date, 'md')}>
          Download Markdown (ADR)
        </a>
        <a className="button" href={`/api/report/${token}?format=json`} download={reportFileName(date, 'json')}>
          Download JSON
        </a>
      </p>
    </section>
  )
}
