import { describe, expect, it } from 'vitest'
import { AnswersSchema } from '@/lib/answers/schema'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { recommend } from '@/lib/recommend'
import { buildCardModel, cardText } from '@/lib/share/card-model'

describe('summary card text', () => {
  it('strips emoji, which the image renderer would fetch from a CDN', () => {
    expect(cardText('Istio \u{1F680} mesh \u2764\uFE0F')).toBe('Istio mesh')
  })

  it('truncates long strings to fit the layout', () => {
    expect(cardText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`)
  })

  it('shows every slot of the stack grouped by area, with the key constraints', () => {
    const answers = AnswersSchema.parse({
      scope: ['cost', 'security'],
      openSource: 'required',
      hosting: 'self-hosted',
      costSensitivity: 'low',
      consolidation: 'best-of-breed',
    })
    const rec = recommend(answers, EMBEDDED_CATALOG)
    const card = buildCardModel(rec)
    expect(card.areas.map((a) => a.area)).toEqual(['Security', 'Cost'])
    expect(card.areas.flatMap((a) => a.picks.map((p) => p.slot))).toHaveLength(rec.stack.length)
    expect(card.constraints).toContain('Open source: required')
    expect(card.constraints.some((c) => c.startsWith('Sidecars'))).toBe(false)
  })
})

describe('the card shows what the stack costs', () => {
  it('gives the monthly estimate and how many slots have no published price', async () => {
    const { withCosts } = await import('@/lib/cost/attach')
    const answers = AnswersSchema.parse({ scope: ['service-mesh', 'observability'], signals: ['metrics'], openSource: 'required', hosting: 'self-hosted', costSensitivity: 'high', consolidation: 'balanced', sidecars: 'tolerate', mtls: 'preferred' })
    const rec = withCosts(recommend(answers, EMBEDDED_CATALOG), EMBEDDED_CATALOG)
    const t = rec.monthlyCost!
    expect(t.expected).toBeGreaterThan(0)
    expect(buildCardModel(rec).footer).toMatch(/ · about \$[\d.]+k? a month/)
    // without costs (a plain engine call) the card says nothing about money
    expect(buildCardModel(recommend(answers, EMBEDDED_CATALOG)).footer).not.toMatch(/month/)
  })
})
