import { z } from 'zod'
import { NEED_LEVELS } from '../answers/fields'
import { FIELDS } from '../answers/registry'
import { NEED_KEYS } from '../catalog/capabilities'
import { CRITERION_IDS } from '../scoring/criteria-ids'
import { FIT_LEVELS } from '../catalog/schema'
import { SLOT_IDS } from '../catalog/slots'
import { USAGE_DOC } from './usage-doc'

/**
 * The documented contract of the engine's JSON output (CLI, POST /api/recommend, the JSON report),
 * published as data/recommendation.schema.json. Tests check real outputs against it, so the
 * contract and the code cannot drift apart. `stack` is the stable summary; `slots` has the rest.
 */
const Slot = z.enum(SLOT_IDS)
const Vendor = z.string().describe('Vendor id (kebab-case), as in data/vendors.json')

const AnswersOut = z
  .object({
    ...Object.fromEntries(
      FIELDS.map((f) => [
        f.name,
        f.kind === 'single'
          ? z.enum(f.options.map((o) => o.value) as [string, ...string[]]).describe(f.legend)
          : f.kind === 'multi'
            ? z.array(z.enum(f.options.map((o) => o.value) as [string, ...string[]])).describe(f.legend)
            : f.kind === 'needs'
              ? z.partialRecord(z.enum(NEED_KEYS), z.enum(NEED_LEVELS)).describe(`${f.legend}: the levels the user changed from the defaults, by "<slot>/<capability>"`)
              : z.array(Vendor).describe(f.legend),
      ]),
    ),
    weights: z.partialRecord(z.enum(CRITERION_IDS), z.int().min(0).max(10)).optional(),
    ...USAGE_DOC,
  })
  .strict()
  .describe('The answers as the engine used them: every field filled in, defaults where a question does not apply')

const Breakdown = z
  .object({
    criterion: z.enum(CRITERION_IDS),
    label: z.string(),
    weight: z.int().min(0).max(10),
    rating: z.int().min(0).max(100),
    points: z.number().describe('Share of the 0-100 score this criterion contributed'),
    reason: z.string(),
    unverified: z.literal(true).optional(),
  })
  .strict()

const Flip = z
  .object({
    kind: z.enum(['weight', 'answer']),
    field: z.string().describe('The criterion (weight) or answer field (answer) that changes'),
    from: z.union([z.string(), z.number()]),
    to: z.union([z.string(), z.number()]),
    winner: Vendor.nullable(),
    winnerName: z.string().nullable(),
    summary: z.string(),
  })
  .strict()

const CoverageLists = z.object({ covered: z.array(z.string()), partial: z.array(z.string()), missing: z.array(z.string()), unknown: z.array(z.string()) }).strict()

const Complement = z.object({ vendor: Vendor, name: z.string(), note: z.string() }).strict()

const Confidence = z
  .object({
    level: z.enum(['verified', 'mostly verified', 'partly verified']),
    unverified: z.int().min(0).describe("Facts behind this vendor's score in this slot that could not be verified"),
  })
  .strict()
  .describe('Shown beside the score, never part of it')

const Money = z.number().min(0).describe('USD a month')
const MonthlyCost = z
  .union([
    z
      .object({
        low: Money,
        expected: Money,
        high: Money,
        currency: z.literal('USD'),
        basis: z.array(z.string()).describe('Where each number comes from, one line each, with price ids and as-of dates'),
        prices: z.array(z.string()).describe('Price-book ids used'),
        stale: z.array(z.string()).describe('Used prices more than 12 months older than the data set'),
        caveats: z.array(z.string()).describe('Used figures that are secondary, derived or unverified'),
        excludes: z.array(z.string()).describe('Parts of the bill the price book cannot price, left out of the figures'),
        gaps: z
          .enum(['none', 'minor', 'material'])
          .describe('minor: only supporting pieces are left out; material: a fee or usage charge is, so the bill may be far higher. Ranking by price trusts only estimates without material gaps'),
        accountFees: z.array(z.object({ price: z.string(), monthly: Money }).strict()),
      })
      .strict(),
    z.object({ unknown: z.string().describe('Why there is no estimate, e.g. no published price (contact sales)'), prices: z.array(z.string()) }).strict(),
  ])
  .describe('Estimated monthly cost for these answers: low / expected / high, or unknown with the reason')

export const RecommendationSchema = z
  .object({
    dataVersion: z.string().describe('<asOf>.<hash> of the vendor data used'),
    dataAsOf: z.iso.date(),
    answers: AnswersOut,
    stack: z
      .array(
        z
          .object({
            slot: Slot,
            vendor: Vendor.nullable(),
            name: z.string().nullable(),
            score: z.number().min(0).max(100).nullable(),
            reasons: z.array(z.string()),
            rank: z.int().min(1).nullable().describe("1-based position of the pick in the slot's ranking"),
            runnersUp: z.array(z.object({ vendor: Vendor, name: z.string(), score: z.number() }).strict()),
            confidence: Confidence.nullable(),
            monthlyCost: MonthlyCost.optional(),
          })
          .strict(),
      )
      .describe('One pick per slot in scope, in stack order: the stable summary'),
    slots: z.array(
      z
        .object({
          slot: Slot,
          label: z.string(),
          pick: Vendor.nullable(),
          ranking: z.array(
            z
              .object({
                vendor: Vendor,
                name: z.string(),
                score: z.number(),
                eligible: z.boolean(),
                excludedBecause: z.string().optional(),
                fit: z.enum(FIT_LEVELS),
                reasons: z.array(z.string()),
                breakdown: z.array(Breakdown),
                confidence: Confidence,
                monthlyCost: MonthlyCost.optional(),
              })
              .strict(),
          ),
          robustness: z
            .object({
              winner: Vendor.nullable(),
              winnerName: z.string().nullable(),
              runnerUp: Vendor.nullable(),
              runnerUpName: z.string().nullable(),
              margin: z.number().nullable().describe('Points between the pick and its closest challenger, consolidation counted; negative only for a tool the team keeps'),
              fragile: z.boolean().describe('A weight moved by 2 or less (not to or from 0), or one step of a preference, would change the pick'),
              flips: z.array(Flip),
              tie: z
                .object({ vendor: Vendor, name: z.string(), separatedBy: z.string() })
                .strict()
                .optional()
                .describe('The pick and this vendor are exactly level: the answers do not separate them'),
              levelWith: z
                .object({ vendor: Vendor, name: z.string() })
                .strict()
                .optional()
                .describe('Level on score with this vendor; the pick is the easier one to leave'),
            })
            .strict(),
          complements: z.array(Complement),
          needs: z
            .array(
              z
                .object({ key: z.enum(NEED_KEYS), label: z.string(), level: z.enum(['must', 'nice']), why: z.string().optional(), chosen: z.literal(true).optional() })
                .strict(),
            )
            .describe('The capabilities the team needs in this slot, with the level its answers give each'),
          coverage: z
            .object({
              must: CoverageLists,
              nice: CoverageLists,
              runnerUpAlso: z
                .object({ vendor: Vendor, name: z.string(), capabilities: z.array(z.string()) })
                .strict()
                .nullable()
                .describe('Needed capabilities the runner-up has and the pick lacks'),
            })
            .strict()
            .nullable()
            .describe("How the pick covers the team's must-haves and nice-to-haves (capability labels)"),
        })
        .strict(),
    ),
    objective: z.object({ penaltyPerVendor: z.number(), total: z.number(), newVendors: z.int().min(0) }).strict(),
    complements: z.array(Complement.extend({ slots: z.array(Slot) })),
    conflicts: z
      .array(
        z
          .object({
            tool: Vendor,
            name: z.string(),
            slots: z.array(z.object({ slot: Slot, excludedBecause: z.string() }).strict()),
            migration: z.object({ to: Vendor, toName: z.string(), path: z.string(), source: z.url() }).strict().optional(),
            advice: z.string(),
          })
          .strict(),
      )
      .describe('Tools already in use that the answers rule out, with the documented way off them'),
    notes: z.array(z.string()).describe('How the answers narrow the field, one line each'),
    monthlyCost: z
      .object({
        low: Money,
        expected: Money,
        high: Money,
        currency: z.literal('USD'),
        unknownSlots: z.array(Slot).describe('Slots whose pick has no published price: not in the total, never counted as zero'),
        partialSlots: z.array(Slot).describe('Slots whose estimate leaves out parts it cannot price'),
        stale: z.array(z.string()),
        assumed: z.array(z.string()).describe('Defaults taken where the answers say nothing, e.g. "10 nodes"'),
        notes: z.array(z.string()),
      })
      .strict()
      .optional()
      .describe('The stack total over the slots with a known estimate; present in CLI, API and report output'),
    share: z
      .object({ token: z.string(), url: z.string().describe('/r/<token>, absolute when PUBLIC_BASE_URL is set') })
      .strict()
      .optional()
      .describe('Present in CLI and API output'),
    reportDate: z.iso.date().optional().describe('Present in the JSON report'),
  })
  .strict()

/** The JSON Schema file published next to data/vendors.schema.json. */
export function recommendationJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(RecommendationSchema, { io: 'output' }), null, 2)}\n`
}
