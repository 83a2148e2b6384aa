'use client'

import { useEffect, useState } from 'react'

type Theme = 'system' | 'light' | 'dark'
const KEY = 'day2-advisor.theme'
const NEXT: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' }

/** Cycles system, light and dark; the choice is kept in this browser. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>('system')
  useEffect(() => {
    let saved: string | null = null
    try {
      saved = window.localStorage.getItem(KEY)
    } catch {
      /* storage blocked: follow the system */
    }
    if (saved === 'light' || saved === 'dark') setTheme(saved)
  }, [])
  useEffect(() => {
    const root = document.documentElement
    if (theme === 'system') root.removeAttribute('data-theme')
    else root.setAttribute('data-theme', theme)
    try {
      window.localStorage.setItem(KEY, theme)
    } catch {
      /* not kept: fine */
    }
  }, [theme])
  return (
    <button type="button" className="button link" onClick={() => setTheme(NEXT[theme])}>
      Theme: {theme}
    </button>
  )
}
