import { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import { WorkerPool } from '@/app/_server/render/worker-pool'

const text = (b: Uint8Array) => new TextDecoder().decode(b)
let pool: WorkerPool<string>
const make = (timeoutMs = 2000) =>
  (pool = new WorkerPool<string>('test', 1, () => new Worker(new URL('../../support/workers/echo-worker.mjs', import.meta.url)), timeoutMs))

afterEach(() => pool?.close())

describe('WorkerPool', () => {
  it('renders in a worker thread and reuses it', async () => {
    make()
    expect(text(await pool.run('abc'))).toBe('ABC')
    expect(text(await pool.run('def'))).toBe('DEF')
  })

  it('passes a render error on as a rejection', async () => {
    make()
    await expect(pool.run('fail')).rejects.toThrow('bad input')
    expect(text(await pool.run('ok'))).toBe('OK')
  })

  it('fails the job of a crashed worker and starts a new one for the next', async () => {
    make()
    await expect(pool.run('crash')).rejects.toThrow(/worker stopped \(exit code 3\)/)
    expect(text(await pool.run('again'))).toBe('AGAIN')
  })

  it('gives up on a worker that overruns its time and replaces it', async () => {
    // long enough for a fresh worker to start on a busy machine, which the second job needs
    make(1500)
    await expect(pool.run('hang')).rejects.toThrow(/took longer than 1.5 s/)
    expect(text(await pool.run('fresh'))).toBe('FRESH')
  })

  it('refuses a second job while its only worker is busy (callers bound concurrency)', async () => {
    make()
    const first = pool.run('one')
    expect(() => pool.run('two')).toThrow(/no idle worker/)
    expect(text(await first)).toBe('ONE')
  })
})
