import { describe, expect, it } from 'vitest'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { isKnown } from '@/lib/cost/ledger'
import { handleRecommendBody } from '@/lib/http/recommend-request'
import { decodeShareToken } from '@/lib/share/codec'
import { EXAMPLE_TEAM } from '../../support/example-team'

const catalog = EMBEDDED_CATALOG
const team = { ...EXAMPLE_TEAM, platform: 'eks' }
const post = (body: unknown) => handleRecommendBody(JSON.stringify(body), 'application/json', catalog)

describe('POST /api/recommend with exact usage figures', () => {
  it('prices the team’s own numbers, says only the defaults still taken, and carries the figures in the share link', () => {
    const figures = { cluster: { nodes: 140, podsPerNode: 45, vcpuPerNode: 8, memoryGiBPerNode: 32 }, telemetry: { logsGbPerDay: 400, activeSeries: 1_500_000, tracesGbPerDay: 20, retentionDays: 30 }, accessUsers: 80, secretsStored: 2500, cloudSpendPerMonth: 250_000 }
    const res = post({ ...team, ...figures })
    expect(res.status).toBe(200)
    if (res.status !== 200) return
    expect(res.body.answers).toMatchObject({ ...figures, clusterNodes: '51-200', podsPerNode: '21-50', logVolume: '100-1000', metricSeries: '1m-10m', traceVolume: '10-100', retention: '30d', cloudSpend: '100k-1m' })
    expect(res.body.monthlyCost?.assumed).toEqual(['the SaaS edition of products sold both ways'])
    const decoded = decodeShareToken(res.body.share.token, catalog)
    expect(decoded.ok && decoded.value.answers).toEqual(res.body.answers)
  })

  it('gives figures inside one band their own estimates', () => {
    const meshCost = (nodes: number) => {
      const res = post({ ...team, cluster: { nodes } })
      if (res.status !== 200) throw new Error(res.body.message)
      const pick = res.body.stack.find((p) => p.slot === 'service-mesh')!
      return { vendor: pick.vendor, cost: pick.monthlyCost }
    }
    const [small, large] = [meshCost(12), meshCost(48)]
    expect(small.vendor).toBe(large.vendor)
    // the same band ("11 to 50"): the estimates still scale with the nodes given
    expect(isKnown(small.cost!) && isKnown(large.cost!)).toBe(true)
    if (isKnown(small.cost!) && isKnown(large.cost!)) expect(large.cost.expected).toBeGreaterThan(small.cost.expected * 2)
  })

  it('answers 400 naming the figure when it contradicts its band or the platform', () => {
    const res = post({ ...team, cluster: { nodes: 300, cloud: 'azure' }, clusterNodes: '11-50' })
    expect(res.status).toBe(400)
    if (res.status === 200) return
    expect(res.body.issues?.map((i) => i.path)).toEqual(['cluster.nodes', 'cluster.cloud'])
    expect(res.body.message).toMatch(/^cluster\.nodes: 300 nodes is in the band "201 to 1,000", but clusterNodes says "11 to 50"/)
  })
})
