import type { Answers } from '@/lib/answers/schema'
import type { ScenarioComparison } from '@/lib/scenarios/compare'

export type Comparison = { ok: true; result: ScenarioComparison; dataVersion: string } | { ok: false; message: string }

/** The engine, the vendor data and the share codec: loaded once, when a comparison is first asked for. */
export interface Comparer {
  compare: (a: { name: string; token: string }, b: { name: string; token: string }) => Comparison
}

let loading: Promise<Comparer> | null = null

export function loadComparer(): Promise<Comparer> {
  loading ??= Promise.all([import('@/lib/scenarios/compare'), import('@/lib/catalog/embedded-client'), import('@/lib/share/codec')]).then(
    ([cmp, c, codec]) => ({
      compare: (a, b) => {
        const decoded: Answers[] = []
        for (const s of [a, b]) {
          const d = codec.decodeShareToken(s.token, c.CLIENT_CATALOG)
          if (!d.ok) return { ok: false, message: `“${s.name}” cannot be read: ${d.error}.` }
          decoded.push(d.value.answers)
        }
        return { ok: true, result: cmp.compareScenarios(decoded[0]!, decoded[1]!, c.CLIENT_CATALOG), dataVersion: c.CLIENT_CATALOG.version }
      },
    }),
  )
  return loading
}
