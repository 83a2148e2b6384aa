import { describe, expect, it } from 'vitest'
import { clientAddress, guardRequest, isValidRouterStateHeader } from '@/server/guard.mjs'

const tree = (x: unknown) => encodeURIComponent(JSON.stringify(x))

describe('the request guard', () => {
  it('answers methods the app does not serve with 405 and the allowed list', () => {
    for (const m of ['TRACE', 'TRACK', 'CONNECT', 'PUT', 'DELETE', 'PATCH', 'PROPFIND'])
      expect(guardRequest(m, '/', {}), m).toMatchObject({ status: 405, allow: 'GET, HEAD, POST, OPTIONS' })
    for (const m of ['GET', 'HEAD', 'POST', 'OPTIONS']) expect(guardRequest(m, '/', {}), m).toBeUndefined()
  })

  it('answers a path with broken percent-encoding with 400, on API routes too', () => {
    expect(guardRequest('GET', '/api/og/%E0%A4%A', {})).toMatchObject({ status: 400 })
    expect(guardRequest('GET', '/r/%', {})).toMatchObject({ status: 400 })
    // the query string is the app's business
    expect(guardRequest('GET', '/landscape?slot=%', {})).toBeUndefined()
  })

  it('answers a malformed router-state header with 400', () => {
    expect(guardRequest('GET', '/landscape', { 'next-router-state-tree': '%%%' })).toMatchObject({ status: 400 })
  })
})

describe('isValidRouterStateHeader', () => {
  it('accepts what the framework accepts', () => {
    expect(isValidRouterStateHeader(undefined)).toBe(true)
    expect(isValidRouterStateHeader(tree(['', {}]))).toBe(true)
    expect(isValidRouterStateHeader(tree(['', { children: ['landscape', {}] }, null, null, true]))).toBe(false) // root-layout flag is a number
    expect(isValidRouterStateHeader(tree(['', { children: ['landscape', {}, null, 'refetch', 1] }, null, null, 1]))).toBe(true)
    expect(isValidRouterStateHeader(tree(['', { children: [['token', 'abc', 'd', null], { children: ['__PAGE__', {}] }] }]))).toBe(true)
  })

  it('rejects what would make the framework throw', () => {
    for (const bad of ['%%%', '[', 'null', tree(['x']), tree([1, {}]), tree(['', []]), tree(['', {}, 'url']), tree([['p', 'v', 'zz', null], {}])])
      expect(isValidRouterStateHeader(bad), bad).toBe(false)
    expect(isValidRouterStateHeader(['a', 'b'])).toBe(false) // sent twice
    expect(isValidRouterStateHeader(tree(['', {}])+ ' '.repeat(40_001))).toBe(false)
    let deep: unknown = ['', {}]
    for (let i = 0; i < 100; i++) deep = ['', { children: deep }]
    expect(isValidRouterStateHeader(tree(deep))).toBe(false)
  })
})

describe('clientAddress', () => {
  it('uses the socket address unless a trusted proxy forwards one', () => {
    expect(clientAddress({ 'x-forwarded-for': '203.0.113.9' }, '10.0.0.1', false)).toBe('10.0.0.1')
    expect(clientAddress({ 'x-forwarded-for': '203.0.113.9, 10.0.0.2' }, '10.0.0.1', true)).toBe('203.0.113.9')
    expect(clientAddress({}, '10.0.0.1', true)).toBe('10.0.0.1')
    expect(clientAddress({}, undefined, false)).toBe('unknown')
  })
})
