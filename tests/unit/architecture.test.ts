import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  )

const FORBIDDEN = /from ['"](react|react-dom|next|@xstate\/react|server-only)(\/[^'"]*)?['"]/
const NODE_ONLY = /from ['"]node:/

describe('the domain core', () => {
  it('imports no React, Next or server-only module', () => {
    const offenders = files('lib').filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
  })

  it('touches Node APIs only in the CLI', () => {
    const offenders = files('lib').filter((f) => NODE_ONLY.test(readFileSync(f, 'utf8')) && !f.endsWith('cli.ts'))
    expect(offenders).toEqual([])
  })
})
