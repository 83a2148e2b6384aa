import { describe, expect, it } from 'vitest'
import { parseSession, serializeSession } from '@/lib/wizard/session'

describe('stored wizard session', () => {
  it('round-trips the step and the answers', () => {
    const answers = { scope: ['cost' as const], openSource: 'preferred' as const }
    expect(parseSession(serializeSession('hosting', answers))).toEqual({ step: 'hosting', answers })
  })

  it('ignores stored values that are not a session, without throwing', () => {
    for (const text of [null, '', '{', 'null', '[]', '{"v":2,"step":"scope","answers":{}}', '{"v":1,"step":"nowhere","answers":{}}'])
      expect(parseSession(text)).toBeUndefined()
  })

  it('drops only the answers that no longer validate', () => {
    const text = JSON.stringify({ v: 1, step: 'review', answers: { scope: 5, openSource: 'preferred', hosting: 'moon' } })
    expect(parseSession(text)).toEqual({ step: 'review', answers: { openSource: 'preferred' } })
  })
})
