import { AREA_IDS, SIGNAL_IDS } from '../catalog/slots'
import { always, multi, needs, question, single, vendors, whenInScope, type Applicability, type FieldDef, type ValueOf } from './fields'

const MESH = whenInScope('service-mesh', 'the service mesh')
const OBSERVABILITY = whenInScope('observability', 'observability')
const SECURITY = whenInScope('security', 'security')
const COST = whenInScope('cost', 'cost')

/**
 * A telemetry volume or retention band: a fact about the team, asked with observability in scope,
 * "Not sure" by default (then it changes nothing). The options are the bands, smallest first.
 */
const telemetryBand = <const N extends string, const V extends string>(f: {
  name: N
  tag: number
  legend: string
  short: string
  error: string
  options: readonly { value: V; label: string; hint?: string }[]
}) =>
  single<N, V | 'unspecified'>({
    ...f,
    section: 'Observability',
    appliesWhen: OBSERVABILITY,
    required: false,
    prefill: true,
    ordinal: false,
    fact: true,
    bits: 3,
    default: 'unspecified',
    options: [...f.options, { value: 'unspecified' as const, label: 'Not sure' }],
  })

/** A size the cost estimates read (nodes, pods, the cloud bill): optional, a fact, never varied by robustness. */
const sizeBand = <const N extends string, const V extends string>(f: {
  name: N
  tag: number
  legend: string
  short: string
  error: string
  appliesWhen?: Applicability
  unsure?: string
  options: readonly { value: V; label: string; hint?: string }[]
}) =>
  single<N, V | 'unspecified'>({
    ...f,
    section: 'Your clusters, for cost estimates',
    required: false,
    prefill: false,
    ordinal: false,
    fact: true,
    bits: 3,
    default: 'unspecified',
    options: [...f.options, { value: 'unspecified' as const, label: 'Not sure', ...(f.unsure ? { hint: f.unsure } : {}) }],
  })

/**
 * Every question of the questionnaire, in the order the wizard asks them. The one place a
 * question is defined: its wording, options, default, when it applies and its share-token tag.
 * Adding a question is an entry here plus the criterion or constraint that reads it
 * (docs/adding-a-question.md).
 */
export const QUESTIONS = [
  question({
    id: 'scope',
    title: 'Which areas should the stack cover?',
    help: 'Each area adds slots to the stack: the mesh is one slot, observability one per telemetry signal, security covers access control and secrets, cost covers Kubernetes and cloud cost.',
    short: 'Scope',
    appliesWhen: always,
    fields: [
      multi({
        name: 'scope',
        tag: 1,
        legend: 'Areas',
        short: 'scope',
        required: true,
        prefill: false,
        minItems: 1,
        bits: 6,
        default: [],
        error: 'Choose at least one area',
        options: [
          { value: AREA_IDS[0], label: 'Service mesh', hint: 'mTLS, traffic policy and L7 telemetry between services' },
          { value: AREA_IDS[1], label: 'Observability', hint: 'Traces, logs and metrics' },
          { value: AREA_IDS[2], label: 'Security', hint: 'Access control / RBAC and secrets management' },
          { value: AREA_IDS[3], label: 'Cost', hint: 'Kubernetes cost management and cloud cost optimization' },
        ],
      }),
    ],
  }),
  question({
    id: 'context',
    title: 'Where do you run, and who runs it?',
    help: 'The platform decides what you already have: EKS, GKE and AKS bring their own identity, secrets, monitoring and billing services, and OpenShift its own RBAC and monitoring. A small team pays for every component it has to run and upgrade. Compliance rules out products that cannot show the certification.',
    short: 'Context',
    appliesWhen: always,
    fields: [
      single({
        name: 'platform',
        tag: 10,
        legend: 'Kubernetes platform',
        short: 'platform',
        card: 'Platform',
        required: false,
        prefill: false,
        ordinal: false,
        fact: true,
        bits: 4,
        default: 'unspecified',
        error: 'Choose your Kubernetes platform',
        options: [
          { value: 'eks', label: 'Amazon EKS', short: 'EKS', hint: 'AWS identity, secrets, CloudWatch and billing services become candidates' },
          { value: 'gke', label: 'Google GKE', short: 'GKE', hint: 'Google Cloud IAM, Secret Manager, Cloud Observability, billing and Cloud Service Mesh become candidates' },
          { value: 'aks', label: 'Azure AKS', short: 'AKS', hint: 'Entra ID, Key Vault, Azure Monitor, Cost Management and the Istio add-on become candidates' },
          { value: 'openshift', label: 'Red Hat OpenShift', short: 'OpenShift', hint: 'Its RBAC, OAuth and Prometheus-based monitoring count as already in use' },
          { value: 'other-managed', label: 'Another managed Kubernetes', short: 'Managed Kubernetes' },
          { value: 'self-managed', label: 'Self-managed in a data centre or on VMs', short: 'Self-managed' },
          { value: 'air-gapped', label: 'Air-gapped', hint: 'No internet: SaaS products and cloud-bill tools are ruled out', hard: true },
          { value: 'unspecified', label: 'Several, or skip', short: 'Several' },
        ],
      }),
      single({
        name: 'orgSize',
        tag: 11,
        legend: 'People in your organisation',
        short: 'organisation size',
        required: false,
        prefill: false,
        ordinal: false,
        fact: true,
        bits: 3,
        default: 'unspecified',
        error: 'Choose the size of your organisation',
        options: [
          { value: 'under-20', label: 'Fewer than 20' },
          { value: '20-99', label: '20 to 99' },
          { value: '100-999', label: '100 to 999', hint: 'Licences that are free only for small organisations (Teleport Community Edition) no longer apply' },
          { value: '1000-plus', label: '1,000 or more' },
          { value: 'unspecified', label: 'Skip' },
        ],
      }),
      single({
        name: 'platformTeam',
        tag: 12,
        legend: 'Platform-team capacity',
        short: 'platform-team capacity',
        card: 'Team',
        required: false,
        prefill: false,
        ordinal: false,
        fact: true,
        bits: 3,
        default: 'unspecified',
        error: 'Choose your platform-team capacity',
        options: [
          { value: 'none', label: 'No dedicated platform engineers', short: 'no platform team', hint: 'Favours managed services and products with few parts to run' },
          { value: 'small', label: 'A small platform team (1 to 5)', short: 'small platform team' },
          { value: 'org', label: 'A platform organisation (6 or more)', short: 'platform organisation', hint: 'Running components yourself barely counts' },
          { value: 'unspecified', label: 'Skip', hint: 'Operational load does not affect the ranking' },
        ],
      }),
      multi({
        name: 'compliance',
        tag: 13,
        legend: 'Compliance requirements',
        short: 'compliance requirements',
        card: 'Compliance',
        required: false,
        prefill: true,
        fact: true,
        minItems: 0,
        bits: 8,
        default: [],
        error: 'Choose the compliance requirements that apply',
        options: [
          { value: 'fips', label: 'FIPS 140-3 validated cryptography', short: 'FIPS', hint: 'Products need FIPS-validated builds or endpoints' },
          { value: 'fedramp', label: 'FedRAMP', hint: 'SaaS must be FedRAMP authorized; self-run software needs FIPS builds' },
          { value: 'pci', label: 'PCI DSS', short: 'PCI DSS', hint: 'SaaS must hold a PCI DSS attestation as a service provider' },
          { value: 'hipaa', label: 'HIPAA', hint: 'SaaS must sign a business associate agreement (BAA)' },
          { value: 'eu-residency', label: 'EU data residency', short: 'EU residency', hint: 'SaaS must keep data in an EU region' },
        ],
      }),
      // Cluster size prices what scales with it (mesh proxies, per-host and per-node pricing). Bands,
      // not numbers: a team knows its size roughly, and the estimate states the figure it used.
      sizeBand({
        name: 'clusterNodes',
        tag: 26,
        legend: 'Nodes across your clusters',
        short: 'node count',
        error: 'Choose how many nodes you run',
        unsure: 'Estimates assume 10 nodes',
        options: [
          { value: '1-10', label: 'Up to 10' },
          { value: '11-50', label: '11 to 50' },
          { value: '51-200', label: '51 to 200' },
          { value: '201-1000', label: '201 to 1,000' },
          { value: 'over-1000', label: 'More than 1,000' },
        ],
      }),
      sizeBand({
        name: 'podsPerNode',
        tag: 27,
        legend: 'Pods per node, typically',
        short: 'pods per node',
        error: 'Choose how many pods a node typically runs',
        unsure: 'Estimates assume 30 pods per node',
        options: [
          { value: 'up-to-20', label: 'Up to 20' },
          { value: '21-50', label: '21 to 50' },
          { value: '51-110', label: '51 to 110', hint: "110 is the kubelet's default limit" },
          { value: 'over-110', label: 'More than 110' },
        ],
      }),
      sizeBand({
        name: 'cloudSpend',
        tag: 28,
        legend: 'Monthly cloud bill',
        short: 'monthly cloud bill',
        error: 'Choose the size of your monthly cloud bill',
        appliesWhen: COST,
        options: [
          { value: 'under-10k', label: 'Under $10,000', hint: 'Some cost tools are priced as a share of the bill' },
          { value: '10k-100k', label: '$10,000 to $100,000' },
          { value: '100k-1m', label: '$100,000 to $1 million' },
          { value: 'over-1m', label: 'More than $1 million' },
        ],
      }),
    ],
  }),
  question({
    id: 'priorities',
    title: 'What matters most?',
    help: 'Open source keeps an exit door open and avoids licence fees, but support often costs extra; source-available licences such as BUSL (HashiCorp since 2023) are not open source. SaaS moves operations to the vendor; self-hosting keeps data in-house. Fewer vendors mean fewer contracts and consoles, at some loss of fit per slot.',
    short: 'Priorities',
    appliesWhen: always,
    fields: [
      single({
        name: 'openSource',
        tag: 2,
        legend: 'Open-source preference',
        short: 'open-source preference',
        card: 'Open source',
        required: true,
        prefill: false,
        ordinal: true,
        bits: 3,
        default: 'no-preference',
        error: 'Choose how much open source matters',
        options: [
          { value: 'required', label: 'Required', hint: 'Exclude source-available and proprietary products', hard: true },
          { value: 'preferred', label: 'Preferred', hint: 'Favour open source, but consider everything' },
          { value: 'no-preference', label: 'No preference', hint: 'Licence does not affect the ranking' },
        ],
      }),
      single({
        name: 'hosting',
        tag: 3,
        legend: 'Hosting model',
        short: 'hosting',
        card: 'Hosting',
        required: true,
        prefill: false,
        ordinal: true,
        bits: 3,
        default: 'either',
        error: 'Choose a hosting model',
        options: [
          { value: 'self-hosted', label: 'Self-hosted only', hint: 'Exclude SaaS-only products (e.g. data must stay in-house)', hard: true },
          { value: 'either', label: 'Either', hint: 'Hosting does not affect the ranking' },
          { value: 'saas', label: 'Prefer SaaS', hint: 'Favour managed services' },
        ],
      }),
      single({
        name: 'costSensitivity',
        tag: 6,
        legend: 'Compute-cost sensitivity',
        short: 'cost sensitivity',
        card: 'Cost focus',
        required: true,
        prefill: false,
        ordinal: true,
        bits: 3,
        default: 'medium',
        error: 'Choose your compute-cost sensitivity',
        options: [
          { value: 'low', label: 'Low', hint: 'Capability first' },
          { value: 'medium', label: 'Medium', hint: 'Balance cost against capability' },
          { value: 'high', label: 'High', hint: 'Every vCPU counts: low-overhead data planes, telemetry spend controls, cost tools that act' },
        ],
      }),
      single({
        name: 'consolidation',
        tag: 8,
        legend: 'Vendor consolidation',
        short: 'consolidation appetite',
        card: '',
        required: true,
        prefill: false,
        ordinal: true,
        bits: 3,
        default: 'balanced',
        error: 'Choose a consolidation appetite',
        options: [
          { value: 'best-of-breed', label: 'Best of breed', hint: 'The best tool per slot, whatever the count' },
          { value: 'balanced', label: 'Balanced', hint: 'Adds a vendor only when it is clearly better (4 points of 100 or more)' },
          { value: 'fewest-vendors', label: 'Fewest vendors', hint: 'Adds a vendor only when it is far better (10 points of 100 or more)' },
        ],
      }),
    ],
  }),
  question({
    id: 'areas',
    title: 'About each area',
    help: 'A few facts per area in scope. Where you are not sure, keep the default: it is what most teams answer, and the results say what would change with another answer.',
    short: 'Areas',
    appliesWhen: always,
    fields: [
      single({
        name: 'sidecars',
        tag: 4,
        legend: 'Sidecar tolerance',
        short: 'sidecar tolerance',
        card: 'Sidecars',
        section: 'Service mesh',
        appliesWhen: MESH,
        required: true,
        prefill: false,
        ordinal: true,
        bits: 3,
        default: 'tolerate',
        error: 'Choose how you feel about sidecar proxies',
        options: [
          { value: 'avoid', label: 'Avoid sidecars', short: 'avoid', hint: 'Exclude meshes that need a proxy in every pod', hard: true },
          { value: 'tolerate', label: 'Tolerate sidecars', short: 'tolerate', hint: 'Prefer sidecarless (Istio ambient ~0.06 vCPU per node vs ~0.20 vCPU per Envoy sidecar), accept sidecars' },
          { value: 'fine', label: 'Sidecars are fine', short: 'fine', hint: 'The data-plane model does not matter' },
        ],
      }),
      single({
        name: 'mtls',
        tag: 5,
        legend: 'mTLS between services',
        short: 'mTLS requirement',
        section: 'Service mesh',
        appliesWhen: MESH,
        required: false,
        prefill: true,
        ordinal: true,
        bits: 3,
        default: 'preferred',
        error: 'Choose what you need from mTLS',
        options: [
          { value: 'strict', label: 'Strict mTLS must be enforceable mesh-wide', short: 'strict', hint: 'Exclude meshes where one policy cannot reject plaintext everywhere', hard: true },
          { value: 'default-on', label: 'Encrypted by default out of the box', short: 'on by default', hint: 'Exclude meshes that leave traffic between meshed services unencrypted until configured', hard: true },
          { value: 'preferred', label: 'Preferred', hint: 'Favour meshes that encrypt by default and can enforce strict mTLS' },
          { value: 'no-preference', label: 'We will configure it', hint: 'mTLS behaviour does not affect the ranking' },
        ],
      }),
      single({
        name: 'multiCluster',
        tag: 14,
        legend: 'Clusters in the mesh',
        short: 'clusters in the mesh',
        section: 'Service mesh',
        appliesWhen: MESH,
        required: false,
        prefill: true,
        ordinal: false,
        fact: true,
        bits: 2,
        default: 'single',
        error: 'Choose how many clusters the mesh spans',
        options: [
          { value: 'single', label: 'One cluster' },
          { value: 'multi', label: 'Several clusters in one mesh', short: 'multi-cluster', hint: 'Multi-cluster becomes a must-have' },
        ],
      }),
      single({
        name: 'vmWorkloads',
        tag: 15,
        legend: 'Workloads outside Kubernetes',
        short: 'workloads outside Kubernetes',
        section: 'Service mesh',
        appliesWhen: MESH,
        required: false,
        prefill: true,
        ordinal: false,
        fact: true,
        bits: 2,
        default: 'no',
        error: 'Choose whether VMs must join the mesh',
        options: [
          { value: 'no', label: 'Kubernetes only' },
          { value: 'yes', label: 'VMs or bare metal must join the mesh', short: 'VMs in the mesh', hint: 'VM workloads become a must-have' },
        ],
      }),
      single({
        name: 'cni',
        tag: 16,
        legend: 'Current CNI',
        short: 'CNI',
        section: 'Service mesh',
        appliesWhen: MESH,
        required: false,
        prefill: true,
        ordinal: false,
        fact: true,
        bits: 2,
        default: 'unspecified',
        error: 'Choose your CNI',
        options: [
          { value: 'cilium', label: 'Cilium', hint: "Cilium's mesh builds on it" },
          { value: 'other', label: 'Another CNI (cloud default, Calico, …)', short: 'another CNI', hint: "Cilium's mesh would mean replacing it" },
          { value: 'unspecified', label: 'Not sure' },
        ],
      }),
      multi({
        name: 'signals',
        tag: 7,
        legend: 'Telemetry signals',
        short: 'signals',
        section: 'Observability',
        appliesWhen: OBSERVABILITY,
        required: true,
        prefill: true,
        minItems: 1,
        bits: 4,
        default: [...SIGNAL_IDS].sort(),
        error: 'Choose at least one signal',
        options: [
          { value: SIGNAL_IDS[0], label: 'Traces', hint: 'Distributed tracing / APM' },
          { value: SIGNAL_IDS[1], label: 'Logs' },
          { value: SIGNAL_IDS[2], label: 'Metrics' },
        ],
      }),
      telemetryBand({
        name: 'logVolume',
        tag: 17,
        legend: 'Log volume',
        short: 'log volume',
        error: 'Choose your log volume',
        options: [
          { value: 'under-10', label: 'Under 10 GB a day' },
          { value: '10-100', label: '10 to 100 GB a day' },
          { value: '100-1000', label: '100 GB to 1 TB a day' },
          { value: 'over-1000', label: 'Over 1 TB a day' },
        ],
      }),
      telemetryBand({
        name: 'metricSeries',
        tag: 18,
        legend: 'Active metric series',
        short: 'active metric series',
        error: 'Choose your number of active metric series',
        options: [
          { value: 'under-100k', label: 'Under 100,000' },
          { value: '100k-1m', label: '100,000 to 1 million' },
          { value: '1m-10m', label: '1 to 10 million' },
          { value: 'over-10m', label: 'Over 10 million' },
        ],
      }),
      telemetryBand({
        name: 'traceVolume',
        tag: 19,
        legend: 'Trace volume',
        short: 'trace volume',
        error: 'Choose your trace volume',
        options: [
          { value: 'under-1', label: 'Under 1 GB of spans a day' },
          { value: '1-10', label: '1 to 10 GB a day' },
          { value: '10-100', label: '10 to 100 GB a day' },
          { value: 'over-100', label: 'Over 100 GB a day' },
        ],
      }),
      telemetryBand({
        name: 'retention',
        tag: 20,
        legend: 'Telemetry retention',
        short: 'retention',
        error: 'Choose how long you keep telemetry',
        options: [
          { value: '7d', label: 'About a week' },
          { value: '30d', label: 'About a month' },
          { value: '90d', label: 'About three months' },
          { value: '1y-plus', label: 'A year or more', hint: 'Long-term storage and archive tiers count for more' },
        ],
      }),
      multi({
        name: 'accessFor',
        tag: 21,
        legend: 'Who needs access',
        short: 'who needs access',
        section: 'Security',
        appliesWhen: SECURITY,
        required: false,
        prefill: true,
        fact: true,
        minItems: 1,
        bits: 4,
        default: ['people'],
        error: 'Choose who needs access',
        options: [
          { value: 'people', label: 'People', hint: 'Engineers reaching clusters, servers and databases: SSO, short-lived credentials, session recording' },
          { value: 'workloads', label: 'Workloads', hint: 'Services and CI jobs reaching each other and cloud APIs: non-human identity' },
        ],
      }),
      single({
        name: 'costGoal',
        tag: 22,
        legend: 'Cost goal',
        short: 'cost goal',
        section: 'Cost',
        appliesWhen: COST,
        required: false,
        prefill: true,
        ordinal: false,
        fact: true,
        bits: 2,
        default: 'both',
        error: 'Choose your cost goal',
        options: [
          { value: 'allocation', label: 'See and share cost', short: 'allocation', hint: 'Allocation, showback and chargeback by team' },
          { value: 'savings', label: 'Cut cost automatically', short: 'savings', hint: 'Rightsizing, spot and autoscaling applied for you' },
          { value: 'both', label: 'Both' },
        ],
      }),
      multi({
        name: 'clouds',
        tag: 23,
        legend: 'Clouds in use',
        short: 'clouds in use',
        section: 'Cost',
        appliesWhen: COST,
        required: false,
        prefill: true,
        fact: true,
        minItems: 0,
        bits: 6,
        default: [],
        error: 'Choose the clouds you use',
        options: [
          { value: 'aws', label: 'AWS' },
          { value: 'gcp', label: 'Google Cloud' },
          { value: 'azure', label: 'Azure' },
          { value: 'other', label: 'Another cloud or a data centre' },
        ],
      }),
    ],
  }),
  question({
    id: 'needs',
    title: 'Must-haves and nice-to-haves',
    help: 'What an expert checks per slot, set from your answers so far. A must-have rules out products that lack it; a nice-to-have counts towards the capability score. Skip this step to use the defaults.',
    short: 'Needs',
    appliesWhen: always,
    fields: [
      needs({
        name: 'needs',
        tag: 25,
        legend: 'Capabilities',
        short: 'capability needs',
        required: false,
        prefill: true,
        default: {},
      }),
    ],
  }),
  question({
    id: 'tools',
    title: 'Which tools do you already run?',
    help: 'Tools you run are favoured and cost nothing under consolidation. Mark the ones to keep: a kept tool stays the pick for its slots unless a hard constraint rules it out, and then the results say why and how to move off it.',
    short: 'Tools',
    appliesWhen: always,
    fields: [
      vendors({
        name: 'existingTools',
        tag: 9,
        legend: 'Tools already in use',
        short: 'tools already in use',
        required: false,
        prefill: true,
        fact: true,
        maxItems: 40,
        default: [],
      }),
      vendors({
        name: 'keep',
        tag: 24,
        legend: 'Tools to keep',
        short: 'tools to keep',
        required: false,
        prefill: true,
        fact: true,
        maxItems: 40,
        subsetOf: 'existingTools',
        default: [],
      }),
    ],
  }),
] as const

export type Question = (typeof QUESTIONS)[number]
export type QuestionId = Question['id']
type AnyField = Question['fields'][number]
export type FieldName = AnyField['name']

/** The answers once parsed: every field filled in (defaults where a question does not apply). */
export type AnswerValues = { [F in AnyField as F['name']]: ValueOf<F> }

export const FIELDS: readonly FieldDef[] = QUESTIONS.flatMap((q) => q.fields as readonly FieldDef[])
export const FIELD_BY_NAME: ReadonlyMap<string, FieldDef> = new Map(FIELDS.map((f) => [f.name, f]))
export const QUESTION_OF_FIELD: ReadonlyMap<string, Question> = new Map(QUESTIONS.flatMap((q) => q.fields.map((f) => [f.name, q] as const)))

/** Whether a field is asked for this scope: its question applies, and its own section does. */
export function fieldApplies(name: string, scope: readonly string[]): boolean {
  const q = QUESTION_OF_FIELD.get(name)
  const f = FIELD_BY_NAME.get(name)
  const s = scope as Parameters<Question['appliesWhen']>[0]
  return q !== undefined && f !== undefined && q.appliesWhen(s) && (f.appliesWhen === undefined || f.appliesWhen(s))
}

/** The condition under which a field is asked, in words ('' when always). */
export function conditionOf(name: string): string {
  return FIELD_BY_NAME.get(name)?.appliesWhen?.condition || QUESTION_OF_FIELD.get(name)?.appliesWhen.condition || ''
}

/** The label of an answer value, for the review, reports and the card; the value itself when unknown. */
export function labelOf(field: string, value: string, form: 'label' | 'short' = 'label'): string {
  const f = FIELD_BY_NAME.get(field)
  if (!f || f.kind === 'vendors' || f.kind === 'needs') return value
  const o = f.options.find((x) => x.value === value)
  return o ? (form === 'short' ? (o.short ?? o.label) : o.label) : value
}
