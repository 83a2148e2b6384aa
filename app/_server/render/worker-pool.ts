import type { Worker } from 'node:worker_threads'
import type { JobResult } from './worker-protocol'

interface Slot {
  worker: Worker
  job?: { id: number; resolve: (bytes: Uint8Array) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> }
}

/**
 * A fixed set of render worker threads, started on first use. The caller bounds concurrency to
 * `size` (see Limiter), so a job always finds an idle worker. A worker that crashes or overruns
 * its time is replaced; its job fails with a readable error instead of hanging the request.
 */
export class WorkerPool<In> {
  private slots: Slot[] = []
  private nextId = 1

  constructor(
    private readonly name: string,
    private readonly size: number,
    private readonly spawn: () => Worker,
    private readonly timeoutMs: number,
  ) {}

  run(input: In): Promise<Uint8Array> {
    const slot = this.idleSlot()
    return new Promise((resolve, reject) => {
      const id = this.nextId++
      const timer = setTimeout(() => this.fail(slot, new Error(`${this.name} rendering took longer than ${this.timeoutMs / 1000} s`), true), this.timeoutMs)
      slot.job = { id, resolve, reject, timer }
      slot.worker.postMessage({ id, input })
    })
  }

  /** Stops every worker (tests, shutdown). */
  async close(): Promise<void> {
    const slots = this.slots
    this.slots = []
    await Promise.all(slots.map((s) => s.worker.terminate()))
  }

  private idleSlot(): Slot {
    const idle = this.slots.find((s) => !s.job)
    if (idle) return idle
    if (this.slots.length >= this.size) throw new Error(`${this.name} pool: no idle worker (the caller must bound concurrency)`)
    const slot = this.start()
    this.slots.push(slot)
    return slot
  }

  private start(): Slot {
    const worker = this.spawn()
    const slot: Slot = { worker }
    // an idle worker must not keep the process alive (CLI, tests)
    worker.unref()
    worker.on('message', (r: JobResult) => {
      const job = slot.job
      if (!job || job.id !== r.id) return
      clearTimeout(job.timer)
      slot.job = undefined
      if (r.ok) job.resolve(r.output)
      else job.reject(new Error(r.error))
    })
    worker.on('error', (e) => this.fail(slot, e, false))
    worker.on('exit', (code) => this.fail(slot, new Error(`the ${this.name} worker stopped (exit code ${code})`), false))
    return slot
  }

  /** Fails the slot's job, if any, and drops the worker; the next job starts a fresh one. */
  private fail(slot: Slot, error: Error, terminate: boolean): void {
    const job = slot.job
    slot.job = undefined
    if (job) {
      clearTimeout(job.timer)
      job.reject(error)
    }
    const i = this.slots.indexOf(slot)
    if (i < 0) return // already dropped
    this.slots.splice(i, 1)
    slot.worker.removeAllListeners()
    slot.worker.on('error', () => {}) // a late error from a worker we gave up on is expected
    if (terminate) void slot.worker.terminate()
  }
}
