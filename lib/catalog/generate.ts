import type { Dataset, Vendor } from './schema'
import { DATA_PLANES, DELIVERY_MODELS, OPEN_SOURCE_MODELS } from './schema'
import { CAPABILITIES } from './capabilities'
import { SIGNAL_IDS, SLOT_AREA, SLOT_IDS, type SlotId } from './slots'

/** Small deterministic PRNG (mulberry32), so generated catalogs are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const AREA_SLOTS: Record<string, SlotId[]> = {}
for (const s of SLOT_IDS) (AREA_SLOTS[SLOT_AREA[s]] ??= []).push(s)

/**
 * A synthetic but schema-valid data set of `count` vendors, for benchmarks and property tests.
 * Each vendor serves one area and a random non-empty subset of its slots, like the real landscape.
 */
export function generateDataset(count: number, seed = 1): Dataset {
  const rnd = prng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const vendors: Vendor[] = []
  const areas = Object.keys(AREA_SLOTS)
  for (let i = 0; i < count; i++) {
    const area = areas[i % areas.length]!
    const slots = AREA_SLOTS[area]!.filter(() => rnd() < 0.6)
    if (slots.length === 0) slots.push(pick(AREA_SLOTS[area]!))
    const id = `gen-${String(i).padStart(5, '0')}`
    const v: Vendor = {
      id,
      name: `Generated ${i}`,
      company: `Company ${i % 97}`,
      homepage: `https://example.com/${id}`,
      description: 'Synthetic vendor for benchmarks and property tests.',
      slots: slots.map((slot) => {
        const fit = pick(['core', 'core', 'core', 'partial', 'complement'] as const)
        return fit === 'core' ? { slot, fit } : { slot, fit, note: 'synthetic' }
      }),
      license: { spdx: 'synthetic', model: pick(OPEN_SOURCE_MODELS) },
      cncf: { status: pick(['graduated', 'incubating', 'sandbox', 'none'] as const) },
      delivery: { model: pick(DELIVERY_MODELS) },
      ownership: { status: 'synthetic', asOf: '2026', verification: pick(['verified', 'secondary', 'unverified'] as const) },
      origin: 'landscape',
      unverified: rnd() < 0.3 ? ['ownership'] : [],
      sources: ['https://example.com/source'],
      asOf: '2026-11-24',
    }
    if (area === 'service-mesh') {
      const dataPlanes = [...new Set([pick(DATA_PLANES), pick(DATA_PLANES)])]
      v.mesh = {
        dataPlanes,
        dataPlaneNotes: 'synthetic',
        proxy: 'synthetic',
        modes: dataPlanes.map((plane) => ({
          plane,
          mtlsByDefault: pick(['yes', 'no', 'partial', 'unknown'] as const),
          plaintextFromUnmeshed: pick(['accepted', 'rejected'] as const),
          strictMeshWide: pick(['yes', 'partial', 'no', 'unknown'] as const),
          sources: ['https://example.com/mtls'],
          asOf: '2026-11',
        })),
        multiCluster: 'yes',
        overhead: ['synthetic'],
      }
    }
    // capability facts for every slot served, as the real data has them
    v.capabilities = Object.fromEntries(
      v.slots.map((s) => [
        s.slot,
        Object.fromEntries(
          CAPABILITIES[s.slot].map((c) => {
            const value = pick(['yes', 'yes', 'partial', 'no', 'unknown'] as const)
            return [c.id, value === 'unknown' ? { value } : { value, ...(value === 'partial' ? { note: 'synthetic' } : {}), source: 'https://example.com/capability', asOf: '2026-11' }]
          }),
        ),
      ]),
    )
    if (area === 'observability')
      v.observability = {
        signals: [...SIGNAL_IDS],
        role: pick(['platform', 'backend', 'pipeline'] as const),
        pricingModel: 'synthetic',
        freeTier: rnd() < 0.5,
      }
    if (area === 'security')
      v.security = { accessModel: 'synthetic', kubernetesIntegration: pick(['native', 'api-integration', 'none'] as const), sso: 'yes' }
    if (area === 'cost')
      v.cost = {
        optimizes: 'synthetic',
        automation: pick(['automated', 'visibility'] as const),
        focus: pick(['allocation', 'savings', 'both'] as const),
        kubernetesNative: pick(['yes', 'partial'] as const),
        pricingModel: 'synthetic',
        freeTier: false,
      }
    vendors.push(v)
  }
  // every slot needs a core vendor, as in the real data
  for (const slot of SLOT_IDS)
    if (!vendors.some((v) => v.slots.some((s) => s.slot === slot && s.fit === 'core'))) {
      const host = vendors.find((v) => SLOT_AREA[slot] === areas[vendors.indexOf(v) % areas.length])!
      host.slots = [...host.slots.filter((s) => s.slot !== slot), { slot, fit: 'core' }]
    }
  return { title: `Generated catalog of ${count} vendors`, asOf: '2026-11-24', vendors }
}
