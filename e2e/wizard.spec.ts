import type { Page } from '@playwright/test'
import { completeWizard, EVERYTHING, expect, pickOf, test } from './fixtures'

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
 * Answers a step by keyboard: Tab to the option group (focus lands on `first`), press `keys`
 * (Space checks, arrows move within a radio group), then Tab to Next and press Enter.
 */
async function keyboardAnswer(page: Page, first: string, keys: string[]) {
  await tabTo(page, focusedInput(first))
  for (const key of keys) await page.keyboard.press(key)
  await tabTo(page, focusedButton('Next'))
  await page.keyboard.press('Enter')
}

test('a platform team completes the wizard with the keyboard alone', async ({ page }) => {
  await page.goto('/wizard')
  await tabTo(page, focusedButton('Start'))
  await page.keyboard.press('Enter')
  const steps: [string, string, string[]][] = [
    ['Which areas should the stack cover?', 'service-mesh', ['Space']],
    ['How much does open source matter?', 'required', ['ArrowDown']], // preferred
    ['Who should run the tools?', 'self-hosted', ['ArrowDown', 'ArrowDown']], // either
    ['How do you feel about sidecar proxies?', 'avoid', ['Space']],
    ['How sensitive are you to compute cost?', 'low', ['ArrowDown']], // medium
    ['How many vendors do you want to manage?', 'best-of-breed', ['Space']],
  ]
  for (const [title, first, keys] of steps) {
    await expect(heading(page)).toHaveText(title)
    await expect(heading(page)).toBeFocused()
    await keyboardAnswer(page, first, keys)
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
  await expect(heading(page)).toHaveText('How much does open source matter?')
  await page.getByRole('radio', { name: /^Required/ }).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(heading(page)).toHaveText('Review your answers')
  await page.getByRole('button', { name: 'Show my stack' }).click()
  expect(await pickOf(page, 'Cloud cost optimization')).toBe('OpenCost')
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Cloud cost optimization', exact: true }) })
  await card.getByText(/Why not the others/).click()
  await expect(card.getByText('proprietary; you require open source').first()).toBeVisible()
})

test('Back keeps answers and the browser back and forward buttons move between steps', async ({ page }) => {
  await page.goto('/wizard')
  await page.getByRole('button', { name: 'Start' }).click()
  await page.getByRole('checkbox', { name: /^Cost/ }).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('radio', { name: /^Required/ }).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(heading(page)).toHaveText('Who should run the tools?')
  await page.goBack()
  await expect(heading(page)).toHaveText('How much does open source matter?')
  await expect(page.getByRole('radio', { name: /^Required/ })).toBeChecked()
  await page.goForward()
  await expect(heading(page)).toHaveText('Who should run the tools?')
  await page.getByRole('button', { name: 'Back' }).click()
  await page.getByRole('button', { name: 'Back' }).click()
  await expect(page.getByRole('checkbox', { name: /^Cost/ })).toBeChecked()
  await expect(page.getByText('Step 1 of 6')).toBeVisible()
})

test('a reload resumes where the user was, with every answer kept', async ({ page }) => {
  await page.goto('/wizard')
  await page.getByRole('button', { name: 'Start' }).click()
  await page.getByRole('checkbox', { name: /^Security/ }).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('radio', { name: /^No preference/ }).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(heading(page)).toHaveText('Who should run the tools?')
  await page.reload()
  await expect(heading(page)).toHaveText('Who should run the tools?')
  await page.getByRole('button', { name: 'Back' }).click()
  await expect(page.getByRole('radio', { name: /^No preference/ })).toBeChecked()
})

test('an invalid step shows the message naming the field and loses no other answer', async ({ page }) => {
  await page.goto('/wizard')
  await page.getByRole('button', { name: 'Start' }).click()
  await page.getByRole('checkbox', { name: /^Service mesh/ }).uncheck()
  await page.getByRole('checkbox', { name: /^Observability/ }).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByRole('form').getByRole('alert')).toHaveText('Choose how much open source matters')
  await expect(page.getByText('Open-source preference: Choose how much open source matters')).toBeVisible()
  await expect(heading(page)).toHaveText('How much does open source matter?')
  await page.getByRole('button', { name: 'Back' }).click()
  await expect(page.getByRole('checkbox', { name: /^Observability/ })).toBeChecked()
  for (const box of await page.getByRole('checkbox').all()) await box.uncheck()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByText('Areas: Choose at least one area')).toBeVisible()
})

test('the results explain each pick, re-rank live with what-if weights and compare vendors with sources', async ({ page }) => {
  await completeWizard(page, EVERYTHING)
  for (const slot of ['Service mesh', 'Tracing', 'Logs', 'Metrics', 'Access control / RBAC', 'Secrets management']) {
    expect(await pickOf(page, slot)).not.toBe('No pick')
  }
  await expect(page.getByText(/^Runners-up: /).first()).toBeVisible()
  await expect(page.getByRole('img', { name: /points\. Capabilities/ }).first()).toBeVisible()

  const meshBefore = await pickOf(page, 'Service mesh')
  const slider = page.getByRole('slider', { name: /^mTLS$/ })
  await slider.fill('0')
  await expect.poll(() => pickOf(page, 'Service mesh')).not.toBe(meshBefore)
  await page.getByRole('button', { name: 'Reset weights to my answers' }).click()
  await expect.poll(() => pickOf(page, 'Service mesh')).toBe(meshBefore)

  const meshCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Service mesh', exact: true }) })
  await meshCard.getByText('Compare vendors').click()
  const table = meshCard.getByRole('table')
  await expect(table.getByRole('row', { name: /mTLS by default/ }).first()).toBeVisible()
  await expect(table.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//)
})

test('tools the team already runs are favoured and named in the reasons', async ({ page }) => {
  await page.goto('/wizard')
  await page.evaluate(() => localStorage.clear())
  await page.goto('/wizard?step=welcome')
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await page.getByRole('checkbox', { name: /^Security/ }).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('radio', { name: /^No preference/ }).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('radio', { name: /^Either/ }).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('radio', { name: /^Low/ }).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('radio', { name: /^Best of breed/ }).check()
  await page.getByText('Tools already in use (optional)').click()
  await page.getByRole('checkbox', { name: 'StrongDM' }).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByText('StrongDM', { exact: true })).toBeVisible() // listed on the review
  await page.getByRole('button', { name: 'Show my stack' }).click()
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Access control / RBAC', exact: true }) })
  // without it, Teleport wins this slot: the tool the team runs tips it
  expect(await pickOf(page, 'Access control / RBAC')).toBe('StrongDM')
  await expect(card.getByText('Already in use by your team')).toBeVisible()
})
