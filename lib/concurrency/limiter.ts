/**
 * Bounded work for expensive renders (PDF reports, share images): at most `concurrency` tasks
 * run at once, at most `maxQueue` wait, and anything beyond that is refused at once with
 * `QueueFullError`, so a burst of requests costs a quick 503 instead of memory and latency for
 * everyone. Tasks with the same key share one run: identical requests render once.
 *
 * Framework-free and clock-free, so it is unit-tested without a server.
 */
export class QueueFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many renders are waiting; try again shortly')
    this.name = 'QueueFullError'
  }
}

export interface LimiterOptions {
  concurrency: number
  maxQueue: number
  /** What a refused caller is told to wait, in seconds (the Retry-After header). */
  retryAfterSeconds?: number
}

export class Limiter {
  private running = 0
  private readonly waiting: (() => void)[] = []
  private readonly shared = new Map<string, Promise<unknown>>()

  constructor(private readonly options: LimiterOptions) {
    if (!(options.concurrency >= 1) || !(options.maxQueue >= 0)) throw new RangeError('concurrency >= 1 and maxQueue >= 0')
  }

  /** Runs `task` when a slot is free; a caller with the same `key` as a pending task joins it. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const pending = this.shared.get(key)
    if (pending) return pending as Promise<T>
    if (this.running >= this.options.concurrency && this.waiting.length >= this.options.maxQueue)
      return Promise.reject(new QueueFullError(this.options.retryAfterSeconds ?? 2))
    const promise = this.acquire()
      .then(task)
      .finally(() => {
        this.shared.delete(key)
        this.release()
      })
    this.shared.set(key, promise)
    return promise
  }

  /** Tasks running and waiting now: for health reporting and tests. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length }
  }

  private acquire(): Promise<void> {
    if (this.running < this.options.concurrency) {
      this.running++
      return Promise.resolve()
    }
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  private release(): void {
    const next = this.waiting.shift()
    // The slot passes straight to the next waiter. It starts on a later turn of the event loop,
    // not as a microtask: renders on the main thread would otherwise run back to back and starve
    // every other request (health probes included) until the whole queue drained.
    if (next) setTimeout(next, 0)
    else this.running--
  }
}
