import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { ClientBudget } from '@/lib/concurrency/client-budget'
import { EMBEDDED_PRICES } from '@/lib/cost/embedded-prices'
import { MAX_BODY_BYTES } from '@/lib/http/recommend-request'
import { isAllowedOrigin } from '@/lib/mcp/origin'
import { createMcpServer } from '@/lib/mcp/server'
import { readLimited } from '../read-limited'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

// Every request can be a recommendation, the most expensive thing the API does: a burst of 30,
// then 10 a second per client. An agent's session (initialize, list, a few calls) stays far below.
const budget = new ClientBudget({
  burst: Number(process.env.MCP_CLIENT_BURST ?? 30),
  perSecond: Number(process.env.MCP_CLIENT_PER_SECOND ?? 10),
  maxClients: 10_000,
})

/** MCP clients read JSON-RPC errors; the status code still says what kind of failure it is. */
const rpcError = (status: number, code: number, message: string, extra: Record<string, string> = {}) =>
  new Response(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra },
  })

/**
 * POST /api/mcp: the MCP server over Streamable HTTP, stateless. Each request gets a fresh server
 * and transport (no session to keep, so any instance can answer any request) and is answered
 * with plain JSON rather than an event stream: no tool here streams or notifies.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isAllowedOrigin(request.headers.get('origin'), request.headers.get('host'), process.env.PUBLIC_BASE_URL))
    return rpcError(403, -32000, 'Forbidden: web pages on other sites may not call this server')
  const spend = budget.spend(request.headers.get('x-day2-client') ?? 'local', Date.now())
  if (!spend.ok) return rpcError(429, -32000, 'Too many requests from this client; try again shortly', { 'retry-after': String(spend.retryAfterSeconds) })
  // The same limit as POST /api/recommend, checked before the body is read.
  const tooLarge = () => rpcError(413, -32600, `The body must be at most ${MAX_BODY_BYTES} bytes`)
  if (Number(request.headers.get('content-length') ?? '0') > MAX_BODY_BYTES) return tooLarge()
  const text = await readLimited(request, MAX_BODY_BYTES + 1)
  if (text === null) return rpcError(400, -32700, 'The request body could not be read')
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) return tooLarge()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return rpcError(400, -32700, 'Parse error: the body is not valid JSON')
  }

  const server = createMcpServer({ catalog: EMBEDDED_CATALOG, prices: EMBEDDED_PRICES, publicBaseUrl: process.env.PUBLIC_BASE_URL })
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true })
  try {
    await server.connect(transport)
    const response = await transport.handleRequest(request, { parsedBody: body })
    response.headers.set('cache-control', 'no-store')
    return response
  } finally {
    // the JSON answer is complete once handleRequest resolves: nothing is left to send
    await server.close()
  }
}

/** A stateless server has no event stream to open (GET) and no session to end (DELETE). */
function methodNotAllowed(): Response {
  return rpcError(405, -32000, 'Method not allowed: this MCP server is stateless; send JSON-RPC messages with POST', { allow: 'POST' })
}

export const GET = methodNotAllowed
export const DELETE = methodNotAllowed
