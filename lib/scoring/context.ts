import type { Answers } from '../answers/schema'
import type { PlatformId, Vendor } from '../catalog/schema'

/**
 * What the team's platform already gives it. OpenShift ships its own OAuth server and RBAC
 * (https://docs.redhat.com/en/documentation/openshift_container_platform/4.18/html/authentication_and_authorization/understanding-authentication)
 * and a Prometheus-based monitoring stack that is installed by default
 * (https://docs.redhat.com/en/documentation/openshift_container_platform/4.18/html/monitoring/about-openshift-container-platform-monitoring):
 * both count as tools in use.
 */
const PLATFORM_TOOLS: Partial<Record<Answers['platform'], readonly string[]>> = {
  openshift: ['openshift', 'prometheus'],
}

/** A platform answer that is itself a vendor of the catalog: its subscription is paid for the platform. */
const PLATFORM_VENDOR: Partial<Record<Answers['platform'], string>> = { openshift: 'openshift' }
export const isThePlatform = (vendor: Pick<Vendor, 'id'>, platform: Answers['platform']) => PLATFORM_VENDOR[platform] === vendor.id

/** Cilium's service mesh runs in the Cilium agent, so it needs Cilium as the cluster's CNI (https://docs.cilium.io/en/stable/network/servicemesh/). */
export const CNI_BOUND_MESH = 'cilium'

/**
 * The tools the team runs: those it listed, those its platform provides, and Cilium when it is
 * the CNI (its mesh is then an upgrade of something already running, not a new vendor).
 */
const inUseCache = new WeakMap<object, ReadonlySet<string>>()
export function toolsInUse(answers: Pick<Answers, 'existingTools' | 'platform' | 'cni' | 'scope'>): ReadonlySet<string> {
  const hit = inUseCache.get(answers)
  if (hit) return hit
  const out = new Set(answers.existingTools)
  inUseCache.set(answers, out)
  for (const id of PLATFORM_TOOLS[answers.platform] ?? []) out.add(id)
  if (answers.cni === 'cilium' && answers.scope.includes('service-mesh')) out.add(CNI_BOUND_MESH)
  return out
}

/** The platforms whose own services join the ranking. */
const CLOUD_PLATFORMS: ReadonlySet<string> = new Set<PlatformId>(['eks', 'gke', 'aks', 'openshift'])

/** Whether a vendor is a candidate on this platform: a cloud's own services only on that cloud. */
export function availableOn(vendor: Vendor, platform: Answers['platform']): boolean {
  if (!vendor.builtIn) return true
  return CLOUD_PLATFORMS.has(platform) && vendor.builtIn.platforms.includes(platform as PlatformId)
}

/** A service built into the team's platform (no new contract, no new console to buy). */
export const isBuiltInFor = (vendor: Vendor, platform: Answers['platform']) => vendor.builtIn !== undefined && availableOn(vendor, platform)

/** Air-gapped clusters cannot reach SaaS: hosting is self-hosted whatever the preference said. */
export const effectiveHosting = (a: Pick<Answers, 'hosting' | 'platform'>): Answers['hosting'] => (a.platform === 'air-gapped' ? 'self-hosted' : a.hosting)

/** The route a team would run a product by: itself, or the vendor's (or cloud's) service. */
export function runRoute(vendor: Vendor, a: Pick<Answers, 'hosting' | 'platform'>): 'self' | 'vendor' {
  const d = vendor.delivery.model
  if (d === 'saas') return 'vendor'
  if (d === 'self-hosted') return 'self'
  return effectiveHosting(a) === 'self-hosted' ? 'self' : 'vendor'
}

/** Bands of organisation size as the smallest head count they allow. */
export const MIN_EMPLOYEES: Record<Answers['orgSize'], number | undefined> = {
  'under-20': 1,
  '20-99': 20,
  '100-999': 100,
  '1000-plus': 1000,
  unspecified: undefined,
}
/** …and the largest. */
export const MAX_EMPLOYEES: Record<Answers['orgSize'], number | undefined> = {
  'under-20': 19,
  '20-99': 99,
  '100-999': 999,
  '1000-plus': undefined,
  unspecified: undefined,
}
