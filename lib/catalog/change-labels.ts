import { CAPABILITY_BY_KEY } from './capabilities'
import { PLANE } from './facts'
import { SLOT_LABEL, type SlotId } from './slots'

// The labels of factsOf (lib/catalog/facts.ts) where a field has a row there, so a change reads
// the way the fact reads on the landscape page and in reports.
const FIELD_LABEL: Record<string, string> = {
  name: 'Name',
  company: 'Company',
  homepage: 'Homepage',
  'license.spdx': 'Licence',
  'license.model': 'Licence model',
  'license.openSource.edition': 'Open-source edition',
  'license.openSource.spdx': 'Open-source edition licence',
  'license.openSource.slots': 'Open-source edition covers',
  'license.openSource.maintained': 'Open-source edition maintained',
  'license.openSource.officialBuilds': 'Open-source edition official builds',
  'cncf.status': 'CNCF',
  'cncf.since': 'CNCF since',
  'delivery.model': 'Delivery',
  'ownership.status': 'Ownership',
  'ownership.verification': 'Ownership verification',
  origin: 'Origin',
  'lifecycle.status': 'Lifecycle',
  'lifecycle.since': 'End of life since',
  'mesh.dataPlanes': 'Data plane',
  'mesh.proxy': 'Proxy',
  'mesh.multiCluster': 'Multi-cluster',
  'mesh.overhead': 'Published overhead',
  'observability.signals': 'Signals',
  'observability.role': 'Role',
  'observability.pricingModel': 'Pricing',
  'observability.freeTier': 'Free tier',
  'observability.costControls': 'Cost controls',
  'security.accessModel': 'Access model',
  'security.secretsRole': 'Secrets role',
  'security.kubernetesIntegration': 'Kubernetes integration',
  'security.sso': 'SSO',
  'security.audience': 'Audience',
  'cost.optimizes': 'Optimizes',
  'cost.automation': 'Automation',
  'cost.focus': 'Focus',
  'cost.kubernetesNative': 'Kubernetes-native',
  'cost.pricingModel': 'Pricing',
  'cost.freeTier': 'Free tier',
  'builtIn.platforms': 'Built into',
  'compliance.fedramp.value': 'FedRAMP',
  'compliance.pci.value': 'PCI DSS',
  'compliance.hipaa.value': 'HIPAA BAA',
  'compliance.euResidency.value': 'EU data residency',
  'compliance.fips.value': 'FIPS 140 cryptography',
  'operations.selfRun.components': 'You run (self-hosted)',
  'operations.vendorRun.components': 'In your clusters (vendor-run)',
  'operations.releases.cadence': 'Releases',
  'operations.releases.minorsPerYear': 'Minor releases a year',
  'operations.releases.supportMonths': 'Support (months)',
}

const MODE_LABEL: Record<string, string> = {
  mtlsByDefault: 'mTLS by default',
  strictMeshWide: 'Strict mTLS mesh-wide',
  plaintextFromUnmeshed: 'Plaintext from outside the mesh',
}

const slotLabel = (slot: string) => SLOT_LABEL[slot as SlotId] ?? slot

/**
 * The product's label for a changed field, given its path in a vendor record
 * (`cost.automation`, `mesh.modes[ambient].mtlsByDefault`, `capabilities.k8s-cost.rightsizing.value`).
 * A field without a label of its own is named by its path.
 */
export function labelOfPath(path: string): string {
  const exact = FIELD_LABEL[path]
  if (exact) return exact
  const mode = /^mesh\.modes\[([^\]]+)\](?:\.(\w+))?$/.exec(path)
  if (mode) {
    const plane = PLANE[mode[1]!] ?? mode[1]!
    return mode[2] ? `${MODE_LABEL[mode[2]] ?? mode[2]} (${plane})` : `Mesh mode ${plane}`
  }
  const slot = /^slots\[([^\]]+)\](?:\.fit)?$/.exec(path)
  if (slot) return `Fit for ${slotLabel(slot[1]!)}`
  const capability = /^capabilities\.([^.]+)\.([^.]+)(?:\.value)?$/.exec(path)
  if (capability) {
    const def = CAPABILITY_BY_KEY.get(`${capability[1]}/${capability[2]}`)
    return `${def?.label ?? capability[2]} (${slotLabel(capability[1]!)})`
  }
  const migration = /^migrations\[([^\]]+)\]/.exec(path)
  if (migration) return `Migration to ${migration[1]}`
  return path
}
