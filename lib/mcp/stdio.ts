import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
import { EMBEDDED_CATALOG } from '../catalog/embedded'
import { EMBEDDED_PRICES } from '../cost/embedded-prices'
import { createMcpServer } from './server'

// The MCP server over standard input and output, for desktop agents (`npm run -s mcp`). Standard
// output carries the protocol only: nothing here may print to it.
const server = createMcpServer({ catalog: EMBEDDED_CATALOG, prices: EMBEDDED_PRICES, publicBaseUrl: process.env.PUBLIC_BASE_URL })
await server.connect(new StdioServerTransport())
