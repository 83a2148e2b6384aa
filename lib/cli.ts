// Command-line entry: `npm run -s recommend -- --answers FILE|-` prints the recommendation as JSON.
// The only module in lib/ that touches the file system or the process; everything else is pure.
import { readFileSync } from 'node:fs'
import prices from '../data/prices.json' with { type: 'json' }
import { EMBEDDED_CATALOG } from './catalog/embedded'
import { withPriceBook } from './catalog/build'
import { parseCatalog } from './catalog/catalog'
import { issuesToText } from './catalog/issues'
import { parseAnswers, recommend } from './recommend'
import { shareLinkOf } from './share/link'
import { isStale } from './cost/price-book'
import { checkCoverage, parsePriceBook } from './cost/price-book-schema'
import { withCosts } from './cost/attach'

const USAGE = `Usage:
  recommend --answers FILE        read answers JSON from FILE ("-" for standard input)
            [--data FILE]         use another vendor data set instead of the embedded one
            [--prices FILE]       use another price book for the monthly cost estimates
  recommend --check-data [--data FILE] [--prices FILE]
                                  validate a vendor data set and the price book, and exit

Exit codes: 0 ok, 2 invalid input (message on stderr).`

export function main(argv: string[]): number {
  const args = parseArgs(argv)
  if ('error' in args) return fail(args.error)
  let catalog = EMBEDDED_CATALOG
  if (args.data !== undefined) {
    const raw = readJson(args.data, '--data')
    if ('error' in raw) return fail(raw.error)
    const result = parseCatalog(raw.value)
    if (!result.ok) return fail(`Invalid vendor data in ${args.data}:\n${issuesToText(result.issues)}`)
    catalog = result.catalog
  }
  let rawPrices: unknown = prices
  if (args.prices !== undefined) {
    const raw = readJson(args.prices, '--prices')
    if ('error' in raw) return fail(raw.error)
    rawPrices = raw.value
  }
  const book = parsePriceBook(rawPrices, catalog)
  if (args.checkData) {
    const issues = book.ok ? checkCoverage(book.book, catalog) : book.issues
    if (!book.ok || issues.length > 0) return fail(`Invalid price book${args.prices ? ` in ${args.prices}` : ''}:\n${issuesToText(issues)}`)
    const entries = book.book.data.prices
    const today = new Date().toISOString().slice(0, 10)
    process.stdout.write(`ok: ${catalog.vendors.length} vendors, data version ${catalog.version}\n`)
    process.stdout.write(
      `ok: ${entries.length} price-book entries, ${entries.filter((e) => e.value === null).length} explicit unknowns, ${entries.filter((e) => isStale(e, today)).length} prices older than 12 months\n`,
    )
    return 0
  }
  const raw = readJson(args.answers!, '--answers')
  if ('error' in raw) return fail(raw.error)
  const answers = parseAnswers(raw.value, catalog)
  if (!answers.ok) return fail(`Invalid answers:\n${issuesToText(answers.issues)}`)
  if (!book.ok) return fail(`Invalid price book${args.prices ? ` in ${args.prices}` : ''}:\n${issuesToText(book.issues)}`)
  // the book given ranks too: the figures shown are the ones price was ranked with
  const priced = withPriceBook(catalog, book.book)
  const rec = withCosts(recommend(answers.answers, priced), priced)
  // the same JSON as POST /api/recommend, share link and monthly costs included
  process.stdout.write(`${JSON.stringify({ ...rec, share: shareLinkOf(rec, catalog, process.env.PUBLIC_BASE_URL) }, null, 2)}\n`)
  return 0
}

type Args = { answers?: string; data?: string; prices?: string; checkData: boolean }

function parseArgs(argv: string[]): Args | { error: string } {
  const out: Args = { checkData: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--check-data') out.checkData = true
    else if (a === '--answers' || a === '--data' || a === '--prices') {
      const value = argv[++i]
      if (value === undefined) return { error: `${a} needs a value` }
      if (a === '--answers') out.answers = value
      else if (a === '--prices') out.prices = value
      else out.data = value
    } else if (a === '--help' || a === '-h') return { error: USAGE }
    else return { error: `Unknown argument "${a}"\n${USAGE}` }
  }
  if (!out.checkData && out.answers === undefined) return { error: `--answers is required\n${USAGE}` }
  return out
}

function readJson(file: string, flag: string): { value: unknown } | { error: string } {
  let text: string
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8')
  } catch (e) {
    return { error: `${flag}: cannot read ${file === '-' ? 'standard input' : file}: ${(e as Error).message}` }
  }
  try {
    return { value: JSON.parse(text) }
  } catch (e) {
    return { error: `${flag}: ${file === '-' ? 'standard input' : file} is not valid JSON: ${(e as Error).message}` }
  }
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`)
  return 2
}

// `recommend ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw e
})

process.exitCode = main(process.argv.slice(2))
