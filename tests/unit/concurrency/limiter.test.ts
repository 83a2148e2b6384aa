import { describe, expect, it } from 'vitest'
import { Limiter, QueueFullError } from '@/lib/concurrency/limiter'

const deferred = <T>() => {
  let resolve!: (v: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

describe('Limiter', () => {
  it('runs at most `concurrency` tasks at once and starts the next when one ends', async () => {
    const limiter = new Limiter({ concurrency: 2, maxQueue: 10 })
    let running = 0
    let peak = 0
    const gates = Array.from({ length: 5 }, () => deferred<void>())
    const results = gates.map((g, i) =>
      limiter.run(`k${i}`, async () => {
        running++
        peak = Math.max(peak, running)
        await g.promise
        running--
        return i
      }),
    )
    await new Promise((r) => setTimeout(r, 5))
    expect(limiter.load).toEqual({ running: 2, waiting: 3 })
    gates.forEach((g) => g.resolve())
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4])
    expect(peak).toBe(2)
    expect(limiter.load).toEqual({ running: 0, waiting: 0 })
  })

  it('refuses at once with a retry hint when the queue is full', async () => {
    const limiter = new Limiter({ concurrency: 1, maxQueue: 1, retryAfterSeconds: 7 })
    const gate = deferred<void>()
    const first = limiter.run('a', () => gate.promise)
    const second = limiter.run('b', async () => 'b')
    const third = limiter.run('c', async () => 'c')
    await expect(third).rejects.toBeInstanceOf(QueueFullError)
    await expect(third).rejects.toMatchObject({ retryAfterSeconds: 7 })
    gate.resolve()
    await first
    expect(await second).toBe('b')
  })

  it('lets callers with the same key share one run', async () => {
    const limiter = new Limiter({ concurrency: 1, maxQueue: 0 })
    let calls = 0
    const gate = deferred<void>()
    const task = async () => {
      calls++
      await gate.promise
      return 'png'
    }
    const a = limiter.run('same', task)
    const b = limiter.run('same', task) // would be refused (queue 0) if it were a new task
    gate.resolve()
    expect(await Promise.all([a, b])).toEqual(['png', 'png'])
    expect(calls).toBe(1)
    // once settled, the key runs again
    expect(await limiter.run('same', async () => 'again')).toBe('again')
  })

  it('frees the slot when a task fails', async () => {
    const limiter = new Limiter({ concurrency: 1, maxQueue: 0 })
    await expect(limiter.run('x', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(await limiter.run('y', async () => 1)).toBe(1)
  })

  it('starts a queued task on a later turn of the event loop, so other work gets a turn between renders', async () => {
    const limiter = new Limiter({ concurrency: 1, maxQueue: 5 })
    const order: string[] = []
    const first = limiter.run('1', async () => {
      order.push('render 1')
    })
    const second = limiter.run('2', async () => {
      order.push('render 2')
    })
    // an I/O callback queued while the first render runs
    setTimeout(() => order.push('health probe'), 0)
    await Promise.all([first, second])
    expect(order).toEqual(['render 1', 'health probe', 'render 2'])
  })
})
