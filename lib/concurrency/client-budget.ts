/**
 * A per-client token bucket: each client may spend `burst` units at once and regains
 * `perSecond` units a second. Used to keep one client's stream of expensive requests (share
 * images of ever-new tokens) from taking the server's time from everyone else. Clock-free: the
 * caller passes the time, so tests need no timers. Remembers at most `maxClients` clients,
 * forgetting the least recently seen (a forgotten client starts with a full bucket again).
 */
export interface BudgetOptions {
  burst: number
  perSecond: number
  maxClients: number
}

export type Spend = { ok: true } | { ok: false; retryAfterSeconds: number }

export class ClientBudget {
  private readonly buckets = new Map<string, { tokens: number; at: number }>()

  constructor(private readonly options: BudgetOptions) {
    if (!(options.burst >= 1 && options.perSecond > 0 && options.maxClients >= 1)) throw new RangeError('burst >= 1, perSecond > 0, maxClients >= 1')
  }

  /** Takes one unit from the client's bucket at time `nowMs`, or says how long to wait. */
  spend(client: string, nowMs: number): Spend {
    const { burst, perSecond } = this.options
    const previous = this.buckets.get(client)
    const elapsed = previous ? Math.max(0, nowMs - previous.at) / 1000 : 0
    const tokens = previous ? Math.min(burst, previous.tokens + elapsed * perSecond) : burst
    this.buckets.delete(client) // re-inserted below: Map order is recency order
    if (tokens < 1) {
      this.remember(client, { tokens, at: nowMs })
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perSecond)) }
    }
    this.remember(client, { tokens: tokens - 1, at: nowMs })
    return { ok: true }
  }

  private remember(client: string, bucket: { tokens: number; at: number }): void {
    this.buckets.set(client, bucket)
    if (this.buckets.size > this.options.maxClients) this.buckets.delete(this.buckets.keys().next().value as string)
  }
}
