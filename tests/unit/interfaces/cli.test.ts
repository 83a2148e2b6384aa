import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AnswersSchema } from '@/lib/answers/schema'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { recommend } from '@/lib/recommend'

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
    const expected = recommend(AnswersSchema.parse(answers), EMBEDDED_CATALOG)
    expect(out.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`)
    const parsed = JSON.parse(out.stdout)
    expect(Object.keys(parsed)).toEqual(expect.arrayContaining(['dataVersion', 'stack', 'rankings']))
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
