// `npm run data:changelog`: records what changed in data/vendors.json since the newest version in
// data/changelog.json. Needs git (to read the previous version's data), never the network.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parseCatalog } from '../lib/catalog/catalog'
import { ChangelogSchema, changelogOrderIssues, diffDataSets, fingerprintOfVersion, type Changelog } from '../lib/catalog/changelog'
import { issuesToText } from '../lib/catalog/issues'

const DATA = 'data/vendors.json'
const LOG = 'data/changelog.json'

const USAGE = `Usage:
  data:changelog                    add an entry for the current data version, if it has none
    [--from REV]                    compare with ${DATA} at git revision REV instead of the
                                    revision whose data is the newest entry's version
    [--to REV --version VERSION]    record the data at REV as VERSION instead of the working copy
                                    (for history: older data may not pass today's schema, so its
                                    version, as the app of that time computed it, is given)`

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
const dataAt = (rev: string): unknown => JSON.parse(git('show', `${rev}:${DATA}`))

function main(): number {
  const { values: opts } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, version: { type: 'string' }, help: { type: 'boolean' } } })
  if (opts.help) return print(USAGE)
  if ((opts.to === undefined) !== (opts.version === undefined)) return fail('--to and --version go together')
  const log: Changelog = existsSync(LOG) ? ChangelogSchema.parse(JSON.parse(readFileSync(LOG, 'utf8'))) : { versions: [] }

  let after: unknown
  let version: string
  if (opts.to !== undefined && opts.version !== undefined) {
    after = dataAt(opts.to)
    version = opts.version
  } else {
    after = JSON.parse(readFileSync(DATA, 'utf8'))
    const parsed = parseCatalog(after)
    if (!parsed.ok) return fail(`${DATA} is not valid; fix it first:\n${issuesToText(parsed.issues)}`)
    version = parsed.catalog.version
  }
  if (log.versions.some((e) => e.version === version)) return print(`${LOG} already lists data version ${version}`)

  const newest = log.versions[0]
  let before: unknown = null
  if (opts.from !== undefined) before = dataAt(opts.from)
  else if (newest) {
    const rev = revisionOf(newest.version)
    if (!rev) return fail(`No revision of ${DATA} in git has data version ${newest.version}; name the one to compare with: --from REV`)
    before = dataAt(rev)
  }
  const date = typeof after === 'object' && after !== null && 'asOf' in after ? String(after.asOf) : version.slice(0, 10)
  const entry = { version, fingerprint: fingerprintOfVersion(version), date, previous: newest?.version ?? null, changes: before === null ? [] : diffDataSets(before, after) }
  const next: Changelog = { versions: [entry, ...log.versions] }
  const issues = changelogOrderIssues(next)
  if (issues.length > 0) return fail(issues.join('\n'))
  writeFileSync(LOG, `${JSON.stringify(ChangelogSchema.parse(next), null, 2)}\n`)
  return print(`${LOG}: data version ${version}, ${entry.changes.length} change${entry.changes.length === 1 ? '' : 's'} since ${entry.previous ?? 'nothing (first entry)'}`)
}

/** The newest committed revision of the data whose version, by today's rules, is `version`. */
function revisionOf(version: string): string | undefined {
  const revs = git('log', '--format=%H', '--', DATA).split('\n').filter(Boolean)
  return revs.find((rev) => {
    const parsed = parseCatalog(dataAt(rev))
    return parsed.ok && parsed.catalog.version === version
  })
}

function print(message: string): number {
  process.stdout.write(`${message}\n`)
  return 0
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`)
  return 2
}

process.exitCode = main()
