import type { Metadata, Viewport } from 'next'
import { headers } from 'next/headers'
import type { ReactNode } from 'react'
import { configuredBaseUrl } from '@/lib/http/base-url'
import { ThemeToggle } from './_components/theme-toggle'
import './globals.css'

export const metadata: Metadata = {
  // an empty or malformed PUBLIC_BASE_URL counts as unset: a blank manifest entry must not break pages
  metadataBase: new URL(configuredBaseUrl(process.env.PUBLIC_BASE_URL) ?? 'http://127.0.0.1:3000'),
  title: { default: 'Day 2 Stack Advisor', template: '%s · Day 2 Stack Advisor' },
  description:
    'Answer a few questions and get a recommended Kubernetes Day 2 stack: service mesh, observability, security and cost tooling, with reasons and sources.',
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, which the CSP nonce requires.
  await headers()
  return (
    <html lang="en" suppressHydrationWarning>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <a href="/" className="brand">
            Day 2 Stack Advisor
          </a>
          <nav aria-label="Main">
            <a href="/wizard">Wizard</a>
            <a href="/landscape">Landscape</a>
            <a href="/scenarios">Scenarios</a>
            <ThemeToggle />
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>Vendor facts carry sources and as-of dates; unverified facts are marked. Not affiliated with any vendor.</p>
        </footer>
      </body>
    </html>
  )
}
