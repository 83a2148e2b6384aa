// First-load JS per route from Next's build diagnostics, raw and gzip (Next 16 no longer prints it).
// Usage: node scripts/bundle-size.mjs [route] [budgetKB]  (exit 1 when the route is over budget)
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const stats = JSON.parse(readFileSync('.next/diagnostics/route-bundle-stats.json', 'utf8'))
const [route, budget] = process.argv.slice(2)
let over = false
for (const entry of stats) {
  if (route && entry.route !== route) continue
  let raw = 0
  let gz = 0
  for (const path of entry.firstLoadChunkPaths) {
    const bytes = readFileSync(path)
    raw += bytes.length
    gz += gzipSync(bytes, { level: 9 }).length
  }
  const kb = (n) => (n / 1024).toFixed(1)
  const verdict = budget ? (gz / 1024 <= Number(budget) ? ` (budget ${budget} KB: OK)` : ` (budget ${budget} KB: OVER)`) : ''
  if (budget && gz / 1024 > Number(budget)) over = true
  console.log(`${entry.route.padEnd(20)} first-load JS ${kb(raw)} KB raw, ${kb(gz)} KB gzip, ${entry.firstLoadChunkPaths.length} chunks${verdict}`)
}
process.exit(over ? 1 : 0)
