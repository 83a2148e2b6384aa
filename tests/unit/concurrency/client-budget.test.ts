import { describe, expect, it } from 'vitest'
import { ClientBudget } from '@/lib/concurrency/client-budget'

describe('ClientBudget', () => {
  it('allows a burst, then refuses with the wait until the next unit', () => {
    const b = new ClientBudget({ burst: 3, perSecond: 2, maxClients: 10 })
    expect([1, 2, 3].map(() => b.spend('a', 0).ok)).toEqual([true, true, true])
    expect(b.spend('a', 0)).toEqual({ ok: false, retryAfterSeconds: 1 })
    // another client is not affected
    expect(b.spend('b', 0).ok).toBe(true)
  })

  it('refills at the given rate, up to the burst', () => {
    const b = new ClientBudget({ burst: 2, perSecond: 1, maxClients: 10 })
    b.spend('a', 0)
    b.spend('a', 0)
    expect(b.spend('a', 500).ok).toBe(false)
    expect(b.spend('a', 1600).ok).toBe(true) // 1.1 units regained (the refused attempt spent nothing)
    expect(b.spend('a', 100_000).ok).toBe(true)
    expect(b.spend('a', 100_000).ok).toBe(true)
    expect(b.spend('a', 100_000).ok).toBe(false) // never more than the burst
  })

  it('forgets the least recently seen client beyond its capacity', () => {
    const b = new ClientBudget({ burst: 1, perSecond: 0.001, maxClients: 2 })
    b.spend('a', 0)
    b.spend('b', 0)
    b.spend('c', 0) // evicts a
    expect(b.spend('a', 0).ok).toBe(true)
    expect(b.spend('c', 0).ok).toBe(false)
  })
})
