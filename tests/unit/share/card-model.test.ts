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
