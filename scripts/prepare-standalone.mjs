// `output: 'standalone'` leaves static assets out of .next/standalone; copy them in, plus the
// guarded entry point (server/serve.mjs), so `node .next/standalone/serve.mjs` (and the
// container image) serves a complete app.
import { cpSync, existsSync } from 'node:fs'

if (!existsSync('.next/standalone/server.js')) {
  console.error('no standalone build found: run `next build` first')
  process.exit(1)
}
cpSync('.next/static', '.next/standalone/.next/static', { recursive: true })
if (existsSync('public')) cpSync('public', '.next/standalone/public', { recursive: true })
for (const f of ['serve.mjs', 'guard.mjs', 'security-headers.mjs']) cpSync(`server/${f}`, `.next/standalone/${f}`)
console.log('standalone server ready: node .next/standalone/serve.mjs')
