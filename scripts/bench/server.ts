import { spawn, type ChildProcess } from 'node:child_process'
import { NODE_OPTIONS } from '../../server/runtime-options.mjs'

/**
 * Starts the standalone production server (`npm run build` must have run) on a loopback port
 * and waits until /api/health answers.
 */
export async function startServer(port: number, env: Record<string, string> = {}): Promise<{ url: string; stop: () => void; proc: ChildProcess }> {
  const proc = spawn('node', ['.next/standalone/serve.mjs'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', HOSTNAME: '127.0.0.1', PORT: String(port), NODE_OPTIONS, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, proc, stop: () => proc.kill('SIGTERM') }
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  proc.kill('SIGTERM')
  throw new Error(`server on ${url} did not start (run \`npm run build\` first)`)
}
