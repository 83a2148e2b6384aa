import { expect, test } from '@playwright/test'

test('a visitor learns what the advisor covers and can start the wizard', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Day 2 stack')
  await expect(page.getByRole('link', { name: 'Start the wizard' })).toHaveAttribute('href', '/wizard')
  // the date a reader understands, the version for a bug report
  await expect(page.getByText(/^Vendor data checked \d{4}-\d{2}-\d{2}/)).toBeVisible()
  await expect(page.getByText(/\(version \d{4}-\d{2}-\d{2}\.[0-9a-f]{8}\)/)).toBeVisible()
})
