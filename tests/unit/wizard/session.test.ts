import { describe, expect, it } from 'vitest'
import { parseSession, serializeSession } from '@/lib/wizard/session'

describe('stored wizard session', () => {
  it('round-trips the step and the answers', () => {
    const answers = { scope: ['cost' as const], openSource: 'preferred' as const }
    expect(parseSession(serializeSession('priorities', answers))).toEqual({ step: 'priorities', answers })
  })

  it('ignores stored values that are not a session, without throwing', () => {
    for (const text of [null, '', '{', 'null', '[]', '{"v":2,"step":"scope","answers":{}}', '{"v":1,"step":"scope","answers":[]}'])
      expect(parseSession(text)).toBeUndefined()
  })

  it('keeps the answers of a session saved before the pages changed, starting at the welcome screen', () => {
    const text = JSON.stringify({ v: 1, step: 'hosting', answers: { scope: ['cost'], openSource: 'preferred', hosting: 'either' } })
    expect(parseSession(text)).toEqual({ step: 'welcome', answers: { scope: ['cost'], openSource: 'preferred', hosting: 'either' } })
  })

  it('drops tools to keep that are no longer in use', () => {
    const text = JSON.stringify({ v: 1, step: 'review', answers: { existingTools: ['istio'], keep: ['istio', 'linkerd'] } })
    expect(parseSession(text)?.answers).toEqual({ existingTools: ['istio'], keep: ['istio'] })
  })

  it('drops only the answers that no longer validate', () => {
    const text = JSON.stringify({ v: 1, step: 'review', answers: { scope: 5, openSource: 'preferred', hosting: 'moon' } })
    expect(parseSession(text)).toEqual({ step: 'review', answers: { openSource: 'preferred' } })
  })
})
