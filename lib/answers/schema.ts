// zod/mini: the same validation as classic zod with a smaller bundle. These schemas ship in the
// wizard's first load, which has a 200 KB budget.
import * as z from 'zod/mini'
import { AREA_IDS, SIGNAL_IDS } from '../catalog/slots'
import { CRITERION_IDS } from '../scoring/criteria-ids'

export const OPEN_SOURCE_OPTIONS = ['required', 'preferred', 'no-preference'] as const
export const HOSTING_OPTIONS = ['self-hosted', 'saas', 'either'] as const
export const SIDECAR_OPTIONS = ['avoid', 'tolerate', 'fine'] as const
export const COST_SENSITIVITY_OPTIONS = ['low', 'medium', 'high'] as const
export const CONSOLIDATION_OPTIONS = ['best-of-breed', 'balanced', 'fewest-vendors'] as const
export const MTLS_OPTIONS = ['required', 'preferred', 'no-preference'] as const

export const MAX_WEIGHT = 10
const VENDOR_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/
const WEIGHT_MESSAGE = 'Expected a whole number from 0 to 10'

/** Sorted and de-duplicated, so equal answer sets give byte-identical output. */
const sortedUnique = <T extends string>() => z.transform((xs: T[]) => [...new Set(xs)].sort())

/** A non-empty set of known values. */
const setOf = <T extends string>(values: readonly [T, ...T[]], emptyMessage: string) =>
  z.pipe(z.array(z.enum(values)).check(z.minLength(1, emptyMessage)), sortedUnique<T>())

export const WeightsSchema = z.partialRecord(
  z.enum(CRITERION_IDS),
  z.int({ error: WEIGHT_MESSAGE }).check(z.minimum(0, WEIGHT_MESSAGE), z.maximum(MAX_WEIGHT, WEIGHT_MESSAGE)),
)

// Each step's fields, so the wizard's forms validate exactly what the engine accepts.
export const ScopeStepSchema = z.object({ scope: setOf(AREA_IDS, 'Choose at least one area') })
export const OpenSourceStepSchema = z.object({
  openSource: z.enum(OPEN_SOURCE_OPTIONS, { error: 'Choose how much open source matters' }),
})
export const HostingStepSchema = z.object({ hosting: z.enum(HOSTING_OPTIONS, { error: 'Choose a hosting model' }) })
export const SidecarStepSchema = z.object({
  sidecars: z.enum(SIDECAR_OPTIONS, { error: 'Choose how you feel about sidecar proxies' }),
  mtls: z.enum(MTLS_OPTIONS, { error: 'Choose whether mTLS must be on by default' }),
})
export const CostStepSchema = z.object({
  costSensitivity: z.enum(COST_SENSITIVITY_OPTIONS, { error: 'Choose your compute-cost sensitivity' }),
})
export const SignalsStepSchema = z.object({ signals: setOf(SIGNAL_IDS, 'Choose at least one signal') })
const ToolsSchema = z.pipe(z.array(z.string().check(z.regex(VENDOR_ID, 'Expected a vendor id'))), sortedUnique<string>())
export const ConsolidationStepSchema = z.object({
  consolidation: z.enum(CONSOLIDATION_OPTIONS, { error: 'Choose a consolidation appetite' }),
  existingTools: z._default(ToolsSchema, []),
})

/**
 * The questionnaire's answers: the one input of the engine, the CLI, the API and share links.
 * Questions that a skipped step would ask are optional and take a documented default:
 * sidecars "tolerate" and mTLS "preferred" without a mesh, all signals without observability.
 */
export const AnswersSchema = z.pipe(
  z
    .strictObject({
      scope: ScopeStepSchema.shape.scope,
      openSource: OpenSourceStepSchema.shape.openSource,
      hosting: HostingStepSchema.shape.hosting,
      sidecars: z.optional(SidecarStepSchema.shape.sidecars),
      mtls: z.optional(SidecarStepSchema.shape.mtls),
      costSensitivity: CostStepSchema.shape.costSensitivity,
      signals: z.optional(SignalsStepSchema.shape.signals),
      consolidation: ConsolidationStepSchema.shape.consolidation,
      existingTools: ConsolidationStepSchema.shape.existingTools,
      weights: z.optional(WeightsSchema),
    })
    .check(
      z.superRefine((a, ctx) => {
        if (a.scope.includes('service-mesh') && a.sidecars === undefined)
          ctx.addIssue({ code: 'custom', path: ['sidecars'], message: 'Required when the service mesh is in scope', input: a })
        if (a.scope.includes('observability') && a.signals === undefined)
          ctx.addIssue({ code: 'custom', path: ['signals'], message: 'Required when observability is in scope', input: a })
      }),
    ),
  z.transform(({ weights, ...a }) => ({
    ...a,
    sidecars: a.sidecars ?? ('tolerate' as const),
    mtls: a.mtls ?? ('preferred' as const),
    signals: a.signals ?? [...SIGNAL_IDS].sort(),
    // an empty override set means "use the derived weights": one spelling for one meaning
    ...(weights && Object.values(weights).some((w) => w !== undefined) ? { weights } : {}),
  })),
)

/** What callers send (optional fields may be missing). */
export type AnswersInput = z.input<typeof AnswersSchema>
/** What the engine works with: normalized, defaults filled in. */
export type Answers = z.output<typeof AnswersSchema>
