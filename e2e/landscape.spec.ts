import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'

const count = (page: Page) => page.getByText(/^\d+ of \d+ vendors$/)
const shown = async (page: Page) => Number((await count(page).innerText()).split(' ')[0])
const cards = (page: Page) => page.getByRole('list', { name: 'Vendors' }).locator(':scope > li')
const overflowX = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

test('a platform lead finds open-source secrets managers by typing and filtering, without pressing a button', async ({ page }) => {
  await page.goto('/landscape')
  await expect(count(page)).toHaveText('67 of 67 vendors')
  await expect(page.getByRole('button', { name: /^(Filter|Apply)$/ })).toHaveCount(0)

  await page.getByRole('searchbox', { name: 'Search vendors' }).fill('secrets')
  await expect.poll(() => shown(page)).toBeLessThan(67)
  await expect(cards(page)).toHaveCount(await shown(page))
  await expect(page.getByRole('heading', { name: 'HashiCorp Vault' })).toBeVisible()

  await page.getByLabel('Licence').selectOption('open-source')
  await expect(count(page)).toHaveText('2 of 67 vendors')
  await expect(page.getByRole('heading', { name: 'External Secrets Operator' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'OpenBao' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'HashiCorp Vault' })).toHaveCount(0) // source-available since BUSL

  // the same list by slot instead of words; the address bar follows, so the view can be shared
  await page.getByRole('searchbox', { name: 'Search vendors' }).fill('')
  await page.getByLabel('Area').selectOption('security')
  await page.getByLabel('Slot').selectOption('secrets')
  await expect(count(page)).toHaveText('2 of 67 vendors')
  await expect(page).toHaveURL(/\/landscape\?area=security&slot=secrets&model=open-source$/)
  await page.reload()
  await expect(count(page)).toHaveText('2 of 67 vendors')
  await expect(page.getByLabel('Slot')).toHaveValue('secrets')

  await page.getByRole('button', { name: 'Clear search and filters' }).click()
  await expect(count(page)).toHaveText('67 of 67 vendors')
  await expect(page).toHaveURL(/\/landscape$/)
})

test('links from before keep working: slot and model from the capability matrix, unknown values show everything', async ({ page, request }) => {
  await page.goto('/landscape?slot=service-mesh&model=open-source')
  await expect(count(page)).toHaveText('4 of 67 vendors')
  await expect(page.getByRole('heading', { name: 'Linkerd' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'HashiCorp Consul' })).toHaveCount(0)
  await page.goto('/landscape?slot=nonsense&model=%00&area=x&cncf=retired&view=grid&sort=price&dir=up')
  await expect(count(page)).toHaveText('67 of 67 vendors')
  await expect(page).toHaveURL(/\/landscape$/) // the address is cleaned up to what is shown
  // user-supplied text is never echoed into the page as markup
  const probe = '<script>alert(1)</script>'
  const res = await request.get(`/landscape?q=${encodeURIComponent(probe)}&slot=${encodeURIComponent(probe)}`)
  expect(res.status()).toBe(200)
  expect(await res.text()).not.toContain(probe)
})

test('sorts the table view by licence', async ({ page }) => {
  await page.goto('/landscape')
  await page.getByRole('radio', { name: 'Table' }).check()
  await expect(page).toHaveURL(/view=table/)
  const table = page.getByRole('table')
  await expect(table.getByRole('row')).toHaveCount(68)
  const licence = table.getByRole('columnheader', { name: 'Licence' })
  await expect(table.getByRole('columnheader', { name: 'Vendor' })).toHaveAttribute('aria-sort', 'ascending')

  await licence.getByRole('button').click()
  await expect(licence).toHaveAttribute('aria-sort', 'ascending')
  await expect(table.getByRole('columnheader', { name: 'Vendor' })).not.toHaveAttribute('aria-sort')
  const rank = (text: string) => ['open source', 'open core', 'source available', 'proprietary'].findIndex((m) => text.toLowerCase().includes(m))
  const ranks = async () => (await table.locator('tbody td:nth-of-type(2)').allInnerTexts()).map(rank)
  const up = await ranks()
  expect(up).not.toContain(-1)
  expect(up).toEqual([...up].sort((a, b) => a - b))
  expect(up[0]).toBe(0)

  await licence.getByRole('button').click()
  await expect(licence).toHaveAttribute('aria-sort', 'descending')
  const down = await ranks()
  expect(down).toEqual([...down].sort((a, b) => b - a))
  await expect(page).toHaveURL(/view=table&sort=licence&dir=desc$/)

  // a shared sorted table opens as it was left
  await page.reload()
  await expect(page.getByRole('columnheader', { name: 'Licence' })).toHaveAttribute('aria-sort', 'descending')
  expect(await ranks()).toEqual(down)
})

test("opens a vendor's own page from the landscape and sees its sources", async ({ page }) => {
  await page.goto('/landscape')
  await page.getByRole('searchbox', { name: 'Search vendors' }).fill('linkerd')
  await expect(count(page)).toHaveText('1 of 67 vendors')
  await page.getByRole('link', { name: 'Linkerd', exact: true }).click()
  await expect(page).toHaveURL(/\/landscape\/linkerd$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linkerd')
  await expect(page.getByText('Facts checked 20')).toBeVisible()
  await expect(page.getByRole('term').filter({ hasText: /^Licence$/ })).toBeVisible()
  const sources = page.getByRole('heading', { name: /^Sources \(\d+\)$/ })
  await expect(sources).toBeVisible()
  const links = page.getByRole('list', { name: /^Sources/ }).getByRole('link')
  expect(await links.count()).toBeGreaterThan(0)
  await expect(links.first()).toHaveAttribute('href', /^https:\/\//)

  // unverified facts are marked, and listed
  await page.goto('/landscape/aembit')
  await expect(page.getByRole('definition').filter({ hasText: 'unverified' }).first()).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Unverified' })).toBeVisible()

  // back to the card it came from
  await page.getByRole('link', { name: 'Back to the landscape' }).click()
  await expect(page).toHaveURL(/\/landscape#aembit$/)
  await expect(page.locator('#aembit')).toBeInViewport()
})

test('an unknown vendor address is a 404 with the way back', async ({ page }) => {
  const res = await page.goto('/landscape/no-such-vendor')
  expect(res?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await expect(page.getByRole('link', { name: 'Browse the landscape' })).toBeVisible()
})

test('at 375 px the landscape fits the screen (no horizontal scroll)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await page.goto('/landscape')
  await expect(count(page)).toHaveText('67 of 67 vendors')
  expect(await overflowX(page)).toBeLessThanOrEqual(0)
  // compact cards: the list with every fact was about 85,000 px tall on a phone; now about 15,000
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(22_000)
  await page.getByRole('radio', { name: 'Table' }).check()
  await expect(page.getByRole('table')).toBeVisible()
  expect(await overflowX(page)).toBeLessThanOrEqual(0) // the table scrolls inside its own box
  await page.goto('/landscape/istio')
  expect(await overflowX(page)).toBeLessThanOrEqual(0)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a visitor still filters the landscape, through the form', async ({ page }) => {
    await page.goto('/landscape')
    await page.getByLabel('Slot').selectOption('secrets')
    await page.getByLabel('Licence').selectOption('open-source')
    await page.getByRole('button', { name: 'Apply' }).click()
    await expect(page).toHaveURL(/slot=secrets/)
    await expect(count(page)).toHaveText('2 of 67 vendors')
    await expect(page.getByRole('heading', { name: 'OpenBao' })).toBeVisible()
  })
})

for (const colorScheme of ['light', 'dark'] as const)
  test(`the landscape cards, table and a vendor page are free of axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await page.goto('/landscape?area=security')
    await expectNoAxeViolations(page)
    await page.goto('/landscape?view=table&sort=cncf')
    await expectNoAxeViolations(page)
    await page.goto('/landscape/istio')
    await expectNoAxeViolations(page)
  })
