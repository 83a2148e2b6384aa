import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

// Vitest 5's reporter calls Map.groupBy (Node 21+) when it prints failures; on Node 20 the
// failure report itself crashes. The config runs in the main process, so the polyfill goes here.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value: <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
      const out = new Map<K, T[]>()
      let i = 0
      for (const item of items) {
        const k = key(item, i++)
        out.set(k, [...(out.get(k) ?? []), item])
      }
      return out
    },
  })
}

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20_000,
    // route handlers render PDFs and images in the test's own thread: a worker thread cannot
    // load TypeScript sources (the production build bundles the worker entries)
    env: { RENDER_WORKERS: '0' },
  },
})
