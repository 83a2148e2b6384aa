import type { DataPlane, Vendor } from '../catalog/schema'
import { DATA_PLANE_EFFICIENCY, DATA_PLANE_LABEL } from '../scoring/mesh'
import { addBands, qty, type Band, type Ledger } from './ledger'
import { priceCompute } from './rates'

/** Published proxy memory is in MB (10^6 bytes); rates are per GiB. */
const MB_PER_GIB = 2 ** 30 / 1e6
const mb = (n: number) => n / MB_PER_GIB
const mib = (n: number) => n / 1024

/** Kubernetes requests per sidecar: what the scheduler reserves on the node whatever the proxy uses. */
const SIDECAR_REQUESTS: Record<string, { id: string; cpu: string; mem: string }> = {
  istio: { id: 'istio-sidecar-default-requests', cpu: 'cpu_m', mem: 'memory_mi' },
  tetrate: { id: 'istio-sidecar-default-requests', cpu: 'cpu_m', mem: 'memory_mi' },
  'google-cloud-service-mesh': { id: 'istio-sidecar-default-requests', cpu: 'cpu_m', mem: 'memory_mi' },
  'aks-istio-addon': { id: 'istio-sidecar-default-requests', cpu: 'cpu_m', mem: 'memory_mi' },
  'hashicorp-consul': { id: 'consul-envoy-sidecar-recommended', cpu: 'cpu_m', mem: 'memory_mi' },
  kuma: { id: 'kuma-envoy-sidecar-defaults', cpu: 'cpu_m', mem: 'memory_mi' },
  linkerd: { id: 'linkerd-proxy-ha-default-requests', cpu: 'cpu_m', mem: 'memory_request_mi' },
}

/** Meshes whose control plane the team runs as istiod (vendor-run ones bill it in their fee). */
const RUNS_ISTIOD = new Set(['istio', 'tetrate'])

/**
 * The data plane this estimate prices: the one asked for when the vendor has it, else the one with
 * the lowest overhead (the order the ranking's chosen mode uses).
 */
export function meshPlane(vendor: Vendor, asked?: DataPlane): DataPlane | undefined {
  const planes = vendor.mesh?.dataPlanes ?? []
  if (asked && planes.includes(asked)) return asked
  return [...planes].sort((a, b) => DATA_PLANE_EFFICIENCY[b] - DATA_PLANE_EFFICIENCY[a])[0]
}

/** Cluster-wide request rate: the input, or Istio's load-test ratio of requests per pod. */
function requestRate(l: Ledger): number {
  const { nodes, podsPerNode, requestsPerSecond } = l.inputs.cluster
  if (requestsPerSecond !== undefined) return requestsPerSecond
  const perPod = l.part('istio-load-test-mesh', 'rps') / l.part('istio-load-test-mesh', 'pods')
  const r = nodes * podsPerNode * perPod
  l.line(`Request rate assumed: ${qty(perPod)} rps per pod × ${qty(nodes * podsPerNode)} pods = ${qty(r)} rps (Istio's load-test mesh, 70,000 rps across 2,000 pods ${l.cite('istio-load-test-mesh')})`)
  return r
}

/** Monthly data-plane (and self-run control-plane) compute of a mesh vendor in one data-plane mode. */
export function meshCost(l: Ledger, vendor: Vendor, plane: DataPlane): Band {
  l.line(`Data plane: ${DATA_PLANE_LABEL[plane]} (${l.inputs.cluster.nodes} nodes × ${l.inputs.cluster.podsPerNode} pods)`)
  const parts: Band[] = []
  if (plane === 'sidecar-envoy' || plane === 'sidecar-micro-proxy') parts.push(sidecars(l, vendor.id, plane))
  else if (plane === 'ambient') parts.push(ambient(l))
  else parts.push(perNodeAgent(l))
  if (RUNS_ISTIOD.has(vendor.id)) {
    const cpu = l.part('istio-istiod-control-plane', 'cpu_vcpu')
    const gib = mb(l.part('istio-istiod-control-plane', 'memory_gb') * 1000)
    parts.push(priceCompute(l, `istiod as measured at Istio's load-test scale ${l.cite('istio-istiod-control-plane')}`, flatBand(cpu), flatBand(gib)))
  } else if (vendor.delivery.model === 'self-hosted') {
    // a control plane is a few replicas per cluster; the proxies on every pod or node are the bulk
    l.exclude('Control plane: no published resource figure in the price book', 'minor')
  }
  if (vendor.delivery.model !== 'self-hosted') l.excludeUnknowns(vendor.id, 'Vendor fee')
  return addBands(...parts)
}

const flatBand = (n: number): Band => ({ low: n, expected: n, high: n })

/**
 * Sidecars: CPU follows the traffic through each proxy (every request crosses a client and a
 * server proxy), memory is per proxy. Low is what the proxies use; expected and high are what the
 * scheduler reserves, the larger of use and the default requests, since nodes are paid by capacity.
 */
function sidecars(l: Ledger, vendorId: string, plane: DataPlane): Band {
  const { nodes, podsPerNode } = l.inputs.cluster
  const pods = nodes * podsPerNode
  const proxyKRps = (2 * requestRate(l)) / 1000
  let cpuLo: number, cpuHi: number, memLo: number, memHi: number
  if (plane === 'sidecar-micro-proxy') {
    // Linkerd publishes no absolute CPU figure; its benchmark gives max proxy CPU time relative to
    // Envoy's, applied to Istio's Envoy figure. The high end keeps Envoy's own figure.
    const ratio = l.value('linkerd-proxy-max-cpu-time-benchmark') / l.value('linkerd-benchmark-envoy-max-cpu-time')
    cpuHi = l.value('istio-sidecar-cpu')
    cpuLo = cpuHi * ratio
    memLo = memHi = l.value('linkerd-proxy-max-memory-benchmark')
    l.line(
      `Proxy use: ${qty(cpuLo)}–${qty(cpuHi)} vCPU per 1,000 proxied rps (Envoy's 0.20 ${l.cite('istio-sidecar-cpu')} × 36/67 ms CPU time ${l.cite('linkerd-proxy-max-cpu-time-benchmark')}), ${qty(memLo)} MB per proxy ${l.cite('linkerd-proxy-max-memory-benchmark')}`,
    )
  } else {
    cpuLo = l.value('istio-sidecar-cpu')
    cpuHi = l.part('istio-1-11-sidecar', 'cpu_vcpu')
    memLo = l.value('istio-sidecar-memory')
    memHi = l.value('linkerd-benchmark-envoy-max-memory')
    l.line(
      `Proxy use: ${qty(cpuLo)} vCPU per 1,000 proxied rps ${l.cite('istio-sidecar-cpu')} to ${qty(cpuHi)} ${l.cite('istio-1-11-sidecar')}; ${qty(memLo)} MB per proxy ${l.cite('istio-sidecar-memory')} to ${qty(memHi)} MB ${l.cite('linkerd-benchmark-envoy-max-memory')}`,
    )
  }
  const req = SIDECAR_REQUESTS[vendorId] ?? SIDECAR_REQUESTS.istio!
  const reqCpu = (pods * l.part(req.id, req.cpu)) / 1000
  const reqGib = pods * mib(l.part(req.id, req.mem))
  l.line(
    `${qty(pods)} sidecars; ${qty(proxyKRps * 1000)} proxied rps (2 proxies per request); requests ${qty(l.part(req.id, req.cpu))}m CPU and ${qty(l.part(req.id, req.mem))} Mi per sidecar ${l.cite(req.id)}`,
  )
  const vcpu = { low: cpuLo * proxyKRps, expected: Math.max(cpuLo * proxyKRps, reqCpu), high: Math.max(cpuHi * proxyKRps, reqCpu) }
  const gib = { low: pods * mb(memLo), expected: Math.max(pods * mb(memLo), reqGib), high: Math.max(pods * mb(memHi), reqGib) }
  return priceCompute(l, 'Sidecars (low: use; expected and high: the larger of use and requests)', vcpu, gib)
}

/**
 * Ambient: one ztunnel per node (a request crosses the source and destination ztunnels); waypoints
 * add L7 processing for the traffic they serve. Low is L4 only, expected adds waypoints for all
 * traffic at measured use, high at the larger of use and their default requests.
 */
function ambient(l: Ledger): Band {
  const { nodes } = l.inputs.cluster
  const r = requestRate(l)
  const zCpu = l.value('istio-ztunnel-cpu') * ((2 * r) / 1000)
  const zGib = nodes * mb(l.value('istio-ztunnel-memory'))
  const replicas = Math.max(1, Math.ceil(r / 1000))
  const wCpu = l.value('istio-waypoint-cpu') * (r / 1000)
  const wGib = replicas * mb(l.value('istio-waypoint-memory'))
  const wReqCpu = (replicas * l.part('istio-waypoint-default-requests', 'cpu_m')) / 1000
  const wReqGib = replicas * mib(l.part('istio-waypoint-default-requests', 'memory_mi'))
  l.line(`ztunnel: ${l.value('istio-ztunnel-cpu')} vCPU per 1,000 rps ${l.cite('istio-ztunnel-cpu')} × ${qty((2 * r) / 1000)}k rps (2 per request); ${l.value('istio-ztunnel-memory')} MB × ${nodes} nodes ${l.cite('istio-ztunnel-memory')}`)
  l.line(
    `Waypoints: ${l.value('istio-waypoint-cpu')} vCPU per 1,000 rps ${l.cite('istio-waypoint-cpu')} × ${qty(r / 1000)}k rps; ${replicas} replica(s) of ${l.value('istio-waypoint-memory')} MB ${l.cite('istio-waypoint-memory')}, requests ${l.cite('istio-waypoint-default-requests')}; low leaves them out (L4 only)`,
  )
  const vcpu = { low: zCpu, expected: zCpu + wCpu, high: zCpu + Math.max(wCpu, wReqCpu) }
  const gib = { low: zGib, expected: zGib + wGib, high: zGib + Math.max(wGib, wReqGib) }
  return priceCompute(l, 'ztunnel and waypoints', vcpu, gib)
}

/**
 * Cilium: one agent per node, measured in Cilium's 1,000-node scale test. The agent is also the CNI,
 * so a team already on Cilium pays most of this today. The per-node Envoy that handles L7 has no
 * published figure and is left out, visibly.
 */
function perNodeAgent(l: Ledger): Band {
  const { nodes } = l.inputs.cluster
  const cpu = (l.value('cilium-agent-cpu') / 100) * 2
  const avg = l.part('cilium-agent-memory-1000-nodes', 'avg_mib')
  const max = l.part('cilium-agent-memory-1000-nodes', 'max_mib')
  const ebpf = l.value('cilium-agent-ebpf-memory')
  l.line(`Agent CPU: 3.38% of a 2-vCPU node = ${qty(cpu)} vCPU per node ${l.cite('cilium-agent-cpu')}`)
  l.line(
    `Agent memory per node: ${avg} MiB average (low), plus ${ebpf} MiB of eBPF maps (expected), ${max} MiB maximum plus eBPF maps (high) ${l.cite('cilium-agent-memory-1000-nodes')} ${l.cite('cilium-agent-ebpf-memory')}; measured at 1,000 nodes and 50,000 pods`,
  )
  l.line('The agent is also the CNI: with Cilium already the CNI, most of this is paid today')
  // one Envoy per node, only where L7 policy is used: the same order as the agent priced here
  l.excludeUnknowns('cilium', 'Per-node Envoy for L7 policy', 'minor')
  const vcpu = flatBand(nodes * cpu)
  const gib = { low: nodes * mib(avg), expected: nodes * mib(avg + ebpf), high: nodes * mib(max + ebpf) }
  return priceCompute(l, `Cilium agents on ${nodes} nodes`, vcpu, gib)
}
