import { completeWizard, EVERYTHING, expect, expectNoAxeViolations, test } from './fixtures'

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every wizard step and the results are free of axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await page.goto('/wizard')
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Start' }).click()
    const next = page.getByRole('button', { name: 'Next' })
    // each step: check it, then submit it empty-handed once to check the error state too
    await expectNoAxeViolations(page)
    for (const box of await page.getByRole('checkbox').all()) await box.uncheck()
    await next.click()
    await expectNoAxeViolations(page)
    const seen: string[] = []
    await completeWizard(page, EVERYTHING, async (p) => {
      seen.push(await p.getByRole('heading', { level: 1 }).innerText())
      await expectNoAxeViolations(p)
    })
    expect(seen).toHaveLength(8) // seven questions (sidecars and signals included) and the review
    for (const d of await page.locator('details summary').all()) await d.click()
    await expectNoAxeViolations(page)
    await page.goto('/')
    await expectNoAxeViolations(page)
    await page.goto('/landscape')
    await expectNoAxeViolations(page)
  })
}

test('the wizard is usable at 375 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await completeWizard(page, EVERYTHING)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(page)
})

test('visitors can filter the landscape by slot and open-source model', async ({ page }) => {
  await page.goto('/landscape')
  await expect(page.getByText('47 of 47 vendors')).toBeVisible()
  await page.getByLabel('Slot').selectOption('service-mesh')
  await page.getByLabel('Open-source model').selectOption('open-source')
  await page.getByRole('button', { name: 'Filter' }).click()
  await expect(page.getByText('4 of 47 vendors')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Linkerd' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'HashiCorp Consul' })).toHaveCount(0)
  await page.goto('/landscape?slot=nonsense&model=%00')
  await expect(page.getByText('47 of 47 vendors')).toBeVisible()
})

test('visitors can switch between light and dark themes and keep the choice', async ({ page }) => {
  await page.goto('/landscape')
  const toggle = page.getByRole('button', { name: /^Theme: / })
  await expect(toggle).toHaveText('Theme: system')
  await toggle.click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  await toggle.click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expectNoAxeViolations(page)
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
})
