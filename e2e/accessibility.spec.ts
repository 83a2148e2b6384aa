import type { Page } from '@playwright/test'
import { FIELDS } from '@/lib/answers/registry'
import { SESSION_KEY } from '@/lib/wizard/session'
import { ALL_STEPS } from '@/lib/wizard/steps'
import { completeWizard, EVERYTHING, expect, expectNoAxeViolations, test } from './fixtures'

// One test per step and theme, each opening its step directly from a saved session: a single
// walk through every step took most of its time limit on a busy two-core machine. The saved
// answers put every area and signal in scope and every other question at its default; they are
// built from the registry, so a new question gets its own test without touching this file.
const FULL_ANSWERS = Object.fromEntries(
  FIELDS.map((f) => [f.name, f.kind === 'single' ? f.default : f.kind === 'multi' ? f.options.map((o) => o.value) : f.kind === 'needs' ? {} : []]),
)

async function openStep(page: Page, step: string) {
  await page.addInitScript(
    ([key, value]) => localStorage.setItem(key!, value!),
    [SESSION_KEY, JSON.stringify({ v: 1, step, answers: FULL_ANSWERS })],
  )
  await page.goto(`/wizard?step=${step}`)
  await expect(page.locator('[data-preview]')).toHaveCount(0) // the wizard has taken over from the server's preview
  await expect(page).toHaveURL(new RegExp(`step=${step}$`)) // the saved step was reachable
  await expect(page.locator('#step-heading, #results-heading')).toBeVisible() // its code has loaded
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.beforeEach(async ({ page }) => page.emulateMedia({ colorScheme }))

    for (const step of ALL_STEPS.filter((s) => s !== 'results'))
      test(`the ${step} step is free of axe violations (${colorScheme})`, async ({ page }) => {
        await openStep(page, step)
        await expectNoAxeViolations(page)
      })

    test(`a step showing a validation error is free of axe violations (${colorScheme})`, async ({ page }) => {
      await openStep(page, 'scope')
      for (const box of await page.getByRole('checkbox').all()) await box.uncheck()
      await page.getByRole('button', { name: 'Next' }).click()
      await expect(page.getByRole('alert').filter({ hasText: 'Choose at least one area' })).toBeVisible()
      await expectNoAxeViolations(page)
    })

    test(`the results with every detail open are free of axe violations (${colorScheme})`, async ({ page }) => {
      await openStep(page, 'results')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your recommended Day 2 stack')
      // details draw their content when opened, and some hold more details: open until none is closed
      const closed = page.locator('details:not([open]) > summary')
      while ((await closed.count()) > 0) await closed.first().click()
      await expectNoAxeViolations(page)
      await page.getByRole('button', { name: 'Compare Service mesh vendors' }).click()
      await expect(page.getByRole('dialog').getByRole('table')).toBeVisible()
      await expectNoAxeViolations(page)
    })

    test(`the home and landscape pages are free of axe violations (${colorScheme})`, async ({ page }) => {
      await page.goto('/')
      await expectNoAxeViolations(page)
      await page.goto('/landscape')
      await expectNoAxeViolations(page)
    })
  })
}

test('the wizard is usable at 375 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await completeWizard(page, EVERYTHING)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(page)
})

test('on a phone each Edit on the review sits beside its own question', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await openStep(page, 'review')
  for (const legend of ['Vendor consolidation', 'Hosting model', 'Areas']) {
    const label = (await page.getByRole('term').filter({ hasText: new RegExp(`^${legend}$`) }).boundingBox())!
    const edit = (await page.getByRole('button', { name: `Edit ${legend}` }).boundingBox())!
    expect(Math.abs(edit.y + edit.height / 2 - (label.y + label.height / 2)), `${legend}: Edit on the label's row`).toBeLessThan(label.height)
  }
})

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } })
  test('an option tapped on and off again does not look chosen', async ({ page }) => {
    await openStep(page, 'scope')
    const cost = page.locator('label.option').filter({ hasText: /^Cost/ })
    const security = page.locator('label.option').filter({ hasText: /^Security/ })
    await security.locator('input').uncheck()
    await cost.locator('input').uncheck()
    const plain = await security.evaluate((e) => getComputedStyle(e).backgroundColor)
    await cost.tap()
    await expect(cost.locator('input')).toBeChecked()
    await cost.tap()
    await expect(cost.locator('input')).not.toBeChecked()
    expect(await cost.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(plain)
  })
})

test('on a phone a platform lead reads the stack, tries a closest call in the bottom sheet and compares vendors full width', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await completeWizard(page, EVERYTHING)
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(await overflow()).toBeLessThanOrEqual(0)
  // what-if is a bar at the bottom until opened
  const tryIt = page.getByRole('button', { name: /^Try it: / }).first()
  await expect(tryIt).toBeHidden()
  await page.getByRole('button', { name: 'Show', exact: true }).click()
  await tryIt.click()
  await expect(page.getByRole('status').filter({ hasText: 'Applied:' })).toBeVisible()
  await page.getByRole('button', { name: 'Undo' }).click()
  await page.getByRole('button', { name: 'Hide', exact: true }).click()
  // compare opens over the whole screen, the fact column stays while vendors scroll sideways
  const mesh = page.getByRole('region', { name: 'Service mesh', exact: true })
  await mesh.locator('details.slot-details > summary').click()
  await mesh.getByRole('button', { name: 'Compare Service mesh vendors' }).click()
  const dialog = page.getByRole('dialog', { name: 'Compare Service mesh vendors' })
  const box = (await dialog.boundingBox())!
  expect(box.width).toBeGreaterThanOrEqual(370)
  const fact = dialog.getByRole('rowheader').first()
  const before = (await fact.boundingBox())!.x
  const scrolled = await dialog.locator('.table-wrap').evaluate((el) => {
    el.scrollBy(300, 0)
    return el.scrollLeft
  })
  expect(scrolled, 'the vendors scroll sideways').toBeGreaterThan(0)
  expect((await fact.boundingBox())!.x).toBeCloseTo(before, 0)
  await expectNoAxeViolations(page)
})

test('visitors can filter the landscape by slot and licence model', async ({ page }) => {
  await page.goto('/landscape')
  await expect(page.getByText('67 of 67 vendors')).toBeVisible()
  await page.getByLabel('Slot').selectOption('service-mesh')
  await page.getByLabel('Licence').selectOption('open-source')
  // filters apply as they change: there is no button to press
  await expect(page.getByText('4 of 67 vendors')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Linkerd' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'HashiCorp Consul' })).toHaveCount(0)
  await page.goto('/landscape?slot=nonsense&model=%00')
  await expect(page.getByText('67 of 67 vendors')).toBeVisible()
})

test('visitors compare capabilities slot by slot and keep only products that have what they need', async ({ page }) => {
  await page.goto('/landscape')
  await page.getByRole('link', { name: 'Compare capabilities slot by slot' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Capability matrix: Service mesh')
  await page.getByRole('combobox', { name: 'Slot' }).selectOption('logs')
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Capability matrix: Logs')
  const count = async () => Number((await page.getByText(/^\d+ of \d+ products$/).innerText()).split(' ')[0])
  const all = await count()
  await page.getByRole('checkbox', { name: 'Tiered or archive storage' }).check()
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page).toHaveURL(/has=tiered-storage/)
  const some = await count()
  expect(some).toBeGreaterThan(0)
  expect(some).toBeLessThan(all)
  // every product shown has it, and each cell links to its source
  const headers = await page.locator('thead th').allInnerTexts()
  const column = headers.indexOf('Tiered or archive storage') - 1
  for (const row of await page.locator('tbody tr').all()) await expect(row.locator('td').nth(column)).toHaveText('Yes')
  await expect(page.locator('tbody td a').first()).toHaveAttribute('href', /^https:\/\//)
  await expectNoAxeViolations(page)
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
