import type { SlotId } from './slots'

/**
 * What an expert checks per slot: the capabilities the data set records for each vendor (as
 * sourced yes / partial / no / unknown facts) and the engine rates coverage of. Definitions come
 * from the capability research (see data/README.md); each id is stable, it is stored in the data.
 *
 * `importance` is the default for a team that has not said what it needs: `core` for what most
 * teams expect of a product in the slot, `plus` for what some teams need, `when-needed` for what
 * matters only to teams with that need (FIPS-validated crypto under FIPS 140-3 or FedRAMP, VMs in
 * the mesh): it counts only when the team asks for it. `scoredBy` names a
 * capability another criterion or question already accounts for (mTLS, data plane, hosting,
 * automation), so coverage does not count it twice. Those a question already decides (mTLS,
 * sidecars, hosting) cannot be set as must-have or nice-to-have; the others can (a team can make
 * automated actions a must-have even though the compute-cost criterion rates them).
 */
export interface CapabilityDef {
  /** Its number in share tokens (must-have / nice-to-have choices). Stable forever, never reused. */
  tag: number
  id: string
  label: string
  description: string
  importance: 'core' | 'plus' | 'when-needed'
  scoredBy?: string
}

/** Criteria whose capability a question decides: not settable as a need. */
const DECIDED_BY_QUESTION = new Set(['mtls', 'dataPlane', 'hosting'])
export const isSettable = (c: CapabilityDef) => c.scoredBy === undefined || !DECIDED_BY_QUESTION.has(c.scoredBy)

const cap = (tag: number, id: string, label: string, importance: CapabilityDef['importance'], description: string, scoredBy?: string): CapabilityDef => ({
  tag,
  id,
  label,
  importance,
  description,
  ...(scoredBy ? { scoredBy } : {}),
})

export const CAPABILITIES: Record<SlotId, CapabilityDef[]> = {
  'service-mesh': [
    cap(1, 'strict-mtls', 'Strict mTLS mesh-wide', 'core', 'One mesh-wide policy can require mTLS on every inbound connection, so plaintext from outside the mesh is rejected.', 'mtls'),
    cap(2, 'mtls-by-default', 'mTLS by default', 'core', 'Traffic between meshed workloads is encrypted with mTLS out of the box, with no extra policy.', 'mtls'),
    cap(3, 'multi-cluster', 'Multi-cluster', 'plus', 'One mesh (shared identity, discovery and routing) can span several Kubernetes clusters.'),
    cap(4, 'vm-workloads', 'VM workloads', 'when-needed', 'Workloads outside Kubernetes (VMs, bare metal) can join the mesh with mesh identity and policy.'),
    cap(5, 'gateway-api', 'Gateway API', 'core', 'Implements the Kubernetes Gateway API for ingress and/or in-mesh routing (GAMMA).'),
    cap(6, 'l7-authz', 'L7 authorization policy', 'core', 'Authorization policy can allow or deny requests on HTTP path, method, headers or JWT claims.'),
    cap(7, 'fips-builds', 'FIPS builds', 'when-needed', 'FIPS 140-2/140-3 validated or compliant builds of the data plane are available.'),
    cap(8, 'sidecarless', 'Sidecarless mode', 'core', 'A supported data-plane mode with no per-pod proxy.', 'dataPlane'),
    cap(9, 'traffic-splitting', 'Traffic splitting', 'core', 'Weighted routing between service versions, for canary or blue/green rollouts.'),
  ],
  tracing: [
    cap(10, 'otlp-traces', 'Native OTLP ingest', 'core', 'Accepts OpenTelemetry (OTLP) trace data natively, without a vendor-specific agent.'),
    cap(11, 'tail-sampling', 'Tail-based sampling', 'plus', 'Keeps or drops whole traces after they complete, based on their content.'),
    cap(12, 'service-map', 'Service map', 'core', 'Draws a service dependency graph automatically from trace data.'),
    cap(13, 'trace-log-correlation', 'Trace-to-log correlation', 'core', 'Links spans and log lines by trace and span ID.'),
    cap(14, 'trace-retention-control', 'Retention control', 'plus', 'Lets the user choose how long, or which, traces are stored.'),
  ],
  logs: [
    cap(15, 'otlp-logs', 'Native OTLP ingest', 'core', 'Accepts OpenTelemetry (OTLP) log data natively.'),
    cap(16, 'schema-on-read-search', 'Schema-on-read search', 'core', 'Searches logs without defining a schema or parsing rules before ingest.'),
    cap(17, 'tiered-storage', 'Tiered or archive storage', 'plus', 'Keeps logs in cheaper archive or cold tiers that can still be searched or rehydrated.'),
    cap(18, 'log-to-metric', 'Log-to-metric', 'plus', 'Turns log events into metrics at ingest or by scheduled rules.'),
    cap(19, 'log-retention-control', 'Retention control', 'core', 'Lets the user set log retention periods per index, stream, bucket or filter.'),
  ],
  metrics: [
    cap(20, 'promql', 'PromQL compatibility', 'core', 'Evaluates PromQL, or exposes a Prometheus-compatible query API.'),
    cap(21, 'long-term-storage', 'Long-term storage', 'core', 'Keeps metrics for months or years, beyond a local Prometheus retention.'),
    cap(22, 'cardinality-controls', 'High-cardinality controls', 'plus', 'Finds, limits, drops or aggregates high-cardinality series.'),
    cap(23, 'downsampling', 'Downsampling', 'plus', 'Stores older data at lower resolution.'),
    cap(24, 'alerting', 'Alerting', 'core', 'Evaluates rules on metrics and sends notifications.'),
  ],
  'access-control': [
    cap(25, 'sso-oidc', 'SSO (OIDC/SAML)', 'core', 'People sign in through an external identity provider over OIDC or SAML.'),
    cap(26, 'short-lived-kubectl', 'Short-lived kubectl credentials', 'core', 'kubectl access uses automatically expiring credentials instead of static kubeconfig secrets.'),
    cap(27, 'session-recording', 'Session recording', 'plus', 'Interactive sessions (kubectl exec, SSH, database) are recorded and can be replayed.'),
    cap(28, 'jit-access', 'Just-in-time access', 'plus', 'Time-bound elevated access with approval, revoked automatically at expiry.'),
    cap(29, 'audit-log', 'Audit log', 'core', 'A record of who did what and when, exportable to a SIEM or log store.'),
    cap(30, 'workload-identity', 'Workload identity', 'plus', 'Non-human identities (services, CI jobs, pods) get their own short-lived, attested identity.'),
    cap(31, 'k8s-rbac-mapping', 'Kubernetes RBAC mapping', 'core', 'Identities or IdP groups are mapped onto Kubernetes RBAC subjects.'),
  ],
  secrets: [
    cap(32, 'secret-store', 'Stores secrets', 'core', 'Stores secrets itself (persisted, access-controlled, encrypted at rest).'),
    cap(33, 'dynamic-secrets', 'Dynamic secrets', 'core', 'Issues short-lived credentials on demand and revokes them when the lease ends.'),
    cap(34, 'rotation', 'Rotation', 'core', 'Rotates static secrets on a schedule, changing the credential in the target system.'),
    cap(35, 'k8s-delivery', 'Kubernetes delivery', 'core', 'A supported way to get secrets into pods (CSI provider, External Secrets Operator provider, injector).'),
    cap(36, 'pki', 'PKI', 'plus', 'Acts as a certificate authority or issues X.509 certificates to workloads.'),
    cap(37, 'hsm-fips', 'HSM / FIPS', 'when-needed', 'Root keys in an HSM, or FIPS 140-2/140-3 validated cryptography.'),
    cap(38, 'self-hosted', 'Self-hosted', 'plus', 'The whole product runs on infrastructure you operate.', 'hosting'),
  ],
  'k8s-cost': [
    cap(39, 'allocation', 'Allocation by namespace and label', 'core', 'Attributes cluster cost to namespaces, labels, workloads or pods.'),
    cap(40, 'idle-cost', 'Idle cost', 'core', 'Reports the cost of unallocated or unused capacity as its own figure.'),
    cap(41, 'rightsizing', 'Rightsizing recommendations', 'core', 'Recommends CPU/memory requests from observed usage.'),
    cap(42, 'automated-actions', 'Automated actions', 'plus', 'Changes the cluster itself: applies rightsizing, consolidates nodes or moves capacity to spot.', 'computeCost'),
    cap(43, 'multi-cluster', 'Multi-cluster', 'plus', 'Shows the cost of many clusters in one view.'),
    cap(44, 'opencost-compatible', 'OpenCost-compatible', 'plus', 'Built on the OpenCost engine or specification, or ingests OpenCost data.'),
  ],
  'cloud-cost': [
    cap(45, 'multi-cloud-bills', 'Multi-cloud bills', 'core', 'Ingests billing data from more than one cloud provider.'),
    cap(46, 'showback-chargeback', 'Showback / chargeback', 'core', 'Allocates shared and cloud cost to teams by rules.'),
    cap(47, 'anomaly-detection', 'Anomaly detection', 'core', 'Detects unusual spend against a learned baseline and alerts on it.'),
    cap(48, 'unit-economics', 'Unit economics', 'plus', 'Reports cost per unit (customer, order, request).'),
    cap(49, 'commitment-management', 'Commitment management', 'plus', 'Recommends, buys or manages reserved instances, savings plans or committed-use discounts.', 'computeCost'),
  ],
}

export const CAPABILITY_IDS: Record<SlotId, Set<string>> = Object.fromEntries(
  Object.entries(CAPABILITIES).map(([slot, caps]) => [slot, new Set(caps.map((c) => c.id))]),
) as Record<SlotId, Set<string>>

/**
 * The capabilities a user can mark as must-have or nice-to-have, keyed "<slot>/<id>". Those another
 * question already decides (mTLS, data plane, hosting) are left to that question.
 */
export const NEED_KEYS = Object.entries(CAPABILITIES).flatMap(([slot, caps]) => caps.filter(isSettable).map((c) => `${slot}/${c.id}`)) as [string, ...string[]]
export const CAPABILITY_BY_KEY: ReadonlyMap<string, CapabilityDef & { slot: SlotId }> = new Map(
  Object.entries(CAPABILITIES).flatMap(([slot, caps]) => caps.map((c) => [`${slot}/${c.id}`, { ...c, slot: slot as SlotId }] as const)),
)
export const CAPABILITY_BY_TAG: ReadonlyMap<number, string> = new Map([...CAPABILITY_BY_KEY].map(([key, c]) => [c.tag, key]))
