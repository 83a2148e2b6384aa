import { z } from 'zod'
import { SIGNAL_IDS, SLOT_IDS } from './slots'

// "unknown" is a value of its own: a fact we could not verify is never guessed, and the UI shows it.
const UNKNOWN = z.literal('unknown')

const IsoDate = z.iso.date().describe('YYYY-MM-DD')
/** Ownership and release facts are often only known to the month or year. */
const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Expected YYYY, YYYY-MM or YYYY-MM-DD')

export const SlotIdSchema = z.enum(SLOT_IDS)
export const SignalSchema = z.enum(SIGNAL_IDS)

export const FIT_LEVELS = ['core', 'partial', 'complement', 'listed-only'] as const
export const OPEN_SOURCE_MODELS = ['open-source', 'open-core', 'source-available', 'proprietary'] as const
export const DELIVERY_MODELS = ['self-hosted', 'saas', 'both'] as const
export const DATA_PLANES = ['sidecar-envoy', 'sidecar-micro-proxy', 'ambient', 'ebpf-per-node'] as const

export const SlotFitSchema = z
  .object({
    slot: SlotIdSchema,
    fit: z
      .enum(FIT_LEVELS)
      .describe(
        'core: a main product for the slot; partial: covers it but it is not the focus; complement: works next to the pick (a standard, a scanner), never the pick; listed-only: the landscape lists it but no capability was found',
      ),
    note: z.string().min(1).optional(),
  })
  .refine((s) => s.fit === 'core' || s.note !== undefined, {
    message: 'A slot fit other than "core" needs a note saying why',
    path: ['note'],
  })

const HttpsUrl = z.url({ protocol: /^https$/ })
/** A month is often all a source states. */
const Month = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'Expected YYYY-MM or YYYY-MM-DD')

/**
 * mTLS as an expert means it, per data-plane mode: is traffic between meshed workloads encrypted
 * out of the box, is plaintext from outside the mesh accepted by default, and can one mesh-wide
 * setting make mTLS strict. Install defaults alone mislead: Istio's PERMISSIVE default still
 * encrypts sidecar-to-sidecar traffic, and ambient mode always does.
 */
const MeshModeSchema = z.object({
  plane: z.enum(DATA_PLANES),
  mtlsByDefault: z.enum(['yes', 'partial', 'no']).or(UNKNOWN).describe('Traffic between meshed workloads is mTLS out of the box, no policy needed'),
  plaintextFromUnmeshed: z.enum(['accepted', 'rejected']).or(UNKNOWN).describe('By default, meshed workloads accept plaintext from clients outside the mesh'),
  strictMeshWide: z.enum(['yes', 'partial', 'no']).or(UNKNOWN).describe('One mesh-wide setting can require mTLS on every inbound connection'),
  strictHow: z.string().min(1).optional().describe('The resource or setting that makes it strict'),
  notes: z.string().min(1).optional(),
  sources: z.array(HttpsUrl).min(1),
  asOf: Month,
})

const MeshFactsSchema = z.object({
  dataPlanes: z.array(z.enum(DATA_PLANES)).min(1).describe('Data-plane modes the mesh supports'),
  dataPlaneNotes: z.string().min(1),
  proxy: z.string().min(1),
  modes: z.array(MeshModeSchema).min(1).describe('mTLS behaviour per data-plane mode, one entry per data plane'),
  multiCluster: z.string().min(1).or(UNKNOWN),
  overhead: z.array(z.string().min(1)).min(1).or(UNKNOWN).describe('Published resource-overhead figures'),
})

/** One capability of a vendor in a slot (see lib/catalog/capabilities.ts for what each id means). */
export const CapabilityFactSchema = z
  .object({
    value: z.enum(['yes', 'partial', 'no']).or(UNKNOWN),
    note: z.string().min(1).optional().describe('Required for partial; says what is missing or which edition'),
    source: HttpsUrl.optional().describe('Required unless the value is unknown'),
    asOf: Month.optional(),
  })
  .strict()
  .refine((f) => f.value === 'unknown' || (f.source !== undefined && f.asOf !== undefined), { message: 'A known capability needs a source and an as-of date', path: ['source'] })
  .refine((f) => f.value !== 'partial' || f.note !== undefined, { message: 'A partial capability needs a note saying what is missing', path: ['note'] })

/**
 * A compliance fact. fedramp, pci, hipaa and euResidency describe the vendor-run offering (SaaS or
 * managed): software a team runs itself sits inside the team's own boundary, so they are
 * "not-applicable" to a self-hosted-only product. fips describes the product's cryptography in
 * any delivery.
 */
export const ComplianceFactSchema = z
  .object({
    value: z.enum(['yes', 'partial', 'no', 'not-applicable']).or(UNKNOWN),
    note: z.string().min(1).optional(),
    source: HttpsUrl.optional(),
    asOf: Month.optional(),
  })
  .strict()
  .refine((f) => f.value === 'unknown' || (f.source !== undefined && f.asOf !== undefined), { message: 'A known compliance fact needs a source and an as-of date', path: ['source'] })
  .refine((f) => f.value !== 'partial' || f.note !== undefined, { message: 'A partial compliance fact needs a note saying what is covered', path: ['note'] })

export const COMPLIANCE_IDS = ['fips', 'fedramp', 'pci', 'hipaa', 'eu-residency'] as const
export type ComplianceId = (typeof COMPLIANCE_IDS)[number]

const ComplianceFactsSchema = z
  .object({
    fedramp: ComplianceFactSchema,
    pci: ComplianceFactSchema,
    hipaa: ComplianceFactSchema,
    euResidency: ComplianceFactSchema,
    fips: ComplianceFactSchema.refine((f) => f.value !== 'not-applicable', { message: 'FIPS is about the product itself: yes, partial, no or unknown' }),
  })
  .strict()

const RunRouteSchema = z.object({
  components: z.array(z.string().min(1)).describe('What the team runs on this route: servers, control-plane parts, data stores, agents, sidecars (required ones only)'),
  note: z.string().min(1).optional(),
})

/** The operational load a team takes on: what it runs, and how often it must upgrade. */
const OperationsSchema = z
  .object({
    selfRun: RunRouteSchema.optional().describe('When the team runs the product itself'),
    vendorRun: RunRouteSchema.optional().describe('When the vendor or cloud runs it: what still runs in the team\'s cluster'),
    releases: z.object({
      cadence: z.string().min(1),
      minorsPerYear: z.number().positive().optional(),
      supportMonths: z.number().positive().optional(),
    }),
    source: HttpsUrl,
    asOf: Month,
  })
  .strict()

export const PLATFORM_IDS = ['eks', 'gke', 'aks', 'openshift'] as const

const ObservabilityFactsSchema = z.object({
  signals: z.array(SignalSchema).min(1),
  signalsNotes: z.string().min(1).optional(),
  role: z
    .enum(['platform', 'backend', 'pipeline', 'collector-standard'])
    .describe('platform: stores and analyses; backend: storage only; pipeline: routes and reduces; collector-standard: instruments and ships, stores nothing'),
  pricingModel: z.string().min(1).or(UNKNOWN),
  freeTier: z.boolean().or(UNKNOWN),
  freeTierNotes: z.string().min(1).optional(),
  costControls: z.string().min(1).optional().describe('Documented features that cut telemetry spend'),
})

const SecurityFactsSchema = z.object({
  accessModel: z.string().min(1),
  secretsRole: z.enum(['storage', 'integration', 'scanning', 'discovery']).or(UNKNOWN).optional(),
  kubernetesIntegration: z
    .enum(['native', 'api-integration', 'none'])
    .or(UNKNOWN)
    .describe('native: in-cluster components or RBAC provisioning; api-integration: reaches the API server (OIDC, TCP target)'),
  kubernetesNotes: z.string().min(1).optional(),
  sso: z.string().min(1).or(UNKNOWN),
  audience: z.enum(['people', 'workloads', 'both']).or(UNKNOWN).optional().describe('Whose access it primarily governs'),
})

const CostFactsSchema = z.object({
  optimizes: z.string().min(1),
  automation: z.enum(['automated', 'visibility']),
  focus: z
    .enum(['allocation', 'savings', 'both'])
    .describe('What the product is made for, by its own description: seeing and sharing cost (allocation), cutting it automatically (savings), or both'),
  kubernetesNative: z.enum(['yes', 'partial']).or(UNKNOWN),
  kubernetesNotes: z.string().min(1).optional(),
  pricingModel: z.string().min(1).or(UNKNOWN),
  freeTier: z.boolean().or(UNKNOWN),
})

export const VendorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected a kebab-case id'),
    name: z.string().min(1),
    company: z.string().min(1).describe('Who sells or governs it today'),
    homepage: z.url({ protocol: /^https$/ }),
    description: z.string().min(20),
    slots: z.array(SlotFitSchema).min(1),
    license: z.object({
      spdx: z.string().min(1).describe('SPDX expression, or "proprietary": the licence of what most teams run'),
      model: z.enum(OPEN_SOURCE_MODELS).describe('BUSL and SSPL-only are source-available, not open source'),
      notes: z.string().min(1).optional(),
      openSource: z
        .object({
          edition: z.string().min(1),
          spdx: z.string().min(1),
          slots: z.array(SlotIdSchema).min(1).optional().describe('The slots the open-source edition covers (default: all the vendor serves)'),
          maintained: z.boolean().describe('false when the edition has had no release or commit for over a year'),
          officialBuilds: z
            .boolean()
            .describe('true when the project ships binaries under the open-source licence; false when only the source is open (you build it yourself)'),
          limits: z
            .object({ maxEmployees: z.int().positive().optional(), maxRevenueUsd: z.int().positive().optional() })
            .optional()
            .describe('Who may use it free of charge, when the licence says'),
          caveat: z.string().min(1).optional().describe('What an expert would add when recommending it'),
          source: HttpsUrl,
          asOf: Month,
        })
        .optional()
        .describe('For open-core and proprietary products: the open-source edition a team can run instead, if any'),
    }),
    cncf: z.object({
      status: z.enum(['graduated', 'incubating', 'sandbox', 'none']),
      since: IsoDate.optional(),
      notes: z.string().min(1).optional(),
    }),
    delivery: z.object({
      model: z.enum(DELIVERY_MODELS),
      notes: z.string().min(1).optional(),
    }),
    ownership: z.object({
      status: z.string().min(1),
      asOf: PartialDate,
      verification: z.enum(['verified', 'secondary', 'unverified']),
    }),
    origin: z.enum(['landscape', 'added']).describe('landscape: in the original Day 2 landscape; added: added since, see originNote'),
    originNote: z.string().min(1).optional(),
    lifecycle: z
      .object({ status: z.literal('end-of-life'), since: IsoDate, note: z.string().min(1), source: HttpsUrl })
      .optional()
      .describe('End of life: never recommended; a team running it is told where to go'),
    migrations: z
      .array(
        z.object({
          to: z.string().min(1).describe('Vendor id of the destination (the same id for a change of mode)'),
          when: z.enum(['licence', 'end-of-life', 'mode']),
          path: z.string().min(1),
          source: HttpsUrl,
          asOf: Month,
        }),
      )
      .optional()
      .describe('Documented ways off this product'),
    mesh: MeshFactsSchema.optional(),
    observability: ObservabilityFactsSchema.optional(),
    security: SecurityFactsSchema.optional(),
    cost: CostFactsSchema.optional(),
    compliance: ComplianceFactsSchema.optional(),
    operations: OperationsSchema.optional(),
    builtIn: z
      .object({ platforms: z.array(z.enum(PLATFORM_IDS)).min(1), note: z.string().min(1), source: HttpsUrl, asOf: Month })
      .optional()
      .describe("A service of the team's platform: a candidate only on that platform"),
    capabilities: z
      .partialRecord(SlotIdSchema, z.record(z.string(), CapabilityFactSchema))
      .optional()
      .describe('Per slot served: capability id (lib/catalog/capabilities.ts) to a sourced fact'),
    notes: z.array(z.string().min(1)).optional(),
    unverified: z.array(z.string().min(1)).describe('Facts that could not be confirmed; shown as unverified'),
    sources: z.array(z.url({ protocol: /^https?$/ })).min(1),
    asOf: IsoDate.describe('When the record was last checked against its sources'),
  })
  .strict()

export const DatasetSchema = z
  .object({
    $schema: z.string().optional(),
    title: z.string().min(1),
    asOf: IsoDate,
    vendors: z.array(VendorSchema).min(1),
  })
  .strict()

export type Vendor = z.infer<typeof VendorSchema>
export type CapabilityFact = z.infer<typeof CapabilityFactSchema>
export type ComplianceFact = z.infer<typeof ComplianceFactSchema>
export type Operations = z.infer<typeof OperationsSchema>
export type PlatformId = (typeof PLATFORM_IDS)[number]
export type MeshMode = z.infer<typeof MeshModeSchema>
export type Dataset = z.infer<typeof DatasetSchema>
export type SlotFit = z.infer<typeof SlotFitSchema>
export type FitLevel = (typeof FIT_LEVELS)[number]
export type OpenSourceModel = (typeof OPEN_SOURCE_MODELS)[number]
export type DeliveryModel = (typeof DELIVERY_MODELS)[number]
export type DataPlane = (typeof DATA_PLANES)[number]
