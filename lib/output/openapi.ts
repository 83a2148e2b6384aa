import { z } from 'zod'
import { NEED_LEVELS } from '../answers/fields'
import { conditionOf, FIELDS } from '../answers/registry'
import { NEED_KEYS } from '../catalog/capabilities'
import { MAX_BODY_BYTES } from '../http/recommend-request'
import { REPORT_FORMATS } from '../report/build-report'
import { RANKINGS_CSV_COLUMNS } from '../report/rankings-csv'
import { CRITERION_IDS } from '../scoring/criteria-ids'
import { TechRadarSchema } from './radar-schema'
import { USAGE_DOC } from './usage-doc'
import { RecommendationSchema } from './recommendation-schema'

/**
 * The HTTP API's contract as an OpenAPI 3.1 document, built from the same zod schemas the routes
 * and the engine use, so the document cannot describe a field the code does not have. Served at
 * /api/openapi.json; tests validate it against the OpenAPI 3.1 schema and real responses against it.
 */

/** The answers a client sends: only the questions asked of every team are required; the rest default. */
export const AnswersIn = z
  .object({
    ...Object.fromEntries(
      FIELDS.map((f) => {
        const when = conditionOf(f.name)
        const about = `${f.legend}${when ? ` (asked ${when})` : ''}`
        const schema =
          f.kind === 'single'
            ? z.enum(f.options.map((o) => o.value) as [string, ...string[]])
            : f.kind === 'multi'
              ? z.array(z.enum(f.options.map((o) => o.value) as [string, ...string[]]))
              : f.kind === 'needs'
                ? z.partialRecord(z.enum(NEED_KEYS), z.enum(NEED_LEVELS))
                : z.array(z.string().describe('Vendor id, as in data/vendors.json'))
        const described = schema.describe(f.kind === 'needs' ? `${about}: levels by "<slot>/<capability>"; the rest take their defaults` : about)
        return [f.name, f.required && !when ? described : described.optional()]
      }),
    ),
    weights: z.partialRecord(z.enum(CRITERION_IDS), z.int().min(0).max(10)).optional().describe('What-if weight overrides per criterion, 0-10'),
    ...USAGE_DOC,
  })
  .strict()
  .describe('Questionnaire answers; unknown fields are refused, missing optional ones take their defaults')

const ErrorBody = z
  .object({
    error: z.string().describe('Machine-readable code, e.g. invalid-answers, invalid-token, body-too-large, busy'),
    message: z.string().describe('What is wrong, naming the field'),
    issues: z.array(z.object({ path: z.string(), message: z.string() }).strict()).optional(),
    alternatives: z.object({ markdown: z.string() }).strict().optional().describe('Where to get the report when the PDF cannot be made'),
  })
  .strict()

const Health = z.object({ status: z.literal('ok'), dataVersion: z.string(), vendors: z.int().min(0), uptimeSeconds: z.int().min(0) }).strict()

const schema = (s: z.ZodType) => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(s, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>
  return rest
}
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const json = (name: string) => ({ 'application/json': { schema: ref(name) } })
const error = (description: string) => ({ description, content: json('Error') })
const retryAfter = { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 1 } } }
// The MCP messages follow the MCP specification's own JSON Schema; described here only by their envelope.
const JsonRpc = { type: 'object', required: ['jsonrpc'], properties: { jsonrpc: { const: '2.0' } }, description: 'A JSON-RPC 2.0 message (see the MCP specification)' }
const mcpNotAllowed = { description: 'Method not allowed (Allow: POST)', content: { 'application/json': { schema: JsonRpc } } }
const token = {
  name: 'token',
  in: 'path',
  required: true,
  description: 'Share token: the answers, encoded (as returned in share.token)',
  schema: { type: 'string', pattern: '^[0-9A-Za-z_-]{1,400}$' },
}

export function openApiDocument(dataVersion: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Day 2 Stack Advisor API',
      version: '1.0.0',
      summary: 'Recommends a Kubernetes Day 2 stack (service mesh, observability, security, cost) from questionnaire answers.',
      description: `Vendor data version ${dataVersion}. Every fact in the output carries its sources in the vendor data; monthly costs are list-price estimates with their basis.`,
    },
    paths: {
      '/api/recommend': {
        post: {
          operationId: 'recommend',
          summary: 'Recommend a stack for a set of answers',
          requestBody: {
            required: true,
            // text/plain too: a page can post it without a CORS preflight
            description: `At most ${MAX_BODY_BYTES} bytes of JSON, sent as application/json (or text/plain)`,
            content: { ...json('Answers'), 'text/plain': { schema: ref('Answers') } },
          },
          responses: {
            '200': { description: 'The recommendation, with its share link and monthly costs', content: json('Recommendation') },
            '400': error('Invalid JSON or invalid answers; `issues` names each field'),
            '413': error(`Body larger than ${MAX_BODY_BYTES} bytes`),
            '415': error('Body sent as another media type than JSON or plain text'),
          },
        },
      },
      '/api/report/{token}': {
        get: {
          operationId: 'getReport',
          summary: 'The recommendation report for shared answers, as a download',
          parameters: [
            token,
            {
              name: 'format',
              in: 'query',
              required: false,
              description: 'pdf and md: the report; json: the engine output; radar: Backstage tech-radar data; csv: every ranking row',
              schema: { type: 'string', enum: [...REPORT_FORMATS], default: 'pdf' },
            },
          ],
          responses: {
            '200': {
              description:
                'The report (PDF, or a MADR 4 decision record in Markdown), the engine output as JSON (format=json), the tech-radar data (format=radar) or the rankings as CSV (format=csv)',
              headers: {
                'Content-Disposition': {
                  description: 'attachment; filename="day2-stack-recommendation-<date>.<ext>" (-radar.json and -rankings.csv for the exports)',
                  schema: { type: 'string' },
                },
              },
              content: {
                'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } },
                'text/markdown': { schema: { type: 'string' } },
                'application/json': { schema: { oneOf: [ref('Recommendation'), ref('TechRadar')] } },
                'text/csv': {
                  schema: {
                    type: 'string',
                    description: `RFC 4180, CRLF line ends, a header row and one row per slot and vendor; columns: ${RANKINGS_CSV_COLUMNS.join(', ')}`,
                  },
                },
              },
            },
            '400': error('Unknown format or a damaged token'),
            '500': error('The PDF could not be made; `alternatives.markdown` links the Markdown report'),
            '503': { ...error('Too many reports being made; try again after Retry-After'), headers: retryAfter },
          },
        },
      },
      '/api/og/{token}': {
        get: {
          operationId: 'getShareImage',
          summary: 'The 1200x630 share image (Open Graph) for shared answers',
          parameters: [token],
          responses: {
            '200': { description: 'PNG image', content: { 'image/png': { schema: { type: 'string', contentMediaType: 'image/png' } } } },
            '400': error('A damaged token'),
            '429': { ...error('Too many new images from this client'), headers: retryAfter },
            '503': { ...error('Too many images being made'), headers: retryAfter },
          },
        },
      },
      '/api/mcp': {
        post: {
          operationId: 'mcp',
          summary: 'The MCP server (Model Context Protocol) over Streamable HTTP, stateless',
          description:
            'Tools recommend, explain_slot, compare_vendors, list_vendors and get_vendor; the data set as resources; the prompt choose-day2-stack. ' +
            'Send JSON-RPC messages as an MCP client does (Accept: application/json, text/event-stream); every request stands alone, so no session id is issued.',
          requestBody: {
            required: true,
            description: `One JSON-RPC message, at most ${MAX_BODY_BYTES} bytes`,
            content: { 'application/json': { schema: JsonRpc } },
          },
          responses: {
            '200': { description: 'The JSON-RPC response; a tool error is a result with isError: true and a message naming the field', content: { 'application/json': { schema: JsonRpc } } },
            '202': { description: 'A notification or response was accepted; nothing to answer' },
            '400': { description: 'Not JSON, or not a JSON-RPC message', content: { 'application/json': { schema: JsonRpc } } },
            '403': { description: 'Sent by a web page on another site (the Origin header names another origin)', content: { 'application/json': { schema: JsonRpc } } },
            '406': { description: 'The Accept header does not list both application/json and text/event-stream', content: { 'application/json': { schema: JsonRpc } } },
            '413': { description: `Body larger than ${MAX_BODY_BYTES} bytes`, content: { 'application/json': { schema: JsonRpc } } },
            '429': { description: 'Too many requests from this client', headers: retryAfter, content: { 'application/json': { schema: JsonRpc } } },
          },
        },
        get: { operationId: 'mcpStream', summary: 'Not offered: a stateless server has no event stream to open', responses: { '405': mcpNotAllowed } },
        delete: { operationId: 'mcpEndSession', summary: 'Not offered: a stateless server has no session to end', responses: { '405': mcpNotAllowed } },
      },
      '/api/health': {
        get: {
          operationId: 'health',
          summary: 'Liveness and readiness',
          responses: { '200': { description: 'The server answers and its data set loaded', content: json('Health') } },
        },
      },
      '/api/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
    components: {
      schemas: {
        Answers: schema(AnswersIn),
        Recommendation: schema(RecommendationSchema),
        TechRadar: schema(TechRadarSchema),
        Error: schema(ErrorBody),
        Health: schema(Health),
      },
    },
  }
}
