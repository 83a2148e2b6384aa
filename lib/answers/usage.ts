// zod/mini, like the answers' schema these parts join: they ship in the wizard's first load.
import * as z from 'zod/mini'
import type { AreaId } from '../catalog/slots'
import { CLOUD_IDS, type CloudId } from '../cost/price-book'
import { fieldApplies, labelOf, type FieldName } from './registry'

/**
 * Exact usage figures: optional numbers that refine the questionnaire's bands for the cost
 * estimates. The wizard asks bands (a team knows its size roughly); the API, the CLI and agents may
 * send the figures a platform team has at hand (`cluster.nodes`, `telemetry.logsGbPerDay`…), and
 * share links carry them.
 *
 * A figure and its band say the same thing twice, so they must agree: a band left out (or "Not
 * sure") is set from the figure, and a band that contradicts it is refused by name. Every other
 * part of the engine (capability needs from retention, robustness, the price tables) then reads
 * one consistent picture, and the cost model reads the figure.
 */

/**
 * Bytes per span when only a span rate is given: Grafana Tempo's sizing guidance takes "a typical
 * span size of around 500 bytes"
 * (https://grafana.com/docs/tempo/latest/operations/manage-trace-ingestion/, read 2026-11).
 */
export const TYPICAL_SPAN_BYTES = 500

/** GB of spans a day from spans per second, at the typical span size. */
export const spansToGbPerDay = (spansPerSecond: number) => (spansPerSecond * TYPICAL_SPAN_BYTES * 86_400) / 1e9

/** The band a figure falls in: the first whose upper limit is above it, else the open top band. */
const bands =
  (limits: readonly (readonly [number, string])[], top: string) =>
  (n: number): string =>
    limits.find(([limit]) => n < limit)?.[1] ?? top

const TRACE_BANDS = bands([[1, 'under-1'], [10, '1-10'], [100, '10-100']], 'over-100')

export type FigureGroup = 'cluster' | 'telemetry'

interface FigureBase {
  /** The figure's number in share tokens. Stable forever, like a question's tag. */
  tag: number
  /** Where the figure sits in the answers: `cluster.nodes`, or top level (`accessUsers`). */
  group: FigureGroup | null
  name: string
  /** For the API's documentation. */
  about: string
  /** Asked with this area in scope (a figure with a band follows its band's question). */
  area?: AreaId
}

export interface NumberFigure extends FigureBase {
  kind: 'number'
  int: boolean
  min: number
  max: number
  /** The figure in words, as estimates and reports show it ("12 nodes"). */
  words: (n: number) => string
  band?: { field: FieldName; of: (n: number) => string }
}
export interface CloudFigure extends FigureBase {
  kind: 'cloud'
}
export type FigureDef = NumberFigure | CloudFigure

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 })
const qty = (n: number) => GROUPED.format(n)

/**
 * Every figure. Bounds are sanity limits, not judgements: Kubernetes documents clusters of up to
 * 5,000 nodes (https://kubernetes.io/docs/setup/best-practices/cluster-large/); pods per node
 * beyond a few hundred mean a typo. Band limits follow the options' labels ("11 to 50");
 * retention falls in the nearest band on a log scale (14 days is "about a week", 15 "about a month").
 */
export const FIGURES: readonly FigureDef[] = [
  {
    kind: 'number',
    tag: 1,
    group: 'cluster',
    name: 'nodes',
    about: 'Nodes across your clusters',
    int: true,
    min: 1,
    max: 5000,
    words: (n) => `${qty(n)} node${n === 1 ? '' : 's'}`,
    band: { field: 'clusterNodes', of: bands([[11, '1-10'], [51, '11-50'], [201, '51-200'], [1001, '201-1000']], 'over-1000') },
  },
  {
    kind: 'number',
    tag: 2,
    group: 'cluster',
    name: 'podsPerNode',
    about: 'Pods per node, typically',
    int: true,
    min: 1,
    max: 1000,
    words: (n) => `${qty(n)} pods per node`,
    band: { field: 'podsPerNode', of: bands([[21, 'up-to-20'], [51, '21-50'], [111, '51-110']], 'over-110') },
  },
  { kind: 'cloud', tag: 3, group: 'cluster', name: 'cloud', about: 'Where the nodes run, for compute prices: "aws", "gcp", "azure" or "on-prem"' },
  { kind: 'number', tag: 4, group: 'cluster', name: 'vcpuPerNode', about: 'vCPU per node', int: false, min: 1, max: 1024, words: (n) => `${qty(n)} vCPU per node` },
  { kind: 'number', tag: 5, group: 'cluster', name: 'memoryGiBPerNode', about: 'Memory per node, GiB', int: false, min: 1, max: 32768, words: (n) => `${qty(n)} GiB per node` },
  {
    kind: 'number',
    tag: 6,
    group: 'cluster',
    name: 'requestsPerSecond',
    about: 'Requests per second between meshed services, cluster-wide (sizes the mesh proxies)',
    int: false,
    min: 0,
    max: 1e8,
    words: (n) => `${qty(n)} requests per second in the mesh`,
  },
  {
    kind: 'number',
    tag: 7,
    group: 'telemetry',
    name: 'logsGbPerDay',
    about: 'GB of logs ingested a day',
    int: false,
    min: 0,
    max: 1e6,
    words: (n) => `${qty(n)} GB of logs a day`,
    band: { field: 'logVolume', of: bands([[10, 'under-10'], [100, '10-100'], [1000, '100-1000']], 'over-1000') },
  },
  {
    kind: 'number',
    tag: 8,
    group: 'telemetry',
    name: 'activeSeries',
    about: 'Active metric series',
    int: true,
    min: 0,
    max: 1e10,
    words: (n) => `${qty(n)} active series`,
    band: { field: 'metricSeries', of: bands([[1e5, 'under-100k'], [1e6, '100k-1m'], [1e7, '1m-10m']], 'over-10m') },
  },
  {
    kind: 'number',
    tag: 9,
    group: 'telemetry',
    name: 'tracesGbPerDay',
    about: 'GB of spans ingested a day',
    int: false,
    min: 0,
    max: 1e6,
    words: (n) => `${qty(n)} GB of spans a day`,
    band: { field: 'traceVolume', of: TRACE_BANDS },
  },
  {
    kind: 'number',
    tag: 10,
    group: 'telemetry',
    name: 'spansPerSecond',
    about: `Spans per second; priced as GB a day at ${TYPICAL_SPAN_BYTES} bytes a span when tracesGbPerDay is not given`,
    int: false,
    min: 0,
    max: 1e9,
    words: (n) => `${qty(n)} spans per second`,
    // the trace band at the typical span size; a GB figure, when given, sets the band instead (bandings)
    band: { field: 'traceVolume', of: (n) => TRACE_BANDS(spansToGbPerDay(n)) },
  },
  {
    kind: 'number',
    tag: 11,
    group: 'telemetry',
    name: 'retentionDays',
    about: 'Days telemetry is kept',
    int: true,
    min: 1,
    max: 3650,
    words: (n) => `${qty(n)} day${n === 1 ? '' : 's'} of retention`,
    band: { field: 'retention', of: bands([[15, '7d'], [52, '30d'], [182, '90d']], '1y-plus') },
  },
  {
    kind: 'number',
    tag: 12,
    group: null,
    name: 'cloudSpendPerMonth',
    about: 'Monthly cloud bill in USD (cost tools priced as a share of spend)',
    int: false,
    min: 0,
    max: 1e10,
    words: (n) => `a cloud bill of $${qty(n)} a month`,
    band: { field: 'cloudSpend', of: bands([[1e4, 'under-10k'], [1e5, '10k-100k'], [1e6, '100k-1m']], 'over-1m') },
  },
  {
    kind: 'number',
    tag: 13,
    group: null,
    name: 'accessUsers',
    about: 'People needing access (per-seat security pricing)',
    area: 'security',
    int: true,
    min: 0,
    max: 1e6,
    words: (n) => `${qty(n)} ${n === 1 ? 'person needs' : 'people need'} access`,
  },
  {
    kind: 'number',
    tag: 14,
    group: null,
    name: 'secretsStored',
    about: 'Secrets kept in a secrets manager (per-secret pricing)',
    area: 'security',
    int: true,
    min: 0,
    max: 1e7,
    words: (n) => `${qty(n)} secret${n === 1 ? '' : 's'} stored`,
  },
]

export const pathOf = (f: FigureDef) => (f.group ? `${f.group}.${f.name}` : f.name)

const figureNamed = <K extends FigureDef['kind']>(name: string) => FIGURES.find((f) => f.name === name) as Extract<FigureDef, { kind: K }>
const SPANS = figureNamed<'number'>('spansPerSecond')
const TRACES = figureNamed<'number'>('tracesGbPerDay')
const CLOUD = figureNamed<'cloud'>('cloud')

const DECIMALS = 3
const rounded = (n: number) => Math.round(n * 10 ** DECIMALS) / 10 ** DECIMALS

const figureSchema = (f: FigureDef): z.ZodMiniType => {
  if (f.kind === 'cloud') return z.enum(CLOUD_IDS, { error: 'Expected "aws", "gcp", "azure" or "on-prem"' })
  const range = `from ${qty(f.min)} to ${qty(f.max)}`
  const base = f.int ? z.int({ error: `Expected a whole number ${range}` }) : z.number({ error: `Expected a number ${range}` })
  return base.check(z.minimum(f.min, `At least ${qty(f.min)}`), z.maximum(f.max, `At most ${qty(f.max)}`))
}
const groupSchema = (group: FigureGroup) =>
  z.optional(z.strictObject(Object.fromEntries(FIGURES.filter((f) => f.group === group).map((f) => [f.name, z.optional(figureSchema(f))]))))

/** The figures' part of the answers' schema, spread into it next to the questions' fields. */
export const USAGE_SHAPE = {
  cluster: groupSchema('cluster'),
  telemetry: groupSchema('telemetry'),
  ...Object.fromEntries(FIGURES.filter((f) => f.group === null).map((f) => [f.name, z.optional(figureSchema(f))])),
}

export type ClusterFigures = {
  nodes?: number
  podsPerNode?: number
  cloud?: CloudId
  vcpuPerNode?: number
  memoryGiBPerNode?: number
  requestsPerSecond?: number
}
export type TelemetryFigures = {
  logsGbPerDay?: number
  activeSeries?: number
  tracesGbPerDay?: number
  spansPerSecond?: number
  retentionDays?: number
}
export type UsageFigures = {
  cluster?: ClusterFigures
  telemetry?: TelemetryFigures
  cloudSpendPerMonth?: number
  accessUsers?: number
  secretsStored?: number
}

/** A figure's value in a (possibly unchecked) answer set; undefined when absent or not a figure's type. */
export function figureOf(a: Record<string, unknown>, f: FigureDef): number | CloudId | undefined {
  const holder = f.group ? a[f.group] : a
  if (typeof holder !== 'object' || holder === null) return undefined
  const v = (holder as Record<string, unknown>)[f.name]
  if (f.kind === 'cloud') return typeof v === 'string' && (CLOUD_IDS as readonly string[]).includes(v) ? (v as CloudId) : undefined
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined
}

/** Whether a figure is asked for this scope: its band's question applies, or its area is in scope. */
export function figureApplies(f: FigureDef, scope: readonly string[]): boolean {
  if (f.kind === 'number' && f.band) return fieldApplies(f.band.field, scope)
  return f.area === undefined || scope.includes(f.area)
}

/** The managed platforms, and the cloud each runs the nodes on. */
export const MANAGED_PLATFORM_CLOUD = { eks: 'aws', gke: 'gcp', aks: 'azure' } as const satisfies Record<string, CloudId>
const fixedCloudOf = (platform: unknown): CloudId | undefined =>
  typeof platform === 'string' && platform in MANAGED_PLATFORM_CLOUD ? MANAGED_PLATFORM_CLOUD[platform as keyof typeof MANAGED_PLATFORM_CLOUD] : undefined

interface Banding {
  figure: NumberFigure
  /** The band answer the figure sets. */
  field: string
  value: number
  band: string
}

/**
 * The bands the figures set. The trace band follows `tracesGbPerDay`, or the span rate at the
 * typical span size when only that is given.
 */
function bandings(a: Record<string, unknown>, scope: readonly string[]): Banding[] {
  const out: Banding[] = []
  for (const f of FIGURES) {
    if (f.kind !== 'number' || !f.band || !figureApplies(f, scope)) continue
    const given = figureOf(a, f)
    if (given === undefined || typeof given !== 'number') continue
    if (f === SPANS && figureOf(a, TRACES) !== undefined) continue
    // the band of the figure as it is kept (to a thousandth), so checking and keeping agree at an edge
    const value = rounded(given)
    out.push({ figure: f, field: f.band.field, value, band: f.band.of(value) })
  }
  return out
}

export interface UsageIssue {
  path: (string | number)[]
  message: string
}

/**
 * Figures that contradict an answer given next to them: a band given (and not "Not sure") that
 * the figure does not fall in, or a cloud other than the managed platform's.
 */
export function usageConflicts(a: Record<string, unknown>, scope: readonly string[]): UsageIssue[] {
  const issues: UsageIssue[] = []
  for (const { figure, field, value, band } of bandings(a, scope)) {
    const given = a[field]
    if (given === undefined || given === 'unspecified' || given === band) continue
    issues.push({
      path: [...(figure.group ? [figure.group] : []), figure.name],
      message: `${figure.words(value)}${figure === SPANS ? ` (≈ ${qty(rounded(spansToGbPerDay(value)))} GB a day at ${TYPICAL_SPAN_BYTES} bytes a span)` : ''} is in the band "${labelOf(field, band)}", but ${field} says "${labelOf(field, String(given))}": leave ${field} out or make the two agree`,
    })
  }
  const cloud = figureOf(a, CLOUD)
  const fixed = fixedCloudOf(a.platform)
  if (cloud !== undefined && fixed !== undefined && cloud !== fixed)
    issues.push({ path: ['cluster', 'cloud'], message: `"${cloud}" is not where platform "${a.platform}" runs ("${fixed}"): leave cluster.cloud out or make the two agree` })
  return issues
}

/**
 * The figures as the engine keeps them: only those asked for the scope (one spelling for one
 * meaning, like the questions), rounded to a thousandth, empty groups left out. Sets on `out` the
 * bands the figures imply where the answers left them out or "Not sure".
 */
export function normalizeUsage(a: Record<string, unknown>, scope: readonly string[], out: Record<string, unknown>): void {
  for (const f of FIGURES) {
    if (!figureApplies(f, scope)) continue
    const value = figureOf(a, f)
    if (value === undefined) continue
    setFigure(out, f, typeof value === 'number' ? rounded(value) : value)
  }
  for (const { field, band } of bandings(out, scope)) if (a[field] === undefined || a[field] === 'unspecified') out[field] = band
  // the groups in a fixed key order, so equal figures give byte-identical output
  for (const group of ['cluster', 'telemetry'] as const) {
    const held = out[group] as Record<string, unknown> | undefined
    if (!held) continue
    out[group] = Object.fromEntries(FIGURES.filter((f) => f.group === group && f.name in held).map((f) => [f.name, held[f.name]]))
  }
}

/**
 * A draft without the figures its answers now contradict: the wizard and the what-if panel change
 * bands, and a band changed there replaces the exact figure behind it (the user's newer word).
 */
export function withoutContradicted<T extends Record<string, unknown>>(draft: T): T {
  let out = draft
  // dropping one figure can expose another behind the same band (a span rate behind GB of spans)
  for (let round = 0; round < FIGURES.length; round++) {
    const next = dropContradicted(out)
    if (next === out) return out
    out = next
  }
  return out
}

function dropContradicted<T extends Record<string, unknown>>(draft: T): T {
  const scope = Array.isArray(draft.scope) ? (draft.scope as string[]) : []
  const contradicted = new Set(usageConflicts(draft, scope).map((i) => i.path.join('.')))
  // a band set to "Not sure" in the wizard is a change too: its figure goes with it
  for (const { figure, field } of bandings(draft, scope)) if (draft[field] === 'unspecified') contradicted.add(pathOf(figure))
  if (contradicted.size === 0) return draft
  const out: Record<string, unknown> = { ...draft }
  for (const f of FIGURES) if (contradicted.has(pathOf(f))) setFigure(out, f, undefined)
  return out as T
}

/** Why a value is not a valid figure, in the words the API uses ("At most 5,000"); null when it is. */
export function figureProblem(f: FigureDef, value: unknown): string | null {
  const parsed = figureSchema(f).safeParse(value)
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Invalid')
}

/**
 * The answers patch that sets a figure with the band it falls in (the two always agree), or
 * clears it and leaves the band as it was: what an exact-number field in the browser sends.
 */
export function figurePatch(a: UsageFigures, f: NumberFigure, value: number | undefined): Record<string, unknown> {
  const key = f.group ?? f.name
  const patch: Record<string, unknown> = { [key]: a[key as keyof UsageFigures] }
  setFigure(patch, f, value === undefined ? undefined : rounded(value))
  // the patch is spread over the answers: what it removes must be there, as undefined
  if (!(key in patch)) patch[key] = undefined
  if (value !== undefined && f.band) patch[f.band.field] = f.band.of(rounded(value))
  return patch
}

/**
 * Sets a figure on an answer set in place, or with undefined removes it (a group it leaves empty
 * goes too); the group object is copied, never changed.
 */
export function setFigure(target: Record<string, unknown>, f: FigureDef, value: number | string | undefined): void {
  if (!f.group) {
    if (value === undefined) delete target[f.name]
    else target[f.name] = value
    return
  }
  const { [f.name]: _old, ...rest } = (target[f.group] ?? {}) as Record<string, unknown>
  if (value !== undefined) target[f.group] = { ...rest, [f.name]: value }
  else if (Object.keys(rest).length > 0) target[f.group] = rest
  else delete target[f.group]
}

/** One figure's value in words: "12 nodes", "nodes on AWS". */
export const figureText = (f: FigureDef, v: number | string): string => (f.kind === 'cloud' ? `nodes on ${CLOUD_WORDS[v as CloudId]}` : f.words(v as number))

/** The figures given, in words, in the registry's order: "12 nodes", "250 GB of logs a day". */
export function figureWords(a: UsageFigures & { scope?: readonly string[] }): string[] {
  const out: string[] = []
  for (const f of FIGURES) {
    // a draft may still hold figures its scope no longer asks (the schema drops them)
    if (a.scope && !figureApplies(f, a.scope)) continue
    const v = figureOf(a as Record<string, unknown>, f)
    if (v !== undefined) out.push(figureText(f, v))
  }
  return out
}

export const CLOUD_WORDS: Record<CloudId, string> = { aws: 'AWS', gcp: 'Google Cloud', azure: 'Azure', 'on-prem': 'premises hardware' }

/** The figures as a compact, stable key (price tables are cached per key). */
export function usageKey(a: UsageFigures): string {
  // most answer sets carry no figures, and price tables are looked up per slot per re-ranking
  if (a.cluster === undefined && a.telemetry === undefined && a.cloudSpendPerMonth === undefined && a.accessUsers === undefined && a.secretsStored === undefined) return ''
  let key = ''
  for (const f of FIGURES) {
    const v = figureOf(a as Record<string, unknown>, f)
    if (v !== undefined) key += `${f.tag}=${v};`
  }
  return key
}
