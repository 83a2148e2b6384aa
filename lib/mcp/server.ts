import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js'
import { ErrorCode, McpError, type CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import { z } from 'zod'
import { AnswersIn } from '../output/openapi'
import { advertised } from './args'
import { questionnairePrompt } from './prompt'
import { TOOLS, type ToolContext, type ToolDef } from './tools'

/** Bumped when a tool, resource or prompt changes in a way a client would notice. */
export const MCP_SERVER_VERSION = '1.0.0'

const PROMPT_NAME = 'choose-day2-stack'

/**
 * The one MCP server both transports serve (stdio.ts for desktop agents, app/api/mcp for HTTP):
 * the tools of tools.ts, the data set as resources and the questionnaire as a prompt. Cheap to
 * create, so the stateless HTTP route makes one per request.
 */
export function createMcpServer(ctx: ToolContext): McpServer {
  const server = new McpServer(
    { name: 'day2-stack-advisor', title: 'Day 2 Stack Advisor', version: MCP_SERVER_VERSION },
    {
      instructions:
        `Recommends a Kubernetes Day 2 stack from questionnaire answers, with vendor facts and their sources (vendor data ${ctx.catalog.version}). ` +
        `Start with the ${PROMPT_NAME} prompt to walk through the questions, then call recommend; explain_slot says why a pick won and why the others did not.`,
    },
  )
  for (const tool of TOOLS) registerTool(server, tool, ctx)
  registerResources(server, ctx)
  server.registerPrompt(
    PROMPT_NAME,
    {
      title: 'Choose a Day 2 stack',
      description: 'Walks through the questionnaire, one question at a time, then calls recommend and presents the stack with its share link',
    },
    () => ({ messages: [{ role: 'user', content: { type: 'text', text: questionnairePrompt() } }] }),
  )
  return server
}

function registerTool(server: McpServer, tool: ToolDef, ctx: ToolContext): void {
  server.registerTool(
    tool.name,
    {
      title: tool.title,
      description: tool.description,
      inputSchema: advertised(tool.input, 'input'),
      ...(tool.output ? { outputSchema: advertised(tool.output, 'output') } : {}),
      // every tool reads the data set and computes; nothing changes and nothing leaves the server
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    (args): CallToolResult => {
      const outcome = tool.run(args, ctx)
      if (!outcome.ok) return { isError: true, content: [{ type: 'text', text: outcome.message }] }
      return { content: [{ type: 'text', text: JSON.stringify(outcome.value) }], structuredContent: outcome.value as Record<string, unknown> }
    },
  )
}

const json = (uri: URL, value: unknown) => ({ contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(value) }] })

function registerResources(server: McpServer, ctx: ToolContext): void {
  const run = (name: string, args: unknown) => {
    const outcome = TOOLS.find((t) => t.name === name)!.run(args, ctx)
    if (!outcome.ok) throw new McpError(ErrorCode.InvalidParams, outcome.message)
    return outcome.value
  }
  server.registerResource(
    'vendors',
    'day2://vendors',
    { title: 'Vendors', description: 'Every vendor in the data set: id, name, slots, licence, delivery, CNCF status, date checked', mimeType: 'application/json' },
    (uri) => json(uri, { asOf: ctx.catalog.asOf, ...run('list_vendors', {}) }),
  )
  server.registerResource(
    'vendor',
    new ResourceTemplate('day2://vendors/{id}', {
      list: () => ({
        resources: ctx.catalog.vendors.map((v) => ({ uri: `day2://vendors/${v.id}`, name: v.id, title: v.name, mimeType: 'application/json' })),
      }),
      complete: { id: (prefix) => ctx.catalog.vendors.map((v) => v.id).filter((id) => id.startsWith(prefix)) },
    }),
    { title: 'Vendor', description: 'One vendor: facts with unverified ones flagged, the full record and its sources', mimeType: 'application/json' },
    (uri, { id }) => json(uri, run('get_vendor', { id: String(id) })),
  )
  server.registerResource(
    'prices',
    'day2://prices',
    { title: 'Price book', description: 'The list prices monthly costs are estimated from, with their sources and dates', mimeType: 'application/json' },
    (uri) => json(uri, ctx.prices),
  )
  server.registerResource(
    'answers-schema',
    'day2://schema/answers',
    { title: 'Answers schema', description: 'JSON Schema of the answers recommend and explain_slot take', mimeType: 'application/schema+json' },
    (uri) => json(uri, z.toJSONSchema(AnswersIn, { io: 'input', unrepresentable: 'any' })),
  )
}
