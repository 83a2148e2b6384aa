import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Validator } from '@seriousme/openapi-schema-validator'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { GET as health } from '@/app/api/health/route'
import { GET as openapi } from '@/app/api/openapi.json/route'
import { POST as recommend } from '@/app/api/recommend/route'
import { GET as report } from '@/app/api/report/[token]/route'

type Doc = {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }> }>>
  components: { schemas: Record<string, object> }
}
const doc = (await (await openapi()).json()) as Doc

const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats.default(ajv)
/** Checks a response body against what the document says that route answers with that status. */
function expectDocumented(path: string, method: string, status: number, type: string, body: unknown) {
  const response = doc.paths[path]?.[method]?.responses[String(status)]
  expect(response, `${method.toUpperCase()} ${path} ${status} is documented`).toBeDefined()
  const schema = response!.content?.[type]?.schema
  expect(schema, `${type} is documented for ${status}`).toBeDefined()
  // the components ride along so that references (#/components/schemas/...) resolve as in the document
  const validate = ajv.compile({ ...schema!, components: doc.components })
  expect(validate(body) ? [] : validate.errors).toEqual([])
}

const answers = { scope: ['service-mesh', 'observability'], signals: ['traces'], openSource: 'preferred', hosting: 'either', costSensitivity: 'high', consolidation: 'balanced', sidecars: 'tolerate', mtls: 'preferred' }
const post = (body: string, type = 'application/json') => recommend(new Request('http://localhost/api/recommend', { method: 'POST', body, headers: { 'content-type': type } }))

describe('the OpenAPI document at /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(doc as unknown as Record<string, unknown>)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('documents every API route', () => {
    const routes: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name)
        if (statSync(p).isDirectory()) walk(p)
        else if (name === 'route.ts' || name === 'route.tsx') routes.push(`/${dir.replace(/\\/g, '/').replace(/\[(\w+)\]/g, '{$1}')}`.replace('/app/', '/'))
      }
    }
    walk('app/api')
    expect(routes.length).toBeGreaterThan(3)
    for (const r of routes) expect(Object.keys(doc.paths), r).toContain(r)
  })

  it('matches what the routes answer, errors included', async () => {
    const ok = await post(JSON.stringify(answers))
    expect(ok.status).toBe(200)
    const rec = await ok.json()
    expectDocumented('/api/recommend', 'post', 200, 'application/json', rec)
    // the request body the document describes is the one the route accepts
    const validAnswers = ajv.compile(doc.components.schemas.Answers!)
    expect(validAnswers(answers)).toBe(true)
    expect(validAnswers({ ...answers, colour: 'blue' })).toBe(false)

    for (const [body, type, status] of [
      [JSON.stringify({ ...answers, signals: ['profiles'] }), 'application/json', 400],
      ['{', 'application/json', 400],
      ['<a/>', 'application/xml', 415],
      [JSON.stringify({ ...answers, pad: 'x'.repeat(20_000) }), 'application/json', 413],
    ] as const) {
      const res = await post(body, type)
      expect(res.status).toBe(status)
      expectDocumented('/api/recommend', 'post', status, 'application/json', await res.json())
    }

    const token = rec.share.token as string
    const get = (t: string, format: string) => report(new Request(`http://localhost/api/report/${t}?format=${format}`), { params: Promise.resolve({ token: t }) })
    const json = await get(token, 'json')
    expectDocumented('/api/report/{token}', 'get', 200, 'application/json', await json.json())
    const radar = await get(token, 'radar')
    expect(radar.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expectDocumented('/api/report/{token}', 'get', 200, 'application/json', await radar.json())
    const csv = await get(token, 'csv')
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expectDocumented('/api/report/{token}', 'get', 200, 'text/csv', await csv.text())
    // application/json is oneOf the engine output and the radar: each body matches exactly one
    const format = (doc.paths['/api/report/{token}']!.get as unknown as { parameters: { name: string; schema: { enum: string[] } }[] }).parameters.find((p) => p.name === 'format')
    expect(format?.schema.enum).toEqual(['pdf', 'md', 'json', 'radar', 'csv'])
    for (const [t, format] of [[token, 'docx'], ['not-a-token', 'json']] as const) {
      const res = await get(t, format)
      expect(res.status).toBe(400)
      expectDocumented('/api/report/{token}', 'get', 400, 'application/json', await res.json())
    }
    expectDocumented('/api/health', 'get', 200, 'application/json', await health().json())
  })
})
