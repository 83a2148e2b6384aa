import { describe, expect, it } from 'vitest'
import { baseUrlFor, configuredBaseUrl } from '@/lib/http/base-url'

const headers = (h: Record<string, string>) => (name: string) => h[name] ?? null

describe('configuredBaseUrl', () => {
  it('treats an empty or malformed value as unset', () => {
    for (const v of [undefined, '', '   ', 'not a url', 'ftp://files.example.com', 'javascript:alert(1)']) expect(configuredBaseUrl(v), String(v)).toBeUndefined()
  })
  it('keeps an https or http origin, without a trailing slash', () => {
    expect(configuredBaseUrl('https://advisor.example.com/')).toBe('https://advisor.example.com')
    expect(configuredBaseUrl(' https://example.com/advisor/ ')).toBe('https://example.com/advisor')
  })
})

describe('baseUrlFor', () => {
  const request = headers({ host: 'advisor.internal:3000', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' })

  it('prefers PUBLIC_BASE_URL', () => {
    expect(baseUrlFor({ publicBaseUrl: 'https://advisor.example.com' }, request)).toBe('https://advisor.example.com')
  })
  it('ignores forwarded headers unless TRUST_PROXY is set', () => {
    expect(baseUrlFor({ publicBaseUrl: '' }, request)).toBe('http://advisor.internal:3000')
    expect(baseUrlFor({ trustProxy: '1' }, request)).toBe('https://evil.example')
  })
  it('falls back to a safe default for a host that is not a host name', () => {
    expect(baseUrlFor({}, headers({ host: 'a b<script>' }))).toBe('http://127.0.0.1:3000')
    expect(baseUrlFor({}, headers({ host: '[::1]:3000' }))).toBe('http://[::1]:3000')
  })
})
