import { z } from 'zod'
import type { Catalog } from '../catalog/catalog'
import { factsOf, type FactRow } from '../catalog/facts'
import type { DataIssue } from '../catalog/issues'
import { matchesLandscape, normalize, sortLandscape, DEFAULT_STATE } from '../catalog/landscape-filter'
import { CNCF_STATUSES, landscapeRow, licenceLabel, slotFitLabel } from '../catalog/landscape-rows'
import { vendorHref } from '../catalog/links'
import { DELIVERY_MODELS, OPEN_SOURCE_MODELS, VendorSchema, type Vendor } from '../catalog/schema'
import { AREA_IDS, SLOT_IDS, SLOT_LABEL } from '../catalog/slots'
import { withCosts } from '../cost/attach'
import type { PriceBook } from '../cost/price-book'
import { configuredBaseUrl } from '../http/base-url'
import { AnswersIn } from '../output/openapi'
import { RecommendationSchema } from '../output/recommendation-schema'
import { parseAnswers, recommend, type RankingRow, type Recommendation } from '../recommend'
import { shareLinkOf, type ShareLink } from '../share/link'
import { checkArgs, issuesText, within } from './args'

/**
 * The MCP tools as plain functions over the catalog: arguments in, a JSON value or an error
 * message out. The SDK wiring (server.ts) only adapts these to tool results, so both transports
 * and the tests run the same code.
 */
export interface ToolContext {
  catalog: Catalog
  prices: PriceBook
  /** Makes share and vendor links absolute, as in the HTTP API. */
  publicBaseUrl?: string
}

export type ToolOutcome = { ok: true; value: object } | { ok: false; message: string }

export interface ToolDef {
  name: string
  title: string
  description: string
  /** What the tool accepts, strict: advertised to clients and checked by `run`. */
  input: z.ZodObject
  output?: z.ZodObject
  run(args: unknown, ctx: ToolContext): ToolOutcome
}

const fail = (issues: readonly DataIssue[]): ToolOutcome => ({ ok: false, message: issuesText(issues) })

const VendorId = z.string().min(1).max(100).describe('Vendor id, as list_vendors returns it (e.g. "istio")')

/** The answers argument: checked against the schema and the catalog, errors named under `answers`. */
function answersOf(raw: unknown, catalog: Catalog) {
  const parsed = parseAnswers(raw, catalog)
  return parsed.ok ? parsed : { ok: false as const, issues: within('answers', parsed.issues) }
}

/** What POST /api/recommend answers: the recommendation with monthly costs and its share link. */
function recommendFor(rawAnswers: unknown, ctx: ToolContext): { ok: true; rec: Recommendation & { share: ShareLink } } | { ok: false; issues: DataIssue[] } {
  const parsed = answersOf(rawAnswers, ctx.catalog)
  if (!parsed.ok) return parsed
  const rec = withCosts(recommend(parsed.answers, ctx.catalog), ctx.catalog)
  return { ok: true, rec: { ...rec, share: shareLinkOf(rec, ctx.catalog, ctx.publicBaseUrl) } }
}

const vendorUrl = (id: string, ctx: ToolContext) => `${configuredBaseUrl(ctx.publicBaseUrl) ?? ''}${vendorHref(id)}`

/** "Unknown vendor id", with the closest ids when the name is misspelt or partial. */
function unknownVendor(id: string, catalog: Catalog): string {
  const needle = normalize(id).replace(/[^a-z0-9]/g, '')
  const near = needle.length < 3 ? [] : catalog.vendors.filter((v) => v.id.replace(/-/g, '').includes(needle) || normalize(v.name).replace(/[^a-z0-9]/g, '').includes(needle))
  return `Unknown vendor id "${id}"${near.length > 0 ? `; did you mean ${near.slice(0, 5).map((v) => `"${v.id}"`).join(', ')}?` : '; list_vendors gives every id'}`
}

// What the tools return, declared so clients can rely on structuredContent (the SDK checks each
// result against its schema before sending it). The recommendation's parts come from its contract.
const SlotOut = RecommendationSchema.shape.slots.element
const PickOut = RecommendationSchema.shape.stack.element
const ShareOut = z.object({ token: z.string(), url: z.string() }).strict()

const VendorSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    company: z.string(),
    description: z.string(),
    slots: z.array(z.object({ slot: z.enum(SLOT_IDS), fit: z.string(), label: z.string() }).strict()),
    licence: z.string(),
    model: z.enum(OPEN_SOURCE_MODELS),
    delivery: z.enum(DELIVERY_MODELS),
    cncf: z.string(),
    asOf: z.string().describe('When the record was last checked against its sources'),
    url: z.string().describe("The vendor's page on this site"),
  })
  .strict()

const FactOut = z.object({ label: z.string(), value: z.string(), unverified: z.boolean() }).strict()

const ExplainOutput = z
  .object({
    slot: z.enum(SLOT_IDS),
    label: z.string(),
    pick: PickOut.extend({ breakdown: SlotOut.shape.ranking.element.shape.breakdown, url: z.string() }).nullable(),
    whyNoPick: z.array(z.string()).optional(),
    needs: SlotOut.shape.needs,
    coverage: SlotOut.shape.coverage,
    robustness: SlotOut.shape.robustness,
    complements: SlotOut.shape.complements,
    others: z.array(
      z
        .object({
          vendor: z.string(),
          name: z.string(),
          score: z.number(),
          eligible: z.boolean(),
          whyNot: z.array(z.string()).describe('Points behind the pick per criterion, or the hard constraint that rules it out'),
        })
        .strict(),
    ),
    share: ShareOut,
  })
  .strict()

const ListOutput = z.object({ count: z.int().min(0), dataVersion: z.string(), vendors: z.array(VendorSummary) }).strict()

const GetOutput = VendorSummary.extend({
  facts: z.array(FactOut),
  sources: z.array(z.string()),
  record: VendorSchema.describe('The full record, as in data/vendors.json'),
  dataVersion: z.string(),
}).strict()

const CompareOutput = z
  .object({
    vendors: z.array(VendorSummary.extend({ sources: z.array(z.string()) }).strict()),
    facts: z.array(z.object({ label: z.string(), values: z.array(z.string().nullable()), unverified: z.array(z.boolean()) }).strict()),
    dataVersion: z.string(),
  })
  .strict()

const recommendTool: ToolDef = {
  name: 'recommend',
  title: 'Recommend a Day 2 stack',
  description:
    'Recommends a Kubernetes Day 2 stack (service mesh, tracing, logs, metrics, access control, secrets, Kubernetes cost, cloud cost) for questionnaire answers. ' +
    'Returns the same JSON as POST /api/recommend: the pick per slot with reasons, scores, confidence and monthly cost, every slot\'s full ranking, and a share link (share.url) that opens the result in a browser. ' +
    'The prompt choose-day2-stack lists the questions; only scope, openSource, hosting, sidecars (with the mesh in scope), costSensitivity and consolidation are required. ' +
    'For costs in money on the team\'s own numbers, add exact figures where known: cluster { nodes, podsPerNode, cloud, vcpuPerNode, memoryGiBPerNode, requestsPerSecond }, telemetry { logsGbPerDay, activeSeries, tracesGbPerDay, spansPerSecond, retentionDays }, cloudSpendPerMonth, accessUsers, secretsStored; monthlyCost.assumed lists every default taken instead.',
  input: z.object({ answers: AnswersIn }).strict(),
  output: RecommendationSchema,
  run(args, ctx) {
    const checked = checkArgs(z.object({ answers: z.unknown() }).strict(), args)
    if (!checked.ok) return fail(checked.issues)
    const result = recommendFor(checked.value.answers, ctx)
    return result.ok ? { ok: true, value: result.rec } : fail(result.issues)
  },
}

/** Why a ranked vendor is not the pick, in a few short lines. */
function whyNot(row: RankingRow, pick: RankingRow | undefined, pickReasons: readonly string[]): string[] {
  if (!row.eligible) return [row.excludedBecause ?? 'Ruled out by a hard constraint of the answers']
  if (!pick) return []
  if (row.score >= pick.score) {
    // the stack, not the slot alone, decided: consolidation or a tool the team keeps
    const because = pickReasons.filter((r) => /^(Chosen over|Kept|Tied with|Level on score)/.test(r))
    return because.length > 0 ? because : [`Scores ${row.score}, level with or above the pick's ${pick.score}; the stack as a whole favours the pick`]
  }
  const behind = row.breakdown
    .map((b) => ({ b, gap: (pick.breakdown.find((p) => p.criterion === b.criterion)?.points ?? 0) - b.points }))
    .filter((x) => x.gap > 0)
    .sort((a, b) => b.gap - a.gap)
    .slice(0, 3)
    .map(({ b, gap }) => `${b.label}: ${b.reason} (${round(gap)} points behind the pick)`)
  return [`Scores ${row.score}, ${round(pick.score - row.score)} below the pick`, ...behind]
}

const round = (n: number) => Math.round(n * 10) / 10

const explainSlotTool: ToolDef = {
  name: 'explain_slot',
  title: 'Explain one slot of the stack',
  description:
    'For the same answers as recommend and one slot: why the pick (its reasons, score breakdown, confidence, needs coverage, monthly cost and how robust it is to small changes in the answers), and why not each other vendor ranked there (points behind per criterion, or the hard constraint that rules it out).',
  input: z
    .object({
      answers: AnswersIn,
      slot: z.enum(SLOT_IDS).describe('The slot to explain; it must be in scope for the answers'),
    })
    .strict(),
  output: ExplainOutput,
  run(args, ctx) {
    const checked = checkArgs(z.object({ answers: z.unknown(), slot: z.enum(SLOT_IDS) }).strict(), args)
    if (!checked.ok) return fail(checked.issues)
    const result = recommendFor(checked.value.answers, ctx)
    if (!result.ok) return fail(result.issues)
    const { rec } = result
    const slot = checked.value.slot
    const detail = rec.slots.find((s) => s.slot === slot)
    const pick = rec.stack.find((p) => p.slot === slot)
    if (!detail || !pick)
      return fail([{ path: 'slot', message: `${SLOT_LABEL[slot]} is not in the stack for these answers; in scope: ${rec.stack.map((p) => p.slot).join(', ')}` }])
    const pickRow = detail.ranking.find((r) => r.vendor === detail.pick)
    return {
      ok: true,
      value: {
        slot,
        label: detail.label,
        pick: pick.vendor === null ? null : { ...pick, breakdown: pickRow?.breakdown ?? [], url: vendorUrl(pick.vendor, ctx) },
        ...(pick.vendor === null ? { whyNoPick: pick.reasons } : {}),
        needs: detail.needs,
        coverage: detail.coverage,
        robustness: detail.robustness,
        complements: detail.complements,
        others: detail.ranking
          .filter((r) => r.vendor !== detail.pick)
          .map((r) => ({ vendor: r.vendor, name: r.name, score: r.score, eligible: r.eligible, whyNot: whyNot(r, pickRow, pick.reasons) })),
        share: rec.share,
      },
    }
  },
}

const ListInput = z
  .object({
    query: z.string().max(200).optional().describe('Words that must all occur in the name, company, description or slot names'),
    area: z.enum(AREA_IDS).optional(),
    slot: z.enum(SLOT_IDS).optional(),
    model: z.enum(OPEN_SOURCE_MODELS).optional().describe('Licence model'),
    delivery: z.enum(DELIVERY_MODELS).optional(),
    cncf: z.enum(CNCF_STATUSES as [string, ...string[]]).optional().describe('CNCF status'),
  })
  .strict()

const listVendorsTool: ToolDef = {
  name: 'list_vendors',
  title: 'List vendors',
  description:
    'Lists the vendors in the data set, optionally filtered as on the landscape page: by area, slot, licence model, delivery and CNCF status, and by words in the name, company or description. Every filter given must hold.',
  input: ListInput,
  output: ListOutput,
  run(args, ctx) {
    const checked = checkArgs(ListInput, args)
    if (!checked.ok) return fail(checked.issues)
    const { query, ...facets } = checked.value
    const state = { ...DEFAULT_STATE, ...facets, q: query ?? '' }
    const rows = sortLandscape(
      ctx.catalog.vendors.map(landscapeRow).filter((r) => matchesLandscape(r, state)),
      'name',
      'asc',
    )
    const vendors = rows.map((r) => summaryOf(ctx.catalog.byId.get(r.id)!, ctx))
    return { ok: true, value: { count: vendors.length, dataVersion: ctx.catalog.version, vendors } }
  },
}

function summaryOf(v: Vendor, ctx: ToolContext) {
  return {
    id: v.id,
    name: v.name,
    company: v.company,
    description: v.description,
    slots: v.slots.map((s) => ({ slot: s.slot, fit: s.fit, label: slotFitLabel(s) })),
    licence: licenceLabel(v),
    model: v.license.model,
    delivery: v.delivery.model,
    cncf: v.cncf.status,
    asOf: v.asOf,
    url: vendorUrl(v.id, ctx),
  }
}

const GetInput = z.object({ id: VendorId }).strict()

const getVendorTool: ToolDef = {
  name: 'get_vendor',
  title: 'Get one vendor',
  description:
    'One vendor\'s record: its facts as labelled rows (unverified ones flagged), the full data record with every field, and the sources the facts were checked against, with the date they were checked.',
  input: GetInput,
  output: GetOutput,
  run(args, ctx) {
    const checked = checkArgs(GetInput, args)
    if (!checked.ok) return fail(checked.issues)
    const vendor = ctx.catalog.byId.get(checked.value.id)
    if (!vendor) return fail([{ path: 'id', message: unknownVendor(checked.value.id, ctx.catalog) }])
    return {
      ok: true,
      value: { ...summaryOf(vendor, ctx), facts: factsOf(vendor), sources: vendor.sources, record: vendor, dataVersion: ctx.catalog.version },
    }
  },
}

const CompareInput = z.object({ ids: z.array(VendorId).min(2).max(6).describe('Vendor ids, in the order to show them') }).strict()

const compareVendorsTool: ToolDef = {
  name: 'compare_vendors',
  title: 'Compare vendors',
  description:
    'Compares two to six vendors side by side: one row per fact (licence, CNCF, delivery, data plane, signals, pricing, compliance…), a value per vendor (null where a vendor has no such fact) and whether each value is unverified; with each vendor\'s slots and sources.',
  input: CompareInput,
  output: CompareOutput,
  run(args, ctx) {
    const checked = checkArgs(CompareInput, args)
    if (!checked.ok) return fail(checked.issues)
    const ids = checked.value.ids
    const issues: DataIssue[] = []
    ids.forEach((id, i) => {
      if (!ctx.catalog.byId.has(id)) issues.push({ path: `ids[${i}]`, message: unknownVendor(id, ctx.catalog) })
      else if (ids.indexOf(id) !== i) issues.push({ path: `ids[${i}]`, message: `"${id}" is listed twice` })
    })
    if (issues.length > 0) return fail(issues)
    const vendors = ids.map((id) => ctx.catalog.byId.get(id)!)
    return {
      ok: true,
      value: {
        vendors: vendors.map((v) => ({ ...summaryOf(v, ctx), sources: v.sources })),
        facts: alignFacts(vendors.map(factsOf)),
        dataVersion: ctx.catalog.version,
      },
    }
  },
}

/**
 * Fact rows of several vendors, aligned by label in the order they first appear. A label that
 * repeats within one vendor (pricing of two roles) is matched by its occurrence.
 */
export function alignFacts(perVendor: readonly FactRow[][]): { label: string; values: (string | null)[]; unverified: boolean[] }[] {
  const keyed = perVendor.map((rows) => {
    const seen = new Map<string, number>()
    return new Map(
      rows.map((r) => {
        const n = (seen.get(r.label) ?? 0) + 1
        seen.set(r.label, n)
        return [`${r.label}\u0000${n}`, r] as const
      }),
    )
  })
  const keys = [...new Set(keyed.flatMap((m) => [...m.keys()]))]
  return keys.map((key) => ({
    label: key.split('\u0000')[0]!,
    values: keyed.map((m) => m.get(key)?.value ?? null),
    unverified: keyed.map((m) => m.get(key)?.unverified ?? false),
  }))
}

export const TOOLS: readonly ToolDef[] = [recommendTool, explainSlotTool, compareVendorsTool, listVendorsTool, getVendorTool]
