import type { ComplianceFact, Vendor } from './schema'

export const PLATFORM: Record<string, string> = { eks: 'Amazon EKS', gke: 'Google GKE', aks: 'Azure AKS', openshift: 'Red Hat OpenShift' }

export interface FactRow {
  label: string
  value: string
  /** The value is unknown or listed in the record's unverified facts. */
  unverified: boolean
}

export const PLANE: Record<string, string> = {
  'sidecar-envoy': 'Envoy sidecar',
  'sidecar-micro-proxy': 'micro-proxy sidecar',
  ambient: 'ambient (sidecarless)',
  'ebpf-per-node': 'eBPF + per-node proxy',
}

/**
 * A vendor's key facts as labelled rows, for comparison tables, the landscape page and reports.
 * A row is flagged unverified when its value is "unknown" or its field is listed as unverified.
 */
export function factsOf(v: Vendor): FactRow[] {
  const doubt = (path: string) => v.unverified.some((u) => u === path || u.startsWith(`${path} `))
  const row = (label: string, value: string | boolean, path?: string): FactRow => ({
    label,
    value: value === true ? 'yes' : value === false ? 'no' : value,
    unverified: value === 'unknown' || (path !== undefined && doubt(path)),
  })
  const rows: FactRow[] = [
    row('Company', v.company),
    // "proprietary (proprietary)" says nothing twice over
    row('Licence', v.license.spdx.toLowerCase() === v.license.model ? v.license.spdx : `${v.license.spdx} (${v.license.model})`),
    row('CNCF', v.cncf.status === 'none' ? 'not a CNCF project' : `${v.cncf.status}${v.cncf.since ? ` since ${v.cncf.since}` : ''}`),
    row('Delivery', v.delivery.model, 'delivery'),
    row('Ownership', `${v.ownership.status} (as of ${v.ownership.asOf}, ${v.ownership.verification})`, 'ownership'),
  ]
  if (v.ownership.verification === 'unverified') rows[rows.length - 1]!.unverified = true
  if (v.mesh) {
    rows.push(row('Data plane', v.mesh.dataPlanes.map((p) => PLANE[p] ?? p).join(' or ')))
    for (const m of v.mesh.modes) {
      const where = v.mesh.modes.length > 1 ? ` (${PLANE[m.plane] ?? m.plane})` : ''
      rows.push(row(`mTLS by default${where}`, m.mtlsByDefault))
      rows.push(row(`Strict mTLS mesh-wide${where}`, m.strictMeshWide))
    }
    rows.push(row('Multi-cluster', v.mesh.multiCluster, 'mesh.multiCluster'))
    rows.push(row('Published overhead', v.mesh.overhead === 'unknown' ? 'unknown' : v.mesh.overhead.join(' '), 'mesh.overhead'))
  }
  if (v.observability) {
    rows.push(row('Signals', v.observability.signals.join(', ')))
    rows.push(row('Role', v.observability.role))
    rows.push(row('Pricing', v.observability.pricingModel, 'observability.pricingModel'))
    rows.push(row('Free tier', v.observability.freeTier, 'observability.freeTier'))
  }
  if (v.security) {
    rows.push(row('Access model', v.security.accessModel))
    if (v.security.secretsRole) rows.push(row('Secrets role', v.security.secretsRole, 'security.secretsRole'))
    rows.push(row('Kubernetes integration', v.security.kubernetesIntegration, 'security.kubernetesIntegration'))
    rows.push(row('SSO', v.security.sso, 'security.sso'))
  }
  if (v.cost) {
    rows.push(row('Optimizes', v.cost.optimizes))
    rows.push(row('Automation', v.cost.automation))
    rows.push(row('Kubernetes-native', v.cost.kubernetesNative, 'cost.kubernetesNative'))
    rows.push(row('Pricing', v.cost.pricingModel, 'cost.pricingModel'))
    rows.push(row('Free tier', v.cost.freeTier, 'cost.freeTier'))
  }
  if (v.builtIn) rows.push(row('Built into', v.builtIn.platforms.map((p) => PLATFORM[p]).join(', ')))
  if (v.compliance) {
    const c = v.compliance
    const show = (label: string, f: ComplianceFact) =>
      rows.push(row(label, f.value === 'not-applicable' ? 'not applicable (you run it)' : `${f.value}${f.note && f.value !== 'unknown' ? `: ${f.note}` : ''}`))
    show('FedRAMP', c.fedramp)
    show('PCI DSS', c.pci)
    show('HIPAA BAA', c.hipaa)
    show('EU data residency', c.euResidency)
    show('FIPS 140 cryptography', c.fips)
  }
  if (v.operations) {
    const o = v.operations
    if (o.selfRun) rows.push(row('You run (self-hosted)', o.selfRun.components.join('; ') || 'nothing'))
    if (o.vendorRun) rows.push(row('In your clusters (vendor-run)', o.vendorRun.components.join('; ') || 'nothing'))
    rows.push(row('Releases', o.releases.cadence))
  }
  rows.push(row('Facts checked', v.asOf))
  return rows
}
