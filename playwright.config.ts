import { defineConfig, devices } from '@playwright/test'
import { NODE_OPTIONS } from './server/runtime-options.mjs'

const PORT = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://127.0.0.1:${PORT}`

export default defineConfig({
  testDir: './e2e',
  workers: 1, // two cores: one browser next to the server
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: { baseURL, trace: 'retain-on-failure' },
  projects: [
    {
      name: 'debian-chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium', // Debian package; browsers are never downloaded
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate',
            '--disable-domain-reliability',
          ],
        },
      },
    },
  ],
  webServer: {
    // the standalone server, as deployed; needs a prior `npm run build` (the test script builds first)
    command: `node .next/standalone/serve.mjs`,
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1', HOSTNAME: '127.0.0.1', PORT: String(PORT), NODE_OPTIONS },
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
