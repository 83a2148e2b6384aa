import { describe, expect, it } from 'vitest'
import { withCosts } from '@/lib/cost/attach'
import { POST } from '@/app/api/recommend/route'
import { AnswersSchema } from '@/lib/answers/schema'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { recommend } from '@/lib/recommend'
import { shareLinkOf } from '@/lib/share/link'

const answers = {
  scope: ['observability'],
  openSource: 'no-preference',
  hosting: 'saas',
  costSensitivity: 'low',
  signals: ['logs', 'metrics'],
  consolidation: 'fewest-vendors',
}
const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  POST(new Request('http://localhost/api/recommend', { method: 'POST', body, headers }))

describe('POST /api/recommend', () => {
  it('returns the same output as the engine and the CLI', async () => {
    const res = await post(JSON.stringify(answers))
    expect(res.status).toBe(200)
    // the engine's output with the monthly costs every interface adds
    const rec = withCosts(recommend(AnswersSchema.parse(answers), EMBEDDED_CATALOG), EMBEDDED_CATALOG)
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify({ ...rec, share: shareLinkOf(rec, EMBEDDED_CATALOG) })))
  })

  it('answers 400 with zod issues naming the field for invalid answers', async () => {
    const res = await post(JSON.stringify({ ...answers, signals: ['traces', 'profiles'] }))
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.error).toBe('invalid-answers')
    expect(body.issues[0].path).toBe('signals[1]')
  })

  it('answers 400 for malformed JSON and for JSON that is not an object', async () => {
    for (const body of ['{', '', 'null', '[]', '"x"', '{"scope": 5}']) {
      const res = await post(body)
      expect(res.status, body).toBe(400)
    }
  })

  it('answers 400 for an unknown existing tool and for unknown fields', async () => {
    expect((await post(JSON.stringify({ ...answers, existingTools: ['not-a-vendor'] }))).status).toBe(400)
    expect((await post(JSON.stringify({ ...answers, colour: 'blue' }))).status).toBe(400)
  })

  it('answers 413 for an oversized body and 415 for a form post', async () => {
    expect((await post(JSON.stringify({ ...answers, pad: 'x'.repeat(20_000) }))).status).toBe(413)
    expect((await post('a=b', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415)
  })
})
