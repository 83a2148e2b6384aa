import { BitReader } from './bits'

/**
 * Version-1 share tokens (before the question registry): decode only. Everything a v1 token's
 * layout depends on is frozen here, so links made then keep opening whatever the registry and the
 * data set become; the answers they hold are re-validated (and migrated) by the caller.
 *
 * Layout: data fingerprint 24 | scope 4 | openSource 2 | hosting 2 | sidecars 2 | mtls 2 |
 * costSensitivity 2 | signals 3 | consolidation 2 | hasTools 1 | hasWeights 1 |
 * [tools: 1 bit per V1_VENDORS entry] | [weights: 4 bits per V1_CRITERIA entry, 15 = derived].
 */
export const V1_VENDORS = `cilium hashicorp-consul istio kuma linkerd tetrate chronosphere coralogix datadog dynatrace
edge-delta elasticsearch grafana-labs influxdata logz-io m3 new-relic opentelemetry prometheus signalfx sumo-logic
aembit akeyless axiom-security cyberark entro-security hashicorp-boundary hashicorp-vault komodor okta openshift
platform9 rafay spectral spectro-cloud strongdm teleport truffle-security cast-ai cloudzero finout harness kubecost
spot vantage vmware-tanzu-cloudhealth zesty`.split(/\s+/)

const AREAS = ['service-mesh', 'observability', 'security', 'cost']
const OPEN_SOURCE = ['required', 'preferred', 'no-preference']
const HOSTING = ['self-hosted', 'saas', 'either']
const SIDECARS = ['avoid', 'tolerate', 'fine']
const MTLS = ['required', 'preferred', 'no-preference']
const COST = ['low', 'medium', 'high']
const SIGNALS = ['traces', 'logs', 'metrics']
const CONSOLIDATION = ['best-of-breed', 'balanced', 'fewest-vendors']
const V1_CRITERIA = ['capability', 'openness', 'governance', 'hosting', 'dataPlane', 'computeCost', 'mtls', 'spend', 'k8sIntegration', 'incumbent', 'evidence']
const UNSET_WEIGHT = 15

const fromBits = (all: readonly string[], mask: number) => all.filter((_, i) => mask & (1 << i))

/** The raw answers and fingerprint of a v1 token body (CRC already checked); throws RangeError on a bad body. */
export function readV1(body: Uint8Array): { raw: Record<string, unknown>; fingerprint: string } {
  const r = new BitReader(body)
  const fingerprint = r.read(24).toString(16).padStart(6, '0')
  const pickOne = (all: readonly string[], width: number) => {
    const i = r.read(width)
    if (i >= all.length) throw new RangeError('option out of range')
    return all[i]!
  }
  const raw: Record<string, unknown> = {
    scope: fromBits(AREAS, r.read(4)),
    openSource: pickOne(OPEN_SOURCE, 2),
    hosting: pickOne(HOSTING, 2),
    sidecars: pickOne(SIDECARS, 2),
    mtls: pickOne(MTLS, 2),
    costSensitivity: pickOne(COST, 2),
    signals: fromBits(SIGNALS, r.read(3)),
    consolidation: pickOne(CONSOLIDATION, 2),
  }
  const hasTools = r.read(1) === 1
  const hasWeights = r.read(1) === 1
  raw.existingTools = hasTools ? V1_VENDORS.filter(() => r.read(1) === 1) : []
  if (hasWeights) {
    const weights: Record<string, number> = {}
    for (const c of V1_CRITERIA) {
      const v = r.read(4)
      if (v !== UNSET_WEIGHT) weights[c] = v
    }
    raw.weights = weights
  }
  if (r.remaining() >= 8) throw new RangeError('trailing bytes')
  return { raw: migrate(raw), fingerprint }
}

/**
 * Version-1 answers in today's terms: mTLS "required" meant "on by default out of the box"; the
 * "Verified facts" criterion is no longer part of the score, so a weight for it is dropped.
 */
function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  if (raw.mtls === 'required') raw.mtls = 'default-on'
  if (raw.weights && typeof raw.weights === 'object') delete (raw.weights as Record<string, unknown>).evidence
  return raw
}
