import type { Page } from '@playwright/test'
import { completeWizard, EVERYTHING, expect, pickOf, slotPart, test } from './fixtures'

const heading = (page: Page) => page.getByRole('heading', { level: 1 })

/** Presses Tab until the focused element matches, then returns; fails after 80 presses. */
async function tabTo(page: Page, predicate: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(predicate)) return
  }
  throw new Error(`never focused: ${predicate}`)
}
const focusedInput = (value: string) => `document.activeElement?.value === ${JSON.stringify(value)}`
const focusedButton = (text: string) => `document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.trim() === ${JSON.stringify(text)}`

/**
 * Answers a page by keyboard: for each option group, Tab to it (focus lands on `first`) and press
 * `keys` (Space checks, arrows move within a radio group); then Tab to Next and press Enter.
 */
async function keyboardAnswer(page: Page, groups: [first: string, keys: string[]][]) {
  for (const [first, keys] of groups) {
    await tabTo(page, focusedInput(first))
    for (const key of keys) await page.keyboard.press(key)
  }
  await tabTo(page, focusedButton('Next'))
  await page.keyboard.press('Enter')
}

/** Opens the wizard fresh and answers the scope page. */
async function startWith(page: Page, areas: string[]) {
  await page.goto('/wizard')
  await page.evaluate(() => localStorage.clear())
  await page.goto('/wizard?step=welcome')
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  for (const area of areas) await page.getByRole('checkbox', { name: new RegExp(`^${area}`) }).check()
  await page.getByRole('button', { name: 'Next' }).click()
}

/** Answers the priorities page by its radio labels. */
async function priorities(page: Page, labels: string[]) {
  await expect(heading(page)).toHaveText('What matters most?')
  for (const label of labels) await page.getByRole('radio', { name: new RegExp(`^${label}`) }).check()
  await page.getByRole('button', { name: 'Next' }).click()
}

const next = (page: Page) => page.getByRole('button', { name: 'Next' }).click()

test('a platform team completes the wizard with the keyboard alone', async ({ page }) => {
  await page.goto('/wizard')
  await tabTo(page, focusedButton('Start'))
  await page.keyboard.press('Enter')
  const pages: [string, [string, string[]][]][] = [
    ['Which areas should the stack cover?', [['service-mesh', ['Space']]]],
    ['Where do you run, and who runs it?', []],
    [
      'What matters most?',
      [
        ['required', ['ArrowDown']], // preferred
        ['self-hosted', ['ArrowDown', 'ArrowDown']], // either
        ['low', ['ArrowDown']], // medium
        ['best-of-breed', ['Space']],
      ],
    ],
    ['About each area', [['avoid', ['Space']]]],
    ['Must-haves and nice-to-haves', []],
    ['Which tools do you already run?', []],
  ]
  for (const [title, groups] of pages) {
    await expect(heading(page)).toHaveText(title)
    await expect(heading(page)).toBeFocused()
    await keyboardAnswer(page, groups)
  }
  await expect(heading(page)).toHaveText('Review your answers')
  await tabTo(page, focusedButton('Show my stack'))
  await page.keyboard.press('Enter')
  await expect(heading(page)).toHaveText('Your recommended Day 2 stack')
  await expect(heading(page)).toBeFocused()
  expect(await pickOf(page, 'Service mesh')).toBe('Istio')
})

test('going back and changing an answer changes the stack', async ({ page }) => {
  await completeWizard(page, { scope: ['Cost'], openSource: 'Preferred', hosting: 'Either', costSensitivity: 'Medium', consolidation: 'Balanced' })
  expect(await pickOf(page, 'Cloud cost optimization')).toBe('Vantage')
  await page.getByRole('button', { name: 'Edit answers' }).click()
  await page.getByRole('button', { name: 'Edit Open-source preference' }).click()
  await expect(heading(page)).toHaveText('What matters most?')
  await page.getByRole('radio', { name: /^Required/ }).check()
  await next(page)
  await expect(heading(page)).toHaveText('Review your answers')
  await page.getByRole('button', { name: 'Show my stack' }).click()
  expect(await pickOf(page, 'Cloud cost optimization')).toBe('OpenCost')
  const card = await slotPart(page, 'Cloud cost optimization')
  await card.getByText(/Why not the others/).click()
  await expect(card.getByText('proprietary; you require open source').first()).toBeVisible()
})

test('Back keeps answers, the browser buttons move between steps, and the step count never changes', async ({ page }) => {
  await startWith(page, ['Cost'])
  await expect(page.getByText('Step 2 of 7')).toBeVisible()
  await next(page)
  await page.getByRole('radio', { name: /^Required/ }).check()
  await page.getByRole('radio', { name: /^Either/ }).check()
  await page.getByRole('radio', { name: /^Low/ }).check()
  await page.getByRole('radio', { name: /^Balanced/ }).check()
  await next(page)
  await expect(heading(page)).toHaveText('About each area')
  await expect(page.getByText('Step 4 of 7')).toBeVisible()
  await page.goBack()
  await expect(heading(page)).toHaveText('What matters most?')
  await expect(page.getByRole('radio', { name: /^Required/ })).toBeChecked()
  await page.goForward()
  await expect(heading(page)).toHaveText('About each area')
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Back' }).click()
  await expect(page.getByRole('checkbox', { name: /^Cost/ })).toBeChecked()
  await expect(page.getByText('Step 1 of 7')).toBeVisible()
})

test('a reload resumes where the user was, with every answer kept', async ({ page }) => {
  await startWith(page, ['Security'])
  await next(page)
  await priorities(page, ['No preference', 'Either', 'Low', 'Best of breed'])
  await expect(heading(page)).toHaveText('About each area')
  await page.reload()
  await expect(heading(page)).toHaveText('About each area')
  await page.getByRole('button', { name: 'Back' }).click()
  await expect(page.getByRole('radio', { name: /^No preference/ })).toBeChecked()
})

test('an invalid step shows the message naming the field and loses no other answer', async ({ page }) => {
  await startWith(page, ['Observability'])
  await page.getByRole('radio', { name: /^Google GKE/ }).check()
  await next(page)
  await page.getByRole('radio', { name: /^Required/ }).check()
  await next(page)
  await expect(page.getByRole('form').getByRole('alert')).toContainText('Choose a hosting model')
  await expect(page.getByText('Hosting model: Choose a hosting model')).toBeVisible()
  await expect(heading(page)).toHaveText('What matters most?')
  await expect(page.getByRole('radio', { name: /^Required/ })).toBeChecked()
  await page.getByRole('button', { name: 'Back' }).click()
  await expect(page.getByRole('radio', { name: /^Google GKE/ })).toBeChecked()
  await page.getByRole('button', { name: 'Back' }).click()
  await expect(page.getByRole('checkbox', { name: /^Observability/ })).toBeChecked()
  for (const box of await page.getByRole('checkbox').all()) await box.uncheck()
  await next(page)
  await expect(page.getByText('Areas: Choose at least one area')).toBeVisible()
})

test('a small team on EKS is offered the services its cloud already provides', async ({ page }) => {
  await startWith(page, ['Security', 'Cost'])
  await page.getByRole('radio', { name: /^Amazon EKS/ }).check()
  await page.getByRole('radio', { name: /^No dedicated platform engineers/ }).check()
  await next(page)
  await priorities(page, ['No preference', 'Either', 'Medium', 'Balanced'])
  await next(page)
  await next(page)
  await next(page)
  await expect(page.getByText('Amazon EKS', { exact: true })).toBeVisible() // on the review
  await page.getByRole('button', { name: 'Show my stack' }).click()
  expect(await pickOf(page, 'Access control / RBAC')).toBe('AWS IAM Identity Center (with EKS access entries)')
  expect(await pickOf(page, 'Cloud cost optimization')).toMatch(/^AWS Cost Explorer/)
  const card = page.getByRole('region', { name: 'Access control / RBAC', exact: true })
  await expect(card.getByText(/^Built into EKS/)).toBeVisible()
})

test('a team makes a capability a must-have and sees how each pick covers its needs', async ({ page }) => {
  await startWith(page, ['Security'])
  await next(page)
  await priorities(page, ['No preference', 'Either', 'Low', 'Best of breed'])
  await next(page)
  await expect(heading(page)).toHaveText('Must-haves and nice-to-haves')
  await page.getByText(/^Access control \/ RBAC: /).click()
  await page.getByRole('group', { name: /^Session recording/ }).getByRole('radio', { name: 'Must-have' }).check()
  await expect(page.getByText(/^Access control \/ RBAC: 2 must-haves/)).toBeVisible()
  await next(page)
  await next(page)
  await expect(page.getByText('Access control / RBAC: Session recording (must-have)')).toBeVisible() // on the review
  await page.getByRole('button', { name: 'Show my stack' }).click()
  const card = await slotPart(page, 'Access control / RBAC')
  await expect(card.getByRole('list', { name: 'Your needs' })).toContainText('Must-haves: 2 of 2')
  await card.getByText(/Why not the others/).click()
  await expect(card.getByText(/lacks session recording, a must-have/).first()).toBeVisible()
})

test('the results explain each pick, re-rank live with what-if weights and compare vendors with sources', async ({ page }) => {
  await completeWizard(page, EVERYTHING)
  for (const slot of ['Service mesh', 'Tracing', 'Logs', 'Metrics', 'Access control / RBAC', 'Secrets management']) {
    expect(await pickOf(page, slot)).not.toBe('No pick')
  }
  const mesh = await slotPart(page, 'Service mesh')
  await expect(mesh.getByText(/^Runners-up: /)).toBeVisible()
  // what separates the pick from the next best, with the values written out
  await expect(mesh.getByRole('table', { name: /differ, in points of 100/ }).getByRole('row').nth(1)).toContainText(/[+−]\d/)

  const meshBefore = await pickOf(page, 'Service mesh')
  const slider = page.getByRole('slider', { name: /^mTLS$/ })
  await slider.fill('0')
  await expect.poll(() => pickOf(page, 'Service mesh')).not.toBe(meshBefore)
  await expect(page.getByRole('region', { name: 'Service mesh', exact: true })).toContainText(`was ${meshBefore}`)
  await page.getByRole('button', { name: 'Back to my answers' }).click()
  await expect.poll(() => pickOf(page, 'Service mesh')).toBe(meshBefore)

  // the card was replaced twice over: open its details again
  await (await slotPart(page, 'Service mesh')).getByRole('button', { name: 'Compare Service mesh vendors' }).click()
  const dialog = page.getByRole('dialog', { name: 'Compare Service mesh vendors' })
  const table = dialog.getByRole('table')
  await expect(table.getByRole('row', { name: /mTLS by default/ }).first()).toBeVisible()
  await expect(table.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('a vendor that fills several slots is one card, listing each slot it fills', async ({ page }) => {
  await completeWizard(page, EVERYTHING)
  const slots = ['Tracing', 'Logs', 'Metrics']
  const picks = await Promise.all(slots.map((s) => pickOf(page, s)))
  expect(new Set(picks).size, 'one vendor fills two telemetry slots for these answers').toBeLessThan(picks.length)
  const list = page.getByRole('list', { name: 'Recommended stack' })
  const names = await list.locator('.vendor-card > h2').allInnerTexts()
  expect(new Set(names).size, 'no vendor card twice').toBe(names.length)
  for (const [i, slot] of slots.entries()) {
    const card = list.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: picks[i], exact: true }) })
    await expect(card).toHaveCount(1)
    await expect(card.getByRole('region', { name: slot, exact: true })).toBeVisible()
  }
  // each card links to the vendor's page, with its facts and sources
  await list.getByRole('link', { name: picks[0], exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(picks[0]!)
  await expect(page.getByText(/Sources/).first()).toBeVisible()
})

test('a platform lead sizes the clusters on the results and the cost estimate follows, the picks stay', async ({ page }) => {
  await completeWizard(page, EVERYTHING)
  const cost = page.locator('.stack-cost')
  await expect(cost).toContainText('assuming 10 nodes')
  const before = await cost.innerText()
  const picks = await Promise.all(['Service mesh', 'Logs'].map((s) => pickOf(page, s)))
  await page.getByRole('slider', { name: 'Nodes across your clusters' }).fill('5') // the top band: more than 1,000
  await expect(cost).not.toHaveText(before)
  await expect(cost).not.toContainText('assuming 10 nodes')
  expect(await Promise.all(['Service mesh', 'Logs'].map((s) => pickOf(page, s)))).toEqual(picks)
})

test('a platform lead types the exact node count and the estimate uses it; a wrong number is named and changes nothing', async ({ page }) => {
  await completeWizard(page, EVERYTHING)
  const cost = page.locator('.stack-cost')
  await expect(cost).toContainText('assuming 10 nodes')
  const exact = page.getByRole('spinbutton', { name: 'Nodes across your clusters, exact number (nodes)' })
  await exact.fill('0')
  await expect(page.getByRole('alert').filter({ hasText: 'At least 1' })).toBeVisible()
  await expect(cost).toContainText('assuming 10 nodes')
  await exact.fill('140')
  await expect(cost).not.toContainText('assuming 10 nodes')
  const slider = page.getByRole('slider', { name: 'Nodes across your clusters' })
  await expect(slider).toHaveAttribute('aria-valuetext', '140 nodes')
  const priced = await cost.innerText()
  // the slider takes over again: the band replaces the figure
  await slider.fill('1')
  await expect(exact).toHaveValue('')
  await expect(cost).not.toHaveText(priced)
})

test('a platform lead tries a closest call with one click and takes it back', async ({ page }) => {
  await completeWizard(page, EVERYTHING)
  const before = await Promise.all(['Service mesh', 'Tracing', 'Logs', 'Metrics', 'Access control / RBAC', 'Secrets management'].map((s) => pickOf(page, s)))
  const tryIt = page.getByRole('button', { name: /^Try it: / }).first()
  const line = (await tryIt.getAttribute('aria-label'))!.replace(/^Try it: /, '')
  const taker = line.replace(/ would take the slot if .*$/, '')
  await tryIt.click()
  await expect(page.getByRole('status').filter({ hasText: 'Applied:' })).toContainText(line)
  await expect(page.getByRole('table', { name: 'Summary' })).toContainText(taker)
  await expect(page.getByRole('table', { name: 'Summary' })).toContainText('(was ')
  await page.getByRole('button', { name: 'Undo' }).click()
  const after = await Promise.all(['Service mesh', 'Tracing', 'Logs', 'Metrics', 'Access control / RBAC', 'Secrets management'].map((s) => pickOf(page, s)))
  expect(after).toEqual(before)
  await expect(page.getByRole('table', { name: 'Summary' })).not.toContainText('(was ')
})

test('tools the team already runs are favoured, and a kept tool stays the pick', async ({ page }) => {
  await startWith(page, ['Security'])
  await next(page)
  await priorities(page, ['No preference', 'Either', 'Low', 'Best of breed'])
  await next(page)
  await next(page)
  await expect(heading(page)).toHaveText('Which tools do you already run?')
  await page.getByText('Security', { exact: true }).click()
  await page.getByRole('checkbox', { name: 'StrongDM' }).check()
  await next(page)
  await expect(page.getByText('StrongDM', { exact: true })).toBeVisible() // listed on the review
  await page.getByRole('button', { name: 'Show my stack' }).click()
  const card = page.getByRole('region', { name: 'Access control / RBAC', exact: true })
  // without it, Teleport wins this slot: the tool the team runs tips it
  expect(await pickOf(page, 'Access control / RBAC')).toBe('StrongDM')
  await expect(card.getByText('Already in use by your team')).toBeVisible()

  // secrets: StrongDM is not a secret store, so keeping it there changes nothing; keep it and check the review
  await page.getByRole('button', { name: 'Edit answers' }).click()
  await page.getByRole('button', { name: 'Edit Tools to keep' }).click()
  await page.getByRole('checkbox', { name: 'Keep StrongDM' }).check()
  await next(page)
  await expect(page.getByText('Tools to keep')).toBeVisible()
  await page.getByRole('button', { name: 'Show my stack' }).click()
  await expect((await slotPart(page, 'Access control / RBAC')).getByText('Kept, as you asked')).toBeVisible()
})

test('the results address shares the results, and the summary shows what a what-if change did', async ({ page, browser }) => {
  await completeWizard(page, EVERYTHING)
  const summary = page.getByRole('table', { name: 'Summary' })
  await expect(summary.getByRole('row')).toHaveCount(1 + 8)
  // the stack's monthly estimate, and a figure (or "unknown") per pick
  await expect(page.locator('.stack-cost')).toContainText(/Estimated cost: about \$[\d.]+k? a month/)
  await expect(summary.getByRole('columnheader', { name: 'A month' })).toBeVisible()
  const meshRow = summary.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Service mesh' }) })
  const mesh = await pickOf(page, 'Service mesh')
  await expect(meshRow).toContainText(mesh)

  await expect(page).toHaveURL(/[?&]from=2[A-Za-z0-9_-]+/)
  const address = page.url()
  const other = await (await browser.newContext()).newPage()
  await other.goto(address)
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Your recommended Day 2 stack')
  expect(await pickOf(other, 'Service mesh')).toBe(mesh)

  await page.getByRole('slider', { name: /^mTLS$/ }).fill('0')
  await expect(meshRow).toContainText(`(was ${mesh})`)
})

test('starting over asks first and can be undone', async ({ page }) => {
  await completeWizard(page, EVERYTHING)
  await page.getByRole('button', { name: 'Start over' }).click()
  await page.getByRole('button', { name: 'Keep them' }).click()
  await expect(heading(page)).toHaveText('Your recommended Day 2 stack')
  await page.getByRole('button', { name: 'Start over' }).click()
  await page.getByRole('button', { name: 'Clear my answers' }).click()
  await expect(heading(page)).toHaveText('Day 2 stack wizard')
  await expect(page.getByRole('status')).toContainText('Your answers were cleared.')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(heading(page)).toHaveText('Review your answers')
  await page.getByRole('button', { name: 'Show my stack' }).click()
  await expect(heading(page)).toHaveText('Your recommended Day 2 stack')
})
