import type { Answers } from '../answers/schema'
import type { DataPlane, MeshMode, Vendor } from '../catalog/schema'

export const DATA_PLANE_LABEL: Record<DataPlane, string> = {
  'ebpf-per-node': 'eBPF with a per-node proxy',
  ambient: 'sidecarless ambient mode',
  'sidecar-micro-proxy': 'Rust micro-proxy sidecars',
  'sidecar-envoy': 'Envoy sidecars',
}

/**
 * Compute overhead by data-plane model. Sources: Istio's 1.24 figures (sidecar ~0.20 vCPU / 60 MB
 * per pod vs ztunnel ~0.06 vCPU / 12 MB per node,
 * https://istio.io/latest/docs/ops/deployment/performance-and-scalability/) and the 2021
 * Linkerd/Istio benchmark (26 MB vs 156 MB per proxy,
 * https://linkerd.io/2021/11/29/linkerd-vs-istio-benchmarks-2021/). Per-node designs pay once per
 * node, sidecars once per pod; the numbers order the models, they are not measurements.
 */
export const DATA_PLANE_EFFICIENCY: Record<DataPlane, number> = {
  'ebpf-per-node': 100,
  ambient: 85,
  'sidecar-micro-proxy': 60,
  'sidecar-envoy': 30,
}

export const isSidecar = (p: DataPlane) => p === 'sidecar-envoy' || p === 'sidecar-micro-proxy'

/** The data-plane modes this user would run: sidecar modes drop out when sidecars are avoided. */
export function usableDataPlanes(vendor: Vendor, answers: Pick<Answers, 'sidecars'>): DataPlane[] {
  const planes = vendor.mesh?.dataPlanes ?? []
  return answers.sidecars === 'avoid' ? planes.filter((p) => !isSidecar(p)) : planes
}

/** Whether a mode meets the mTLS requirement, with the reason when it does not. */
export function mtlsShortfall(mode: MeshMode | undefined, need: Answers['mtls']): string | undefined {
  if (need === 'strict') {
    const v = mode?.strictMeshWide ?? 'unknown'
    if (v === 'yes') return undefined
    if (v === 'unknown') return 'whether strict mTLS can be enforced mesh-wide is unverified'
    return v === 'partial' ? 'strict mTLS can only be enforced per policy, not mesh-wide' : 'strict mTLS cannot be enforced mesh-wide'
  }
  if (need === 'default-on') {
    const v = mode?.mtlsByDefault ?? 'unknown'
    if (v === 'yes') return undefined
    if (v === 'unknown') return 'whether traffic is encrypted by default is unverified'
    return 'traffic between meshed services is not encrypted until you configure mTLS'
  }
  return undefined
}

/**
 * The mode this user would run the mesh in: a usable data plane that meets the mTLS requirement,
 * the one with the lowest compute overhead first (Istio itself recommends ambient mode to new users:
 * https://istio.io/latest/docs/overview/quickstart/). Undefined when no mode qualifies.
 */
export function chosenMode(vendor: Vendor, answers: Pick<Answers, 'sidecars' | 'mtls'>): MeshMode | undefined {
  const modes = vendor.mesh?.modes ?? []
  return usableDataPlanes(vendor, answers)
    .map((plane) => modes.find((m) => m.plane === plane))
    .filter((m): m is MeshMode => m !== undefined && mtlsShortfall(m, answers.mtls) === undefined)
    .sort((a, b) => DATA_PLANE_EFFICIENCY[b.plane] - DATA_PLANE_EFFICIENCY[a.plane])[0]
}
