import { afterEach, vi } from 'vitest'

// An unexpected console.error is a bug (React warnings, swallowed exceptions): fail the test.
const original = console.error
console.error = (...args: unknown[]) => {
  original(...args)
  throw new Error(`Unexpected console.error: ${args.map(String).join(' ')}`)
}

afterEach(() => {
  vi.restoreAllMocks()
})
