import { z } from 'zod'
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

/** Sorted and de-duplicated, so equal answer sets give byte-identical output. */
const setOf = <T extends string>(item: z.ZodType<T>) =>
  z.array(item).transform((xs) => [...new Set(xs)].sort())

export const WeightsSchema = z
  .partialRecord(
    z.enum(CRITERION_IDS),
    z
      .number({ error: 'Expected a whole number from 0 to 10' })
      .int('Expected a whole number from 0 to 10')
      .min(0, 'Expected a whole number from 0 to 10')
      .max(MAX_WEIGHT, 'Expected a whole number from 0 to 10'),
  )
  .describe('Importance per criterion, 0 (ignore) to 10; replaces the weight derived from the answers')

// Each step's fields, so the wizard's forms validate exactly what the engine accepts.
export const ScopeStepSchema = z.object({
  scope: setOf(z.enum(AREA_IDS)).pipe(z.array(z.enum(AREA_IDS)).min(1, 'Choose at least one area')),
})
export const OpenSourceStepSchema = z.object({
  openSource: z.enum(OPEN_SOURCE_OPTIONS, { error: 'Choose how much open source matters' }),
})
export const HostingStepSchema = z.object({
  hosting: z.enum(HOSTING_OPTIONS, { error: 'Choose a hosting model' }),
})
export const SidecarStepSchema = z.object({
  sidecars: z.enum(SIDECAR_OPTIONS, { error: 'Choose how you feel about sidecar proxies' }),
  mtls: z.enum(MTLS_OPTIONS, { error: 'Choose whether mTLS must be on by default' }),
})
export const CostStepSchema = z.object({
  costSensitivity: z.enum(COST_SENSITIVITY_OPTIONS, { error: 'Choose your compute-cost sensitivity' }),
})
export const SignalsStepSchema = z.object({
  signals: setOf(z.enum(SIGNAL_IDS)).pipe(z.array(z.enum(SIGNAL_IDS)).min(1, 'Choose at least one signal')),
})
export const ConsolidationStepSchema = z.object({
  consolidation: z.enum(CONSOLIDATION_OPTIONS, { error: 'Choose a consolidation appetite' }),
  existingTools: setOf(z.string().regex(VENDOR_ID, 'Expected a vendor id')).default([]),
})

/**
 * The questionnaire's answers: the one input of the engine, the CLI, the API and share links.
 * Questions that a skipped step would ask are optional and take a documented default:
 * sidecars "tolerate" and mTLS "preferred" without a mesh, all signals without observability.
 */
export const AnswersSchema = z
  .object({
    scope: ScopeStepSchema.shape.scope,
    openSource: OpenSourceStepSchema.shape.openSource,
    hosting: HostingStepSchema.shape.hosting,
    sidecars: SidecarStepSchema.shape.sidecars.optional(),
    mtls: SidecarStepSchema.shape.mtls.optional(),
    costSensitivity: CostStepSchema.shape.costSensitivity,
    signals: SignalsStepSchema.shape.signals.optional(),
    consolidation: ConsolidationStepSchema.shape.consolidation,
    existingTools: ConsolidationStepSchema.shape.existingTools,
    weights: WeightsSchema.optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.scope.includes('service-mesh') && a.sidecars === undefined)
      ctx.addIssue({ code: 'custom', path: ['sidecars'], message: 'Required when the service mesh is in scope' })
    if (a.scope.includes('observability') && a.signals === undefined)
      ctx.addIssue({ code: 'custom', path: ['signals'], message: 'Required when observability is in scope' })
  })
  .transform((a) => ({
    ...a,
    sidecars: a.sidecars ?? ('tolerate' as const),
    mtls: a.mtls ?? ('preferred' as const),
    signals: a.signals ?? [...SIGNAL_IDS].sort(),
  }))

/** What callers send (optional fields may be missing). */
export type AnswersInput = z.input<typeof AnswersSchema>
/** What the engine works with: normalized, defaults filled in. */
export type Answers = z.output<typeof AnswersSchema>
