import { parentPort } from 'node:worker_threads'

/** What the pool posts to a render worker, and what comes back. */
export interface Job<In> {
  id: number
  input: In
}
export type JobResult = { id: number; ok: true; output: Uint8Array } | { id: number; ok: false; error: string }

/** Worker side: answers each job with the bytes `render` makes, or its error message. */
export function serveJobs<In>(render: (input: In) => Promise<Uint8Array>): void {
  const port = parentPort
  if (!port) throw new Error('serveJobs must run in a worker thread')
  port.on('message', (job: Job<In>) => {
    render(job.input).then(
      (output) => port.postMessage({ id: job.id, ok: true, output } satisfies JobResult, [output.buffer as ArrayBuffer]),
      (e: unknown) => port.postMessage({ id: job.id, ok: false, error: e instanceof Error ? e.message : String(e) } satisfies JobResult),
    )
  })
}
