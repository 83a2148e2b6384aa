import { spawn, type ChildProcess } from 'node:child_process'

/** Starts the production build (`next build` must have run) on a loopback port and waits for it. */
export async function startServer(port: number, env: Record<string, string> = {}): Promise<{ url: string; stop: () => void; proc: ChildProcess }> {
  const proc = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 200; i++) {
    try {
      const res = await fetch(`${url}/api/health`).catch(() => fetch(`${url}/`))
      if (res.status < 500) break
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return { url, proc, stop: () => process.kill(-proc.pid!, 'SIGTERM') }
}
