import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type Page } from '@playwright/test'

export interface Choices {
  scope: string[]
  openSource: string
  hosting: string
  sidecars?: string
  mtls?: string
  costSensitivity: string
  signals?: string[]
  consolidation: string
}

export const MESH_ONLY: Choices = {
  scope: ['Service mesh'],
  openSource: 'Preferred',
  hosting: 'Either',
  sidecars: 'Fine',
  mtls: 'Preferred',
  costSensitivity: 'Medium',
  consolidation: 'Balanced',
}

export const EVERYTHING: Choices = {
  scope: ['Service mesh', 'Observability', 'Security', 'Cost'],
  openSource: 'Preferred',
  hosting: 'Either',
  sidecars: 'Tolerate',
  mtls: 'Preferred',
  costSensitivity: 'High',
  signals: ['Traces', 'Logs', 'Metrics'],
  consolidation: 'Balanced',
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 })

/** Completes the wizard; `onStep` runs on every question step before it is answered (e.g. axe). */
export async function completeWizard(page: Page, c: Choices, onStep: (page: Page) => Promise<void> = async () => {}) {
  const answer = async (_page: Page, labels: string[], kind: 'radio' | 'checkbox') => {
    await onStep(page)
    for (const label of labels) await page.getByRole(kind, { name: new RegExp(`^${label}\\b`) }).check()
    await page.getByRole('button', { name: 'Next' }).click()
  }
  await page.goto('/wizard')
  await page.evaluate(() => localStorage.clear())
  await page.goto('/wizard?step=welcome')
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await expect(heading(page)).toHaveText('Which areas should the stack cover?')
  for (const box of await page.getByRole('checkbox').all()) await box.uncheck()
  await answer(page, c.scope, 'checkbox')
  await answer(page, [c.openSource], 'radio')
  await answer(page, [c.hosting], 'radio')
  if (c.sidecars) await answer(page, [c.sidecars, c.mtls ?? 'Preferred'], 'radio')
  await answer(page, [c.costSensitivity], 'radio')
  if (c.signals) {
    for (const box of await page.getByRole('checkbox').all()) await box.uncheck()
    await answer(page, c.signals, 'checkbox')
  }
  await answer(page, [c.consolidation], 'radio')
  await expect(heading(page)).toHaveText('Review your answers')
  await onStep(page)
  await page.getByRole('button', { name: 'Show my stack' }).click()
  await expect(heading(page)).toHaveText('Your recommended Day 2 stack')
}

/** The pick shown on a slot's card, e.g. "Linkerd". */
export async function pickOf(page: Page, slotLabel: string): Promise<string> {
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: slotLabel, exact: true }) })
  const text = (await card.locator('.pick').innerText()).trim()
  return text.replace(/\s+score[\s\S]*$/, '')
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

export const test = base.extend<{ freshPage: Page }>({
  // every test starts without a saved session
  page: async ({ page }, use) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('e2e-started')) {
        localStorage.clear()
        sessionStorage.setItem('e2e-started', '1')
      }
    })
    await use(page)
  },
})
export { expect }
