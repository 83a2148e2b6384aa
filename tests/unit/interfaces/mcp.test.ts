import { join } from 'node:path'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DELETE, GET, POST } from '@/app/api/mcp/route'
import { POST as recommendRoute } from '@/app/api/recommend/route'
import { isAllowedOrigin } from '@/lib/mcp/origin'
import { TOOLS } from '@/lib/mcp/tools'
import { RecommendationSchema } from '@/lib/output/recommendation-schema'

const answers = {
  scope: ['service-mesh', 'observability', 'security'],
  signals: ['traces', 'logs'],
  openSource: 'preferred',
  hosting: 'either',
  sidecars: 'avoid',
  costSensitivity: 'high',
  consolidation: 'balanced',
}

type CallResult = { isError?: boolean; content: { type: string; text?: string }[]; structuredContent?: Record<string, unknown> }
const textOf = (r: CallResult) => r.content.map((c) => c.text ?? '').join('')
const resourceJson = (r: { contents: ({ text: string } | { blob: string })[] }) => JSON.parse('text' in r.contents[0]! ? r.contents[0].text : '') as Record<string, unknown>
const jsonOf = (r: CallResult) => JSON.parse(textOf(r)) as Record<string, unknown>

// Route handlers called directly: the HTTP client's requests never leave the process.
const routeFetch = async (url: string | URL, init?: RequestInit): Promise<Response> => {
  const request = new Request(url, init)
  const handler = request.method === 'POST' ? POST : request.method === 'GET' ? GET : request.method === 'DELETE' ? DELETE : undefined
  return handler ? handler(request) : new Response(null, { status: 405 })
}

const transports = {
  stdio: () =>
    new StdioClientTransport({
      command: join(process.cwd(), 'node_modules/.bin/tsx'),
      args: ['lib/mcp/stdio.ts'],
      env: { ...(process.env as Record<string, string>), NODE_NO_WARNINGS: '1' },
      stderr: 'pipe',
    }),
  'Streamable HTTP': () => new StreamableHTTPClientTransport(new URL('http://localhost/api/mcp'), { fetch: routeFetch }),
}

describe.each(Object.entries(transports))('the MCP server over %s', (_name, transport) => {
  const client = new Client({ name: 'test', version: '1.0.0' })
  beforeAll(() => client.connect(transport()), 15_000)
  afterAll(() => client.close())
  // every successful result is checked against the output schema its tool declares
  const call = async (name: string, args: Record<string, unknown>) => {
    const result = (await client.callTool({ name, arguments: args })) as CallResult
    if (!result.isError) expect(TOOLS.find((t) => t.name === name)!.output!.safeParse(result.structuredContent).error).toBeUndefined()
    return result
  }

  it('lists the five tools, with the answers schema as recommend input', async () => {
    const { tools } = await client.listTools()
    expect(tools.map((t) => t.name).sort()).toEqual(['compare_vendors', 'explain_slot', 'get_vendor', 'list_vendors', 'recommend'])
    const recommend = tools.find((t) => t.name === 'recommend')!
    const answersSchema = (recommend.inputSchema.properties as Record<string, { properties: Record<string, unknown> }>).answers
    expect(Object.keys(answersSchema!.properties)).toEqual(expect.arrayContaining(['scope', 'signals', 'openSource', 'weights']))
    expect(recommend.inputSchema.required).toEqual(['answers'])
    // every tool declares what its structuredContent holds
    expect(tools.every((t) => t.outputSchema?.type === 'object')).toBe(true)
  })

  it('recommends the stack POST /api/recommend gives, with the same share link', async () => {
    const result = await call('recommend', { answers })
    expect(result.isError).toBeFalsy()
    const api = await (await recommendRoute(new Request('http://localhost/api/recommend', { method: 'POST', body: JSON.stringify(answers), headers: { 'content-type': 'application/json' } }))).json()
    expect(jsonOf(result)).toEqual(api)
    expect(result.structuredContent).toEqual(api)
    expect(RecommendationSchema.safeParse(result.structuredContent).success).toBe(true)
    expect((result.structuredContent!.share as { url: string }).url).toMatch(/^\/r\/[0-9A-Za-z_-]+$/)
  })

  it('names the field of an invalid answer in a tool error', async () => {
    const wrong = { ...answers, signals: ['traces', 'profiles'] }
    const bad = await call('recommend', { answers: wrong })
    expect(bad.isError).toBe(true)
    expect(textOf(bad)).toMatch(/^answers\.signals\[1\]: /)
    // the same issues POST /api/recommend reports, under the argument's name
    const api = await (await recommendRoute(new Request('http://localhost/api/recommend', { method: 'POST', body: JSON.stringify(wrong) }))).json()
    expect(textOf(bad)).toBe(api.issues.map((i: { path: string; message: string }) => `answers.${i.path}: ${i.message}`).join('; '))
    const unknownTool = await call('recommend', { answers: { ...answers, existingTools: ['no-such-tool'] } })
    expect(textOf(unknownTool)).toMatch(/answers\.existingTools: Unknown vendor id "no-such-tool"/)
    const missing = await call('recommend', {})
    expect(missing.isError).toBe(true)
    expect(textOf(missing)).toMatch(/^answers: /)
    const extra = await call('recommend', { answers, colour: 'blue' })
    expect(textOf(extra)).toBe('colour: Unknown field')
  })

  it('explains a slot: why the pick, why not the others', async () => {
    const result = await call('explain_slot', { answers, slot: 'service-mesh' })
    expect(result.isError).toBeFalsy()
    const body = jsonOf(result) as {
      pick: { vendor: string; reasons: string[]; breakdown: unknown[] }
      others: { vendor: string; eligible: boolean; whyNot: string[] }[]
      robustness: { winner: string }
    }
    expect(body.pick.vendor).toBe(body.robustness.winner)
    expect(body.pick.reasons.length).toBeGreaterThan(0)
    expect(body.others.length).toBeGreaterThan(1)
    expect(body.others.every((o) => o.vendor !== body.pick.vendor && o.whyNot.length > 0)).toBe(true)
    // answers that avoid sidecars rule some meshes out, and say so
    expect(body.others.some((o) => !o.eligible)).toBe(true)

    const outOfScope = await call('explain_slot', { answers, slot: 'k8s-cost' })
    expect(outOfScope.isError).toBe(true)
    expect(textOf(outOfScope)).toMatch(/^slot: Kubernetes cost management is not in the stack/)
    const badSlot = await call('explain_slot', { answers, slot: 'dns' })
    expect(textOf(badSlot)).toMatch(/^slot: Invalid option/)
  })

  it('lists vendors, filtered like the landscape', async () => {
    const all = jsonOf(await call('list_vendors', {})) as { count: number; vendors: { id: string }[] }
    const meshes = jsonOf(await call('list_vendors', { slot: 'service-mesh', model: 'open-source' })) as {
      count: number
      vendors: { id: string; model: string; slots: { slot: string }[] }[]
    }
    expect(meshes.count).toBeGreaterThan(0)
    expect(meshes.count).toBeLessThan(all.count)
    expect(meshes.vendors.map((v) => v.id)).toContain('istio')
    expect(meshes.vendors.every((v) => v.model === 'open-source' && v.slots.some((s) => s.slot === 'service-mesh'))).toBe(true)
    const byWords = jsonOf(await call('list_vendors', { query: 'vault secrets' })) as { vendors: { id: string }[] }
    expect(byWords.vendors.map((v) => v.id)).toContain('hashicorp-vault')
    const bad = await call('list_vendors', { delivery: 'on-prem' })
    expect(bad.isError).toBe(true)
    expect(textOf(bad)).toMatch(/^delivery: Invalid option/)
  })

  it('gets a vendor with its facts and sources, and refuses an unknown id', async () => {
    const result = await call('get_vendor', { id: 'istio' })
    const body = jsonOf(result) as { name: string; sources: string[]; facts: { label: string }[]; record: { id: string } }
    expect(body.name).toBe('Istio')
    expect(body.sources.length).toBeGreaterThan(0)
    expect(body.sources.every((s) => /^https?:\/\//.test(s))).toBe(true)
    expect(body.facts.map((f) => f.label)).toContain('Licence')
    expect(body.record.id).toBe('istio')

    const unknown = await call('get_vendor', { id: 'isito' })
    expect(unknown.isError).toBe(true)
    expect(textOf(unknown)).toMatch(/^id: Unknown vendor id "isito"/)
  })

  it('compares vendors fact by fact', async () => {
    const result = await call('compare_vendors', { ids: ['istio', 'linkerd'] })
    const body = jsonOf(result) as { vendors: { id: string; sources: string[] }[]; facts: { label: string; values: (string | null)[] }[] }
    expect(body.vendors.map((v) => v.id)).toEqual(['istio', 'linkerd'])
    const licence = body.facts.find((f) => f.label === 'Licence')!
    expect(licence.values).toHaveLength(2)
    expect(licence.values.every((v) => typeof v === 'string')).toBe(true)
    const bad = await call('compare_vendors', { ids: ['istio', 'nope-mesh'] })
    expect(textOf(bad)).toMatch(/^ids\[1\]: Unknown vendor id "nope-mesh"/)
    const one = await call('compare_vendors', { ids: ['istio'] })
    expect(textOf(one)).toMatch(/^ids: /)
  })

  it('serves the data set as resources', async () => {
    const { resources } = await client.listResources()
    const uris = resources.map((r) => r.uri)
    expect(uris).toEqual(expect.arrayContaining(['day2://vendors', 'day2://prices', 'day2://schema/answers', 'day2://vendors/istio']))
    const { resourceTemplates } = await client.listResourceTemplates()
    expect(resourceTemplates.map((t) => t.uriTemplate)).toContain('day2://vendors/{id}')

    const index = await client.readResource({ uri: 'day2://vendors' })
    const list = resourceJson(index) as { vendors: { id: string }[] }
    expect(list.vendors.length).toBe(resources.filter((r) => r.uri.startsWith('day2://vendors/')).length)
    const one = await client.readResource({ uri: 'day2://vendors/linkerd' })
    expect((resourceJson(one).sources as string[]).length).toBeGreaterThan(0)
  })

  it('offers a prompt that walks through the questionnaire', async () => {
    const { prompts } = await client.listPrompts()
    expect(prompts.map((p) => p.name)).toContain('choose-day2-stack')
    const prompt = await client.getPrompt({ name: 'choose-day2-stack' })
    const text = (prompt.messages[0]!.content as { text: string }).text
    expect(text).toContain('Which areas should the stack cover?')
    expect(text).toContain('`scope`')
    expect(text).toContain('`recommend`')
    expect(text).toMatch(/`air-gapped`: Air-gapped/)
  })
})

describe('POST /api/mcp', () => {
  it('refuses bodies over the API limit before reading them, and other methods', async () => {
    const big = await POST(new Request('http://localhost/api/mcp', { method: 'POST', body: 'x'.repeat(20_000), headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' } }))
    expect(big.status).toBe(413)
    expect((await GET()).status).toBe(405)
    expect((await DELETE()).status).toBe(405)
    const notJson = await POST(new Request('http://localhost/api/mcp', { method: 'POST', body: '{', headers: { 'content-type': 'application/json' } }))
    expect(notJson.status).toBe(400)
    const elsewhere = await POST(new Request('http://localhost/api/mcp', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', origin: 'https://evil.example' } }))
    expect(elsewhere.status).toBe(403)
    expect((await notJson.json()).error.code).toBe(-32700)
  })

  it('refuses web pages on other sites, not this site or agents', () => {
    expect(isAllowedOrigin(null, 'advisor.example')).toBe(true)
    expect(isAllowedOrigin('https://advisor.example', 'advisor.example')).toBe(true)
    expect(isAllowedOrigin('https://advisor.example', '10.0.0.5:3000', 'https://advisor.example/')).toBe(true)
    expect(isAllowedOrigin('https://evil.example', 'advisor.example')).toBe(false)
    expect(isAllowedOrigin('null', 'advisor.example')).toBe(false)
  })
})
