import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AnswersSchema } from '@/lib/answers/schema'
import { FIGURES, figurePatch, figureProblem, figureWords, spansToGbPerDay, withoutContradicted, type NumberFigure } from '@/lib/answers/usage'
import { describeIssues } from '@/lib/catalog/issues'
import { inputsFromAnswers } from '@/lib/cost/inputs'
import { EXAMPLE_TEAM } from '../../support/example-team'

const team = EXAMPLE_TEAM
const parse = (extra: Record<string, unknown>) => AnswersSchema.parse({ ...team, ...extra })
const issues = (extra: Record<string, unknown>) => {
  const raw = { ...team, ...extra }
  const r = AnswersSchema.safeParse(raw)
  return r.success ? [] : describeIssues(r.error.issues, raw).map((i) => `${i.path}: ${i.message}`)
}
const figure = (name: string) => FIGURES.find((f) => f.name === name) as NumberFigure

describe('exact usage figures in the answers', () => {
  it('set the band they fall in when the band is left out or "Not sure"', () => {
    const a = parse({
      cluster: { nodes: 12, podsPerNode: 35 },
      telemetry: { logsGbPerDay: 250, activeSeries: 2_000_000, retentionDays: 14 },
      cloudSpendPerMonth: 45_000,
      podsPerNode: 'unspecified',
    })
    expect([a.clusterNodes, a.podsPerNode, a.logVolume, a.metricSeries, a.retention, a.cloudSpend]).toEqual(['11-50', '21-50', '100-1000', '1m-10m', '7d', '10k-100k'])
    // a band the figures do not touch keeps its default
    expect(a.traceVolume).toBe('unspecified')
  })

  it('follow the options\' labels at the band edges, and the nearest band on a log scale for retention', () => {
    const band = (name: string, n: number) => figure(name).band!.of(n)
    expect([10, 11, 50, 51, 200, 201, 1000, 1001].map((n) => band('nodes', n))).toEqual(['1-10', '11-50', '11-50', '51-200', '51-200', '201-1000', '201-1000', 'over-1000'])
    expect([20, 21, 110, 111].map((n) => band('podsPerNode', n))).toEqual(['up-to-20', '21-50', '51-110', 'over-110'])
    expect([9.999, 10, 999, 1000].map((n) => band('logsGbPerDay', n))).toEqual(['under-10', '10-100', '100-1000', 'over-1000'])
    // √(7×30) ≈ 14.5, √(30×90) ≈ 52, √(90×365) ≈ 181
    expect([14, 15, 51, 52, 181, 182].map((n) => band('retentionDays', n))).toEqual(['7d', '30d', '30d', '90d', '90d', '1y-plus'])
  })

  it('size the trace band from a span rate at the typical span size when no GB figure is given', () => {
    // 2,000 spans a second × 500 bytes × 86,400 s = 86.4 GB a day
    expect(spansToGbPerDay(2000)).toBeCloseTo(86.4, 9)
    expect(parse({ telemetry: { spansPerSecond: 2000 } }).traceVolume).toBe('10-100')
    expect(parse({ telemetry: { spansPerSecond: 2000, tracesGbPerDay: 0.5 } }).traceVolume).toBe('under-1')
  })

  it('refuse a band that contradicts its figure, and a cloud other than the managed platform\'s, naming the figure', () => {
    expect(issues({ cluster: { nodes: 12, cloud: 'gcp' }, clusterNodes: '1-10', platform: 'eks' })).toEqual([
      'cluster.nodes: 12 nodes is in the band "11 to 50", but clusterNodes says "Up to 10": leave clusterNodes out or make the two agree',
      'cluster.cloud: "gcp" is not where platform "eks" runs ("aws"): leave cluster.cloud out or make the two agree',
    ])
    expect(issues({ telemetry: { spansPerSecond: 10 }, traceVolume: 'over-100' })).toEqual([
      expect.stringMatching(/^telemetry\.spansPerSecond: 10 spans per second \(≈ 0\.432 GB a day at 500 bytes a span\) is in the band "Under 1 GB of spans a day"/),
    ])
    // agreeing answers are fine
    expect(issues({ cluster: { nodes: 12, cloud: 'aws' }, clusterNodes: '11-50', platform: 'eks' })).toEqual([])
  })

  it('name a figure out of range or of the wrong kind, and unknown figures', () => {
    expect(issues({ cluster: { nodes: 0, podsPerNode: 2.5, size: 'big' }, telemetry: { logsGbPerDay: -1 }, accessUsers: 'ten' })).toEqual([
      'cluster.nodes: At least 1',
      'cluster.podsPerNode: Expected a whole number from 1 to 1,000',
      'cluster.size: Unknown field',
      'telemetry.logsGbPerDay: At least 0',
      'accessUsers: Expected a whole number from 0 to 1,000,000',
    ])
  })

  it('keep figures to a thousandth, in one key order, and drop those the scope does not ask (one spelling, one meaning)', () => {
    const a = parse({ telemetry: { retentionDays: 30, logsGbPerDay: 12.34567 }, cluster: { podsPerNode: 20, nodes: 3 } })
    expect(JSON.stringify(a.telemetry)).toBe('{"logsGbPerDay":12.346,"retentionDays":30}')
    expect(JSON.stringify(a.cluster)).toBe('{"nodes":3,"podsPerNode":20}')
    const meshOnly = parse({ scope: ['service-mesh'], cluster: { nodes: 3 }, telemetry: { logsGbPerDay: 5 }, accessUsers: 9, cloudSpendPerMonth: 1 })
    expect(meshOnly).toEqual(parse({ scope: ['service-mesh'], cluster: { nodes: 3 } }))
    expect(parse({ cluster: {}, telemetry: {} })).toEqual(parse({}))
  })

  it('replace the band middles and defaults in the cost inputs, so the estimate assumes less', () => {
    const a = parse({ platform: 'gke', cluster: { nodes: 40, podsPerNode: 60, vcpuPerNode: 8 }, telemetry: { logsGbPerDay: 75, activeSeries: 500_000, spansPerSecond: 2000, retentionDays: 60 }, accessUsers: 12, secretsStored: 900 })
    const i = inputsFromAnswers(a)
    expect(i.cluster).toEqual({ nodes: 40, podsPerNode: 60, cloud: 'gcp', vcpuPerNode: 8, memoryGiBPerNode: 16 })
    expect(i.telemetry).toEqual({ logsGbPerDay: 75, activeSeries: 500_000, tracesGbPerDay: 86.4, spansPerSecond: 2000, retentionDays: 60 })
    expect([i.accessUsers, i.secretsStored]).toEqual([12, 900])
    expect(i.assumed).toEqual([
      '16 GiB per node',
      "500 bytes a span, so 2,000 spans per second ≈ 86.4 GB a day (Grafana Tempo's typical span size)",
      'the SaaS edition of products sold both ways',
    ])
  })

  it('are said in words for reports and the review', () => {
    expect(figureWords(parse({ cluster: { nodes: 1, cloud: 'on-prem' }, telemetry: { logsGbPerDay: 1500.5 }, accessUsers: 1 }))).toEqual([
      '1 node',
      'nodes on premises hardware',
      '1,500.5 GB of logs a day',
      '1 person needs access',
    ])
  })
})

describe('figures at a band edge', () => {
  it('are checked as they are kept, so what is accepted parses again to itself', () => {
    // 9.9996 GB is kept as 10 GB: the band "10 to 100", not "under 10"
    expect(issues({ telemetry: { logsGbPerDay: 9.9996 }, logVolume: 'under-10' })).toEqual([expect.stringMatching(/^telemetry\.logsGbPerDay: 10 GB of logs a day is in the band "10 to 100 GB a day"/)])
    fc.assert(
      fc.property(
        fc.constantFrom(...FIGURES.filter((f): f is NumberFigure => f.kind === 'number' && f.band !== undefined)),
        fc.double({ min: -0.002, max: 0.002, noNaN: true }),
        fc.constantFrom(10, 11, 21, 51, 100, 111, 1000, 1e4, 1e5, 1e6, 1e7, 15, 52, 182),
        (f, nudge, edge) => {
          const value = f.int ? edge : edge + nudge
          if (value < f.min || value > f.max) return
          const raw = { ...team, [f.group ?? f.name]: f.group ? { [f.name]: value } : value, [f.band!.field]: f.band!.of(value) }
          const once = AnswersSchema.safeParse(raw)
          if (once.success) expect(AnswersSchema.parse(once.data)).toEqual(once.data)
        },
      ),
      { numRuns: 2000 },
    )
  })
})

describe('a band changed in the wizard or the what-if panel', () => {
  const linked = parse({ cluster: { nodes: 12, podsPerNode: 35 }, telemetry: { logsGbPerDay: 250 } })

  it('replaces the exact figure behind it, and only that one', () => {
    const moved = withoutContradicted({ ...linked, clusterNodes: '201-1000' })
    expect(moved.cluster).toEqual({ podsPerNode: 35 })
    expect(AnswersSchema.parse(moved).clusterNodes).toBe('201-1000')
    expect(withoutContradicted({ ...linked, logVolume: 'unspecified' }).telemetry).toBeUndefined()
  })

  it('replaces every figure behind it, a span rate behind GB of spans included', () => {
    const both = parse({ telemetry: { tracesGbPerDay: 5, spansPerSecond: 100_000 } })
    const moved = withoutContradicted({ ...both, traceVolume: '10-100' })
    expect(moved.telemetry).toBeUndefined()
    expect(AnswersSchema.safeParse(moved).success).toBe(true)
  })

  it('lists in the review only the figures the scope still asks', () => {
    const draft = { ...parse({ telemetry: { logsGbPerDay: 250 }, accessUsers: 40, cluster: { nodes: 12 } }), scope: ['service-mesh'] as ('service-mesh')[] }
    expect(figureWords(draft)).toEqual(['12 nodes'])
  })

  it('leaves figures that agree with their bands as they are', () => {
    expect(withoutContradicted(linked)).toBe(linked)
  })
})

describe('an exact number typed in the browser', () => {
  const linked = parse({ cluster: { nodes: 12, podsPerNode: 35 } })

  it('sets the figure with its band, so the answers stay valid, and clearing it keeps the band', () => {
    const set = AnswersSchema.parse({ ...linked, ...figurePatch(linked, figure('nodes'), 640) })
    expect([set.cluster, set.clusterNodes]).toEqual([{ nodes: 640, podsPerNode: 35 }, '201-1000'])
    const cleared = AnswersSchema.parse({ ...set, ...figurePatch(set, figure('nodes'), undefined) })
    expect([cleared.cluster, cleared.clusterNodes]).toEqual([{ podsPerNode: 35 }, '201-1000'])
    const none = AnswersSchema.parse({ ...cleared, ...figurePatch(cleared, figure('podsPerNode'), undefined) })
    expect(none.cluster).toBeUndefined()
  })

  it('is checked with the words the API uses', () => {
    expect(figureProblem(figure('nodes'), 0)).toBe('At least 1')
    expect(figureProblem(figure('nodes'), 2.5)).toBe('Expected a whole number from 1 to 5,000')
    expect(figureProblem(figure('logsGbPerDay'), Number.NaN)).toBe('Expected a number from 0 to 1,000,000')
    expect(figureProblem(figure('logsGbPerDay'), 2.5)).toBeNull()
  })
})
