import fc from 'fast-check'
import { CLOUD_IDS } from '@/lib/cost/price-book'
import type { CostInputs } from '@/lib/cost/inputs'

/**
 * A small cluster whose arithmetic fits in a test comment: 2 nodes × 10 pods on AWS, 1,000 rps,
 * 10 GB of logs and 1 GB of spans a day, 100,000 series, 30 days, 20 people.
 */
export const SMALL: CostInputs = {
  cluster: { nodes: 2, podsPerNode: 10, cloud: 'aws', vcpuPerNode: 4, memoryGiBPerNode: 16, requestsPerSecond: 1000 },
  telemetry: { logsGbPerDay: 10, activeSeries: 100_000, tracesGbPerDay: 1, retentionDays: 30 },
  accessUsers: 20,
  hosting: 'saas',
  assumed: [],
}

/** Any valid inputs within realistic ranges (rps left to the default half the time). */
export const CostInputsArb: fc.Arbitrary<CostInputs> = fc.record({
  cluster: fc.record({
    nodes: fc.integer({ min: 1, max: 500 }),
    podsPerNode: fc.integer({ min: 1, max: 110 }),
    cloud: fc.constantFrom(...CLOUD_IDS),
    vcpuPerNode: fc.constantFrom(2, 4, 8, 16, 64),
    memoryGiBPerNode: fc.constantFrom(4, 16, 32, 64, 256),
    requestsPerSecond: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }),
  }),
  telemetry: fc.record({
    logsGbPerDay: fc.integer({ min: 0, max: 5000 }),
    activeSeries: fc.integer({ min: 0, max: 20_000_000 }),
    tracesGbPerDay: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
    retentionDays: fc.integer({ min: 1, max: 400 }),
  }),
  accessUsers: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
  cloudSpendPerMonth: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
  hosting: fc.constantFrom('saas' as const, 'self-hosted' as const),
  assumed: fc.constant([]),
}, { requiredKeys: ['cluster', 'telemetry', 'hosting', 'assumed'] })
