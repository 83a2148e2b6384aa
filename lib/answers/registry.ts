import { AREA_IDS, SIGNAL_IDS } from '../catalog/slots'
import { always, multi, question, single, vendors, whenInScope, type FieldDef, type ValueOf } from './fields'

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
    id: 'openSource',
    title: 'How much does open source matter?',
    help: 'Open source keeps an exit door open and lets you self-host without licence fees, but commercial support often costs extra. Source-available licences such as BUSL (HashiCorp since 2023) are not open source; open core means the core is, the enterprise features are not.',
    short: 'Open source',
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
    ],
  }),
  question({
    id: 'hosting',
    title: 'Who should run the tools?',
    help: 'Self-hosting keeps data in your environment and avoids per-GB bills, but your team operates upgrades and storage. SaaS moves that work to the vendor; some SaaS products still run agents in your cluster.',
    short: 'Hosting',
    appliesWhen: always,
    fields: [
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
    ],
  }),
  question({
    id: 'sidecars',
    title: 'How do you feel about sidecar proxies?',
    help: "Sidecar meshes run a proxy in every pod: simple isolation, but CPU and memory per pod (Istio reports ~0.20 vCPU / 60 MB per Envoy sidecar at 1,000 rps; Linkerd's Rust proxy is smaller). Sidecarless designs share one proxy per node: Istio ambient mode (ztunnel, ~0.06 vCPU / 12 MB per node) or Cilium's eBPF with a per-node Envoy.",
    short: 'Sidecars',
    appliesWhen: whenInScope('service-mesh', 'the service mesh'),
    fields: [
      single({
        name: 'sidecars',
        tag: 4,
        legend: 'Sidecar tolerance',
        short: 'sidecar tolerance',
        card: 'Sidecars',
        required: true,
        prefill: false,
        ordinal: true,
        bits: 3,
        default: 'tolerate',
        error: 'Choose how you feel about sidecar proxies',
        options: [
          { value: 'avoid', label: 'Avoid', hint: 'Exclude meshes that need a sidecar per pod', hard: true },
          { value: 'tolerate', label: 'Tolerate', hint: 'Prefer sidecarless, accept sidecars' },
          { value: 'fine', label: 'Fine', hint: 'The data-plane model does not matter' },
        ],
      }),
      single({
        name: 'mtls',
        tag: 5,
        legend: 'mTLS between services',
        short: 'mTLS requirement',
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
    ],
  }),
  question({
    id: 'costSensitivity',
    title: 'How sensitive are you to compute cost?',
    help: 'High sensitivity favours low-overhead data planes, tools that cut telemetry spend, and cost tools that act automatically (autoscaling, spot, rightsizing) over ones that only report.',
    short: 'Cost',
    appliesWhen: always,
    fields: [
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
          { value: 'high', label: 'High', hint: 'Every vCPU counts' },
        ],
      }),
    ],
  }),
  question({
    id: 'signals',
    title: 'Which telemetry signals do you need?',
    help: 'Each signal is a slot. A single platform can cover all three (fewer vendors), while specialised backends such as Prometheus for metrics can be stronger or cheaper for one. OpenTelemetry is recommended alongside as the way to ship them.',
    short: 'Signals',
    appliesWhen: whenInScope('observability', 'observability'),
    fields: [
      multi({
        name: 'signals',
        tag: 7,
        legend: 'Signals',
        short: 'signals',
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
    ],
  }),
  question({
    id: 'consolidation',
    title: 'How many vendors do you want to manage?',
    help: 'Fewer vendors mean fewer contracts, consoles and integrations, at some loss of fit per slot. The stack is chosen as a whole: one vendor covering several slots wins when it loses little in each.',
    short: 'Vendors',
    appliesWhen: always,
    fields: [
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
          { value: 'balanced', label: 'Balanced', hint: 'An extra vendor must earn 4 points' },
          { value: 'fewest-vendors', label: 'Fewest vendors', hint: 'An extra vendor must earn 10 points' },
        ],
      }),
      vendors({
        name: 'existingTools',
        tag: 9,
        legend: 'Tools already in use',
        short: 'tools already in use',
        required: false,
        prefill: true,
        maxItems: 40,
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

/** Whether a field's question is asked for this scope. */
export function fieldApplies(name: string, scope: readonly string[]): boolean {
  const q = QUESTION_OF_FIELD.get(name)
  return q !== undefined && q.appliesWhen(scope as Parameters<Question['appliesWhen']>[0])
}

/** The label of an answer value, for the review, reports and the card; the value itself when unknown. */
export function labelOf(field: string, value: string, form: 'label' | 'short' = 'label'): string {
  const f = FIELD_BY_NAME.get(field)
  if (!f || f.kind === 'vendors') return value
  const o = f.options.find((x) => x.value === value)
  return o ? (form === 'short' ? (o.short ?? o.label) : o.label) : value
}
