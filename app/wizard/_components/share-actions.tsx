'use client'

import { useEffect, useState } from 'react'
import { reportFileName } from '@/lib/report/build-report'

/** Copy-link with confirmation, the three report downloads and the exports for the current answers. */
export function ShareActions({ token }: { token: string }) {
  const [origin, setOrigin] = useState('')
  const [status, setStatus] = useState('')
  const [pdf, setPdf] = useState<{ state: 'idle' | 'working' } | { state: 'failed'; message: string }>({ state: 'idle' })
  useEffect(() => setOrigin(window.location.origin), [])
  useEffect(() => {
    setStatus('')
    setPdf({ state: 'idle' })
  }, [token])
  const url = `${origin}/r/${token}`
  const date = new Date().toISOString().slice(0, 10)
  const markdownHref = `/api/report/${token}?format=md`

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

  // Fetched rather than linked: a failed render must never end as an empty or broken download,
  // so the page reads the answer first and offers the Markdown report when the PDF is not there.
  const downloadPdf = async () => {
    setPdf({ state: 'working' })
    try {
      const res = await fetch(`/api/report/${token}?format=pdf`, { headers: { accept: 'application/pdf, application/json' } })
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { message?: string } | null
        setPdf({ state: 'failed', message: body?.message ?? `The PDF report could not be generated (HTTP ${res.status}).` })
        return
      }
      const href = URL.createObjectURL(await res.blob())
      const a = document.createElement('a')
      a.href = href
      a.download = reportFileName(date, 'pdf')
      document.body.append(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(href), 60_000)
      setPdf({ state: 'idle' })
    } catch {
      setPdf({ state: 'failed', message: 'The PDF report could not be downloaded (network error).' })
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
        <button type="button" className="button" onClick={downloadPdf} disabled={pdf.state === 'working'} aria-busy={pdf.state === 'working'}>
          {pdf.state === 'working' ? 'Preparing PDF…' : 'Download PDF'}
        </button>
        <a className="button" href={markdownHref} download={reportFileName(date, 'md')}>
          Download Markdown (ADR)
        </a>
        <a className="button" href={`/api/report/${token}?format=json`} download={reportFileName(date, 'json')}>
          Download JSON
        </a>
      </p>
      <p className="small">
        Exports:{' '}
        <a href={`/api/report/${token}?format=radar`} download={reportFileName(date, 'radar')}>
          Tech radar (Backstage JSON)
        </a>
        {' · '}
        <a href={`/api/report/${token}?format=csv`} download={reportFileName(date, 'csv')}>
          Rankings (CSV)
        </a>
      </p>
      {pdf.state === 'failed' && (
        <p role="alert" className="error">
          {pdf.message}{' '}
          <a href={markdownHref} download={reportFileName(date, 'md')}>
            Download the Markdown report instead
          </a>
          .
        </p>
      )}
    </section>
  )
}
