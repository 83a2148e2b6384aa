import type { AnswersInput } from '../answers/schema'
import type { QuestionStep } from './steps'

export interface Option {
  value: string
  label: string
  hint?: string
}

export interface Field {
  name: keyof AnswersInput
  kind: 'single' | 'multi'
  legend: string
  options: Option[]
  /** Optional fields may be left empty (e.g. tools already in use). */
  optional?: boolean
}

export interface Question {
  title: string
  /** The trade-off in two or three sentences: what the choice costs and buys. */
  help: string
  fields: Field[]
}

// Shown in the wizard, the review, the report and the share card: one wording everywhere.
export const QUESTIONS: Record<QuestionStep, Question> = {
  scope: {
    title: 'Which areas should the stack cover?',
    help: 'Each area adds slots to the stack: the mesh is one slot, observability one per telemetry signal, security covers access control and secrets, cost covers Kubernetes and cloud cost.',
    fields: [
      {
        name: 'scope',
        kind: 'multi',
        legend: 'Areas',
        options: [
          { value: 'service-mesh', label: 'Service mesh', hint: 'mTLS, traffic policy and L7 telemetry between services' },
          { value: 'observability', label: 'Observability', hint: 'Traces, logs and metrics' },
          { value: 'security', label: 'Security', hint: 'Access control / RBAC and secrets management' },
          { value: 'cost', label: 'Cost', hint: 'Kubernetes cost management and cloud cost optimization' },
        ],
      },
    ],
  },
  openSource: {
    title: 'How much does open source matter?',
    help: 'Open source keeps an exit door open and lets you self-host without licence fees, but commercial support often costs extra. Source-available licences such as BUSL (HashiCorp since 2023) are not open source; open core means the core is, the enterprise features are not.',
    fields: [
      {
        name: 'openSource',
        kind: 'single',
        legend: 'Open-source preference',
        options: [
          { value: 'required', label: 'Required', hint: 'Exclude source-available and proprietary products' },
          { value: 'preferred', label: 'Preferred', hint: 'Favour open source, but consider everything' },
          { value: 'no-preference', label: 'No preference', hint: 'Licence does not affect the ranking' },
        ],
      },
    ],
  },
  hosting: {
    title: 'Who should run the tools?',
    help: 'Self-hosting keeps data in your environment and avoids per-GB bills, but your team operates upgrades and storage. SaaS moves that work to the vendor; some SaaS products still run agents in your cluster.',
    fields: [
      {
        name: 'hosting',
        kind: 'single',
        legend: 'Hosting model',
        options: [
          { value: 'self-hosted', label: 'Self-hosted only', hint: 'Exclude SaaS-only products (e.g. data must stay in-house)' },
          { value: 'saas', label: 'Prefer SaaS', hint: 'Favour managed services' },
          { value: 'either', label: 'Either', hint: 'Hosting does not affect the ranking' },
        ],
      },
    ],
  },
  sidecars: {
    title: 'How do you feel about sidecar proxies?',
    help: 'Sidecar meshes run a proxy in every pod: simple isolation, but CPU and memory per pod (Istio reports ~0.20 vCPU / 60 MB per Envoy sidecar at 1,000 rps; Linkerd\'s Rust proxy is smaller). Sidecarless designs share one proxy per node: Istio ambient mode (ztunnel, ~0.06 vCPU / 12 MB per node) or Cilium\'s eBPF with a per-node Envoy.',
    fields: [
      {
        name: 'sidecars',
        kind: 'single',
        legend: 'Sidecar tolerance',
        options: [
          { value: 'avoid', label: 'Avoid', hint: 'Exclude meshes that need a sidecar per pod' },
          { value: 'tolerate', label: 'Tolerate', hint: 'Prefer sidecarless, accept sidecars' },
          { value: 'fine', label: 'Fine', hint: 'The data-plane model does not matter' },
        ],
      },
      {
        name: 'mtls',
        kind: 'single',
        legend: 'mTLS between services',
        options: [
          { value: 'required', label: 'Must be on by default', hint: 'Exclude meshes where mTLS is off or permissive out of the box' },
          { value: 'preferred', label: 'Preferred on by default', hint: 'Favour meshes that encrypt from day one' },
          { value: 'no-preference', label: 'We will configure it', hint: 'The default does not matter' },
        ],
      },
    ],
  },
  costSensitivity: {
    title: 'How sensitive are you to compute cost?',
    help: 'High sensitivity favours low-overhead data planes, tools that cut telemetry spend, and cost tools that act automatically (autoscaling, spot, rightsizing) over ones that only report.',
    fields: [
      {
        name: 'costSensitivity',
        kind: 'single',
        legend: 'Compute-cost sensitivity',
        options: [
          { value: 'low', label: 'Low', hint: 'Capability first' },
          { value: 'medium', label: 'Medium', hint: 'Balance cost against capability' },
          { value: 'high', label: 'High', hint: 'Every vCPU counts' },
        ],
      },
    ],
  },
  signals: {
    title: 'Which telemetry signals do you need?',
    help: 'Each signal is a slot. A single platform can cover all three (fewer vendors), while specialised backends such as Prometheus for metrics can be stronger or cheaper for one. OpenTelemetry is recommended alongside as the way to ship them.',
    fields: [
      {
        name: 'signals',
        kind: 'multi',
        legend: 'Signals',
        options: [
          { value: 'traces', label: 'Traces', hint: 'Distributed tracing / APM' },
          { value: 'logs', label: 'Logs' },
          { value: 'metrics', label: 'Metrics' },
        ],
      },
    ],
  },
  consolidation: {
    title: 'How many vendors do you want to manage?',
    help: 'Fewer vendors mean fewer contracts, consoles and integrations, at some loss of fit per slot. The stack is chosen as a whole: one vendor covering several slots wins when it loses little in each.',
    fields: [
      {
        name: 'consolidation',
        kind: 'single',
        legend: 'Vendor consolidation',
        options: [
          { value: 'best-of-breed', label: 'Best of breed', hint: 'The best tool per slot, whatever the count' },
          { value: 'balanced', label: 'Balanced', hint: 'An extra vendor must earn 4 points' },
          { value: 'fewest-vendors', label: 'Fewest vendors', hint: 'An extra vendor must earn 10 points' },
        ],
      },
    ],
  },
}

/** The label of an answer value, for the review and reports. */
export function labelOf(field: keyof AnswersInput, value: string): string {
  for (const q of Object.values(QUESTIONS))
    for (const f of q.fields) if (f.name === field) return f.options.find((o) => o.value === value)?.label ?? value
  return value
}
