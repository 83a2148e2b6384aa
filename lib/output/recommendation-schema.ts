import { z } from 'zod'
import { FIELDS } from '../answers/registry'
import { CRITERION_IDS } from '../scoring/criteria-ids'
import { FIT_LEVELS } from '../catalog/schema'
import { SLOT_IDS } from '../catalog/slots'

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
            : z.array(Vendor).describe(f.legend),
      ]),
    ),
    weights: z.partialRecord(z.enum(CRITERION_IDS), z.int().min(0).max(10)).optional(),
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

const Complement = z.object({ vendor: Vendor, name: z.string(), note: z.string() }).strict()

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
              })
              .strict(),
          ),
          robustness: z
            .object({
              winner: Vendor.nullable(),
              winnerName: z.string().nullable(),
              runnerUp: Vendor.nullable(),
              runnerUpName: z.string().nullable(),
              margin: z.number().nullable(),
              fragile: z.boolean(),
              flips: z.array(Flip),
            })
            .strict(),
          complements: z.array(Complement),
        })
        .strict(),
    ),
    objective: z.object({ penaltyPerVendor: z.number(), total: z.number(), newVendors: z.int().min(0) }).strict(),
    complements: z.array(Complement.extend({ slots: z.array(Slot) })),
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
