import { describe, expect, it } from 'vitest'
import { AnswersSchema } from '@/lib/answers/schema'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { forDisplay } from '@/lib/output/for-display'
import { recommend } from '@/lib/recommend'

describe('the recommendation sent to a results page', () => {
  const rec = recommend(
    AnswersSchema.parse({ scope: ['service-mesh', 'observability', 'security', 'cost'], signals: ['traces', 'logs', 'metrics'], openSource: 'preferred', hosting: 'either', costSensitivity: 'high', consolidation: 'balanced', sidecars: 'tolerate', mtls: 'preferred' }),
    EMBEDDED_CATALOG,
  )
  const shown = forDisplay(rec)

  it('keeps the stack, every row and every why-not, and the breakdown of the pick and the next best', () => {
    expect(shown.stack).toEqual(rec.stack)
    shown.slots.forEach((s, i) => {
      const full = rec.slots[i]!
      expect(s.robustness).toEqual(full.robustness)
      expect(s.ranking.map((r) => [r.vendor, r.score, r.eligible, r.excludedBecause])).toEqual(full.ranking.map((r) => [r.vendor, r.score, r.eligible, r.excludedBecause]))
      const next = full.ranking.find((r) => r.eligible && r.vendor !== full.pick)
      for (const id of [full.pick, next?.vendor].filter(Boolean)) expect(s.ranking.find((r) => r.vendor === id)).toEqual(full.ranking.find((r) => r.vendor === id))
    })
  })

  it('is well under half the size of the full output', () => {
    expect(JSON.stringify(shown).length).toBeLessThan(JSON.stringify(rec).length / 2)
  })
})
