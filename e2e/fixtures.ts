import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type Page } from '@playwright/test'

export interface Choices {
  scope: string[]
  /** Radio labels on the context page (platform, organisation size, platform team); skipped when absent. */
  context?: string[]
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
  sidecars: 'Sidecars are fine',
  mtls: 'Preferred',
  costSensitivity: 'Medium',
  consolidation: 'Balanced',
}

export const EVERYTHING: Choices = {
  scope: ['Service mesh', 'Observability', 'Security', 'Cost'],
  openSource: 'Preferred',
  hosting: 'Either',
  sidecars: 'Tolerate sidecars',
  mtls: 'Preferred',
  costSensitivity: 'High',
  signals: ['Traces', 'Logs', 'Metrics'],
  consolidation: 'Balanced',
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 })

/** Completes the wizard; `onStep` runs on every question step before it is answered (e.g. axe). */
export async function completeWizard(page: Page, c: Choices, onStep: (page: Page) => Promise<void> = async () => {}) {
  const check = async (labels: string[], kind: 'radio' | 'checkbox') => {
    for (const label of labels) await page.getByRole(kind, { name: new RegExp(`^${label}\\b`) }).check()
  }
  const next = async () => page.getByRole('button', { name: 'Next' }).click()
  await page.goto('/wizard')
  await page.evaluate(() => localStorage.clear())
  await page.goto('/wizard?step=welcome')
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await expect(heading(page)).toHaveText('Which areas should the stack cover?')
  await onStep(page)
  for (const box of await page.getByRole('checkbox').all()) await box.uncheck()
  await check(c.scope, 'checkbox')
  await next()
  await expect(heading(page)).toHaveText('Where do you run, and who runs it?')
  await onStep(page)
  await check(c.context ?? [], 'radio')
  await next()
  await expect(heading(page)).toHaveText('What matters most?')
  await onStep(page)
  await check([c.openSource, c.hosting, c.costSensitivity, c.consolidation], 'radio')
  await next()
  await expect(heading(page)).toHaveText('About each area')
  await onStep(page)
  if (c.sidecars) await check([c.sidecars, c.mtls ?? 'Preferred'], 'radio')
  if (c.signals) {
    for (const box of await page.getByRole('group', { name: 'Telemetry signals' }).getByRole('checkbox').all()) await box.uncheck()
    await check(c.signals, 'checkbox')
  }
  await next()
  await expect(heading(page)).toHaveText('Must-haves and nice-to-haves')
  await onStep(page)
  await next()
  await expect(heading(page)).toHaveText('Which tools do you already run?')
  await onStep(page)
  await next()
  await expect(heading(page)).toHaveText('Review your answers')
  await onStep(page)
  await page.getByRole('button', { name: 'Show my stack' }).click()
  await expect(heading(page)).toHaveText('Your recommended Day 2 stack')
}

/** The pick shown on a slot's card, e.g. "Linkerd". */
/** The pick of a slot, as the results summary table shows it. */
export async function pickOf(page: Page, slotLabel: string): Promise<string> {
  const row = page.getByRole('table', { name: 'Summary' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: slotLabel, exact: true }) })
  const text = (await row.getByRole('cell').first().innerText()).trim()
  return text.replace(/\s*\(was [^)]*\)$/, '')
}

/** A slot's part of its vendor's card on the results, with its details opened. */
export async function slotPart(page: Page, slotLabel: string) {
  const part = page.getByRole('region', { name: slotLabel, exact: true })
  const details = part.locator('details.slot-details')
  if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('> summary').click()
  return part
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
