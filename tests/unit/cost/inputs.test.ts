import { describe, expect, it } from 'vitest'
import { AnswersSchema } from '@/lib/answers/schema'
import { inputsFromAnswers, parseCostInputs } from '@/lib/cost/inputs'
import { SMALL } from '@/tests/support/cost-inputs'

const answers = (extra: Record<string, unknown>) => AnswersSchema.parse({ scope: ['observability', 'cost', 'security'], openSource: 'no-preference', hosting: 'either', costSensitivity: 'medium', consolidation: 'balanced', signals: ['logs', 'metrics', 'traces'], ...extra })

describe('cost inputs', () => {
  it('accept a complete set', () => {
    expect(parseCostInputs(SMALL)).toEqual({ ok: true, inputs: SMALL })
  })

  it('name the field that is out of bounds', () => {
    const r = parseCostInputs({ ...SMALL, cluster: { ...SMALL.cluster, nodes: 0, podsPerNode: 2.5 }, telemetry: { ...SMALL.telemetry, retentionDays: 5000 } })
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual([
      'cluster.nodes: at least 1',
      expect.stringMatching(/^cluster\.podsPerNode: expected a whole number/),
      'telemetry.retentionDays: at most 3,650',
    ])
  })

  it('reject an unknown cloud and unknown fields', () => {
    const r = parseCostInputs({ ...SMALL, cluster: { ...SMALL.cluster, cloud: 'oracle' }, extra: 1 })
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'cluster.cloud: cluster.cloud: expected "aws", "gcp", "azure" or "on-prem"',
      'extra: Unknown field',
    ])
  })
})

describe('inputs from answers', () => {
  it('take each band at its middle on a log scale and the platform as the cloud', () => {
    const i = inputsFromAnswers(answers({ platform: 'gke', logVolume: '100-1000', metricSeries: '1m-10m', traceVolume: '10-100', retention: '90d', orgSize: '100-999' }))
    expect(i.cluster).toEqual({ nodes: 10, podsPerNode: 30, vcpuPerNode: 4, memoryGiBPerNode: 16, cloud: 'gcp' })
    expect(i.telemetry).toEqual({ logsGbPerDay: 320, activeSeries: 3_200_000, tracesGbPerDay: 32, retentionDays: 90 })
    expect(i.accessUsers).toBe(320)
    expect(parseCostInputs(i).ok).toBe(true)
  })

  it('say which values are defaults', () => {
    const i = inputsFromAnswers(answers({}))
    expect(i.assumed).toEqual([
      '10 nodes',
      '30 pods per node',
      '4 vCPU and 16 GiB per node',
      'AWS compute prices (cloud not given)',
      '32 GB of logs a day (log volume not given)',
      '320,000 active series (metric series not given)',
      '3.2 GB of spans a day (trace volume not given)',
      '30 days of retention (retention not given)',
      '45 people needing access (organisation size not given)',
      'the SaaS edition of products sold both ways',
    ])
  })

  it('say only the defaults a slot in scope reads: no log volume or access seats for a mesh and logs-free stack', () => {
    const i = inputsFromAnswers(answers({ scope: ['service-mesh', 'observability'], signals: ['metrics'], sidecars: 'fine' }))
    expect(i.assumed).toEqual([
      '10 nodes',
      '30 pods per node',
      '4 vCPU and 16 GiB per node',
      'AWS compute prices (cloud not given)',
      '320,000 active series (metric series not given)',
      '30 days of retention (retention not given)',
      'the SaaS edition of products sold both ways',
    ])
  })

  it('read the cloud from the clouds in use when the platform does not say', () => {
    expect(inputsFromAnswers(answers({ platform: 'openshift', clouds: ['azure'] })).cluster.cloud).toBe('azure')
    expect(inputsFromAnswers(answers({ platform: 'self-managed' })).cluster.cloud).toBe('on-prem')
    expect(inputsFromAnswers(answers({ platform: 'unspecified', clouds: ['other'] })).cluster.cloud).toBe('on-prem')
  })

  it('run products sold both ways self-hosted when the team hosts itself', () => {
    expect(inputsFromAnswers(answers({ hosting: 'self-hosted' })).hosting).toBe('self-hosted')
  })
})
