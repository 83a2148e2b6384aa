import { spawnSync } from 'node:child_process'
import { withCosts } from '@/lib/cost/attach'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AnswersSchema } from '@/lib/answers/schema'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { recommend } from '@/lib/recommend'
import { shareLinkOf } from '@/lib/share/link'

const TSX = join(process.cwd(), 'node_modules/.bin/tsx')
const run = (args: string[], input?: string) =>
  spawnSync(TSX, ['lib/cli.ts', ...args], { input, encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1' } })

const answers = {
  scope: ['service-mesh', 'cost'],
  openSource: 'preferred',
  hosting: 'either',
  sidecars: 'avoid',
  costSensitivity: 'high',
  consolidation: 'balanced',
}

describe('recommend CLI', () => {
  it('prints the same JSON as the engine for answers on standard input', () => {
    const out = run(['--answers', '-'], JSON.stringify(answers))
    expect(out.status).toBe(0)
    // the engine's output with the monthly costs every interface adds
    const rec = withCosts(recommend(AnswersSchema.parse(answers), EMBEDDED_CATALOG), EMBEDDED_CATALOG)
    const expected = { ...rec, share: shareLinkOf(rec, EMBEDDED_CATALOG) }
    expect(out.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`)
    const parsed = JSON.parse(out.stdout)
    expect(Object.keys(parsed)).toEqual(expect.arrayContaining(['dataVersion', 'stack', 'slots', 'share']))
    expect(parsed.share.url).toBe(`/r/${parsed.share.token}`)
    expect(parsed.stack[0]).toMatchObject({ slot: 'service-mesh', vendor: expect.any(String), score: expect.any(Number) })
  })

  it('reads answers from a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'answers-'))
    const file = join(dir, 'a.json')
    writeFileSync(file, JSON.stringify(answers))
    expect(run(['--answers', file]).status).toBe(0)
  })

  it('exits 2 and names the field when an answer is invalid', () => {
    const out = run(['--answers', '-'], JSON.stringify({ ...answers, openSource: 'maybe' }))
    expect(out.status).toBe(2)
    expect(out.stdout).toBe('')
    expect(out.stderr).toMatch(/^openSource: /m)
  })

  it('exits 2 on malformed JSON, a missing file and a missing flag', () => {
    expect(run(['--answers', '-'], '{"scope": [').status).toBe(2)
    const missing = run(['--answers', '/nonexistent/answers.json'])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/cannot read/)
    expect(run([]).status).toBe(2)
  })

  it('names a required field that is missing for the chosen scope', () => {
    const { sidecars: _, ...noSidecars } = answers
    const out = run(['--answers', '-'], JSON.stringify(noSidecars))
    expect(out.status).toBe(2)
    expect(out.stderr).toMatch(/^sidecars: Required when the service mesh is in scope/m)
  })
})

describe('recommend CLI with another data set', () => {
  it('makes a share link that round-trips a vendor the embedded data does not have', async () => {
    const { readFileSync } = await import('node:fs')
    const data = JSON.parse(readFileSync('data/vendors.json', 'utf8'))
    const base = data.vendors.find((v: { id: string }) => v.id === 'kubecost')
    data.vendors.push({ ...base, id: 'new-cost-tool', name: 'New Cost Tool' })
    const dir = mkdtempSync(join(tmpdir(), 'data-'))
    writeFileSync(join(dir, 'vendors.json'), JSON.stringify(data))
    const out = run(['--answers', '-', '--data', join(dir, 'vendors.json')], JSON.stringify({ ...answers, existingTools: ['new-cost-tool'] }))
    expect(out.status).toBe(0)
    const rec = JSON.parse(out.stdout)
    const { parseCatalog } = await import('@/lib/catalog/catalog')
    const { decodeShareToken } = await import('@/lib/share/codec')
    const parsed = parseCatalog(data)
    if (!parsed.ok) throw new Error('test data invalid')
    expect(decodeShareToken(rec.share.token, parsed.catalog)).toMatchObject({ ok: true, value: { answers: rec.answers, droppedTools: 0 } })
    expect(rec.answers.existingTools).toEqual(['new-cost-tool'])
  })

  it('ranks price with the price book it shows: a copy of the embedded data ranks as the embedded data does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-'))
    writeFileSync(join(dir, 'vendors.json'), readFileSync('data/vendors.json', 'utf8'))
    const copy = run(['--answers', '-', '--data', join(dir, 'vendors.json')], JSON.stringify(answers))
    expect(copy.status).toBe(0)
    const embedded = JSON.parse(run(['--answers', '-'], JSON.stringify(answers)).stdout)
    // cost sensitivity is high: price weighs, with the book given (the default one here)
    expect(JSON.parse(copy.stdout).slots).toEqual(embedded.slots)
    expect(JSON.stringify(embedded.slots)).not.toMatch(/no price book/)
  })

  it('checks the price book with the data, and names a bad entry', () => {
    const ok = run(['--check-data'])
    expect(ok.status).toBe(0)
    expect(ok.stdout).toMatch(/^ok: \d+ vendors, data version .+\nok: \d+ price-book entries, \d+ explicit unknowns, \d+ prices older than 12 months\n$/)
    const dir = mkdtempSync(join(tmpdir(), 'prices-'))
    const file = join(dir, 'p.json')
    const entry = { id: 'x', vendor: 'no-such-vendor', value: 1, unit: 'USD per GB', currency: 'USD', source: 'https://example.com', quote: 'q', asOf: '2026-11', flags: [] }
    writeFileSync(file, JSON.stringify({ title: 't', currency: 'USD', hoursPerMonth: 730, researched: '2026-11', prices: [entry] }))
    const bad = run(['--check-data', '--prices', file])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/prices\[0\] \(x\)\.vendor: Unknown vendor "no-such-vendor"/)
  })
})

describe('recommend CLI with exact usage figures', () => {
  it('prices the numbers given and names a figure out of range', () => {
    const out = run(['--answers', '-'], JSON.stringify({ ...answers, cluster: { nodes: 64, podsPerNode: 40, cloud: 'gcp' } }))
    expect(out.status).toBe(0)
    const rec = JSON.parse(out.stdout)
    expect(rec.answers.cluster).toEqual({ nodes: 64, podsPerNode: 40, cloud: 'gcp' })
    expect(rec.answers.clusterNodes).toBe('51-200')
    expect(rec.monthlyCost.assumed).not.toContain('10 nodes')
    expect(rec.monthlyCost.assumed).toContain('4 vCPU and 16 GiB per node')
    const bad = run(['--answers', '-'], JSON.stringify({ ...answers, cluster: { nodes: 9000 } }))
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/cluster\.nodes: At most 5,000/)
  })
})

describe('the output contract', () => {
  it('every CLI output matches the published JSON Schema (data/recommendation.schema.json)', async () => {
    const { RecommendationSchema } = await import('@/lib/output/recommendation-schema')
    const out = run(['--answers', 'examples/answers-platform-team.json'])
    const parsed = RecommendationSchema.safeParse(JSON.parse(out.stdout))
    expect(parsed.success ? [] : parsed.error.issues).toEqual([])
  })
})
