// The landscape's areas and the slots a recommended stack fills. Order matters: it is the order
// of the stack, of the output and of the lexicographic tie-break between equally good stacks.

export const AREA_IDS = ['service-mesh', 'observability', 'security', 'cost'] as const
export type AreaId = (typeof AREA_IDS)[number]

export const SLOT_IDS = [
  'service-mesh',
  'tracing',
  'logs',
  'metrics',
  'access-control',
  'secrets',
  'k8s-cost',
  'cloud-cost',
] as const
export type SlotId = (typeof SLOT_IDS)[number]

export const SIGNAL_IDS = ['traces', 'logs', 'metrics'] as const
export type SignalId = (typeof SIGNAL_IDS)[number]

export const SLOT_AREA: Record<SlotId, AreaId> = {
  'service-mesh': 'service-mesh',
  tracing: 'observability',
  logs: 'observability',
  metrics: 'observability',
  'access-control': 'security',
  secrets: 'security',
  'k8s-cost': 'cost',
  'cloud-cost': 'cost',
}

/** Observability slots exist only for the signals the user needs. */
export const SIGNAL_SLOT: Record<SignalId, SlotId> = {
  traces: 'tracing',
  logs: 'logs',
  metrics: 'metrics',
}

export const AREA_LABEL: Record<AreaId, string> = {
  'service-mesh': 'Service mesh',
  observability: 'Observability',
  security: 'Security',
  cost: 'Cost',
}

export const SLOT_LABEL: Record<SlotId, string> = {
  'service-mesh': 'Service mesh',
  tracing: 'Tracing',
  logs: 'Logs',
  metrics: 'Metrics',
  'access-control': 'Access control / RBAC',
  secrets: 'Secrets management',
  'k8s-cost': 'Kubernetes cost management',
  'cloud-cost': 'Cloud cost optimization',
}

/** Short labels for tight spaces (the share card). */
export const SLOT_SHORT_LABEL: Record<SlotId, string> = {
  'service-mesh': 'Mesh',
  tracing: 'Traces',
  logs: 'Logs',
  metrics: 'Metrics',
  'access-control': 'Access',
  secrets: 'Secrets',
  'k8s-cost': 'K8s cost',
  'cloud-cost': 'Cloud cost',
}
