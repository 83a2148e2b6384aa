import { describe, expect, it } from 'vitest'
import { DEFAULT_STATE, landscapeQuery } from '@/lib/catalog/landscape-filter'
import { MAX_QUERY_LENGTH, parseLandscapeQuery } from '@/lib/catalog/landscape-query'

describe('parseLandscapeQuery', () => {
  it('gives the default view for no parameters', () => {
    expect(parseLandscapeQuery({})).toEqual(DEFAULT_STATE)
  })

  it('keeps the links that exist: slot and model', () => {
    expect(parseLandscapeQuery({ slot: 'secrets', model: 'open-source' })).toEqual({ ...DEFAULT_STATE, slot: 'secrets', model: 'open-source' })
  })

  it('reads every filter, the search, the view and the sort', () => {
    const raw = { q: ' vault ', area: 'security', slot: 'secrets', model: 'open-core', delivery: 'both', cncf: 'graduated', view: 'table', sort: 'cncf', dir: 'desc' }
    expect(parseLandscapeQuery(raw)).toEqual({ ...raw, q: 'vault' })
  })

  it('falls back to "all" or the default for unknown, empty or repeated values, never throwing', () => {
    expect(parseLandscapeQuery({ slot: 'nonsense', model: '\u0000', area: '', cncf: ['retired'], view: 'grid', sort: 'price', dir: 'up' })).toEqual(DEFAULT_STATE)
    expect(parseLandscapeQuery({ slot: ['logs', 'secrets'] })).toEqual({ ...DEFAULT_STATE, slot: 'logs' })
  })

  it('drops a search longer than any vendor name or phrase', () => {
    expect(parseLandscapeQuery({ q: 'x'.repeat(MAX_QUERY_LENGTH + 1) }).q).toBe('')
  })

  it('reads back every address the browser writes', () => {
    const state = { ...DEFAULT_STATE, q: 'cost', area: 'cost', delivery: 'saas', view: 'table' as const, sort: 'checked' as const, dir: 'desc' as const }
    const params = Object.fromEntries(new URLSearchParams(landscapeQuery(state)))
    expect(parseLandscapeQuery(params)).toEqual(state)
  })
})
