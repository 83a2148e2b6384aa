import type { APIRequestContext, Page } from '@playwright/test'
import { addScenario, SCENARIOS_KEY, serializeScenarios, type Scenario } from '@/lib/scenarios/store'
import { EXAMPLE_TEAM } from '@/tests/support/example-team'
import { completeWizard, EVERYTHING, expect, expectNoAxeViolations, pickOf, test } from './fixtures'

const heading = (page: Page) => page.getByRole('heading', { level: 1 })
const overflowX = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

/** The answers of EVERYTHING, as the API takes them. */
const ANSWERS = EXAMPLE_TEAM

async function tokenOf(request: APIRequestContext, patch: Record<string, unknown> = {}): Promise<string> {
  const res = await request.post('/api/recommend', { data: { ...ANSWERS, ...patch } })
  expect(res.status()).toBe(200)
  return ((await res.json()) as { share: { token: string } }).share.token
}

/** Two saved scenarios in this browser's store, as the results page would have saved them. */
async function seed(page: Page, tokens: [string, string]) {
  let list: Scenario[] = []
  for (const [i, token] of tokens.entries()) {
    const r = addScenario(list, { id: `s${i}`, name: i === 0 ? 'Open source preferred' : 'Open source required', token, dataVersion: '', now: new Date() })
    if (r.ok) list = r.scenarios
  }
  await page.goto('/scenarios')
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [SCENARIOS_KEY, serializeScenarios(list)])
  await page.reload()
}

async function saveScenario(page: Page, name: string) {
  await page.getByRole('textbox', { name: 'Scenario name' }).fill(name)
  await page.getByRole('button', { name: 'Save as scenario' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Saved “${name}”` })).toBeVisible()
}

const savedNames = (page: Page) => page.getByRole('region', { name: 'Saved scenarios' }).getByRole('heading', { level: 3 })
const differenceRow = (page: Page, slot: string) =>
  page.getByRole('table', { name: 'Picks that differ' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: slot, exact: true }) })

test('a platform lead saves two scenarios and sees which answers changed which picks', async ({ page }) => {
  await completeWizard(page, EVERYTHING)
  const before = await pickOf(page, 'Kubernetes cost management')
  expect(before).not.toBe('OpenCost')
  await saveScenario(page, 'Open source preferred')

  await page.getByRole('button', { name: 'Edit answers' }).click()
  await page.getByRole('button', { name: 'Edit Open-source preference' }).click()
  await expect(heading(page)).toHaveText('What matters most?')
  await page.getByRole('radio', { name: /^Required/ }).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(heading(page)).toHaveText('Review your answers')
  await page.getByRole('button', { name: 'Show my stack' }).click()
  expect(await pickOf(page, 'Kubernetes cost management')).toBe('OpenCost')
  await saveScenario(page, 'Open source required')

  await page.getByRole('link', { name: 'Compare your scenarios' }).click()
  await expect(heading(page)).toHaveText('Your scenarios')
  await expect(savedNames(page)).toHaveText(['Open source preferred', 'Open source required'])
  await expect(page.getByRole('link', { name: 'Share link of Open source required' })).toHaveAttribute('href', /^\/r\/2[A-Za-z0-9_-]+$/)
  await page.getByLabel('Compare', { exact: true }).selectOption({ label: 'Open source preferred' })
  await page.getByLabel('with', { exact: true }).selectOption({ label: 'Open source required' })

  const row = differenceRow(page, 'Kubernetes cost management')
  await expect(row.getByRole('cell')).toHaveText([before, 'OpenCost', 'Open-source preference: Preferred → Required'])
  await expect(page.getByRole('listitem').filter({ hasText: /^Open-source preference: Preferred → Required$/ })).toBeVisible()

  // each scenario keeps its link: opening it shows its own stack again
  await page.getByRole('link', { name: /^Open in the wizard\W+Open source required$/ }).click()
  await expect(heading(page)).toHaveText('Your recommended Day 2 stack')
  expect(await pickOf(page, 'Kubernetes cost management')).toBe('OpenCost')
})

/** Presses Tab (or Shift+Tab) until the focused element matches, then returns; fails after 200 presses. */
async function tabTo(page: Page, predicate: string, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press(key)
    if (await page.evaluate(predicate)) return
  }
  throw new Error(`never focused: ${predicate}`)
}
const focusedName = (text: string) => `document.activeElement?.textContent.trim() === ${JSON.stringify(text)}`
const focusVisible = (page: Page) => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle !== 'none')

test('a keyboard user saves, compares and deletes scenarios without the mouse', async ({ page, request }) => {
  const tokens = [await tokenOf(request), await tokenOf(request, { openSource: 'required' })]
  for (const [i, token] of tokens.entries()) {
    await page.goto(`/wizard?from=${token}&step=results`)
    await expect(heading(page)).toHaveText('Your recommended Day 2 stack')
    await tabTo(page, `document.activeElement?.closest('label')?.textContent.startsWith('Scenario name') === true`)
    expect(await focusVisible(page)).toBe(true)
    await page.keyboard.type(i === 0 ? 'Preferred' : 'Required')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: 'Saved “' })).toBeVisible()
  }
  await tabTo(page, focusedName('Compare your scenarios'))
  await page.keyboard.press('Enter')
  await expect(heading(page)).toHaveText('Your scenarios')

  // picking Required first turns the comparison round
  await tabTo(page, `document.activeElement?.tagName === 'SELECT'`)
  expect(await focusVisible(page)).toBe(true)
  await page.keyboard.press('ArrowDown')
  await expect(differenceRow(page, 'Kubernetes cost management').getByRole('cell').last()).toHaveText('Open-source preference: Required → Preferred')

  await tabTo(page, focusedName('Delete Preferred'), 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused()
  await expect(savedNames(page)).toHaveText(['Required'])
  await page.keyboard.press('Enter')
  await expect(savedNames(page)).toHaveText(['Preferred', 'Required'])
})

test('at 375 px the scenarios and their comparison fit the screen and pass axe', async ({ page, request }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  const tokens: [string, string] = [await tokenOf(request), await tokenOf(request, { openSource: 'required' })]
  await page.goto(`/wizard?from=${tokens[0]}&step=results`)
  await expect(page.getByRole('button', { name: 'Save as scenario' })).toBeVisible()
  expect(await overflowX(page)).toBeLessThanOrEqual(0)

  await seed(page, tokens)
  await expect(differenceRow(page, 'Kubernetes cost management').getByRole('cell').nth(1)).toHaveText('OpenCost')
  expect(await overflowX(page)).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(page)
})
