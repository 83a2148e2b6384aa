import { describe, expect, it } from 'vitest'
import { AnswersSchema, type AnswersInput } from '@/lib/answers/schema'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { applyChanges, compareScenarios } from '@/lib/scenarios/compare'
import { EXAMPLE_TEAM } from '../../support/example-team'

const BASE = EXAMPLE_TEAM
const answers = (patch: AnswersInput = {}) => AnswersSchema.parse({ ...BASE, ...patch })
const compare = (patch: AnswersInput) => compareScenarios(answers(), answers(patch), EMBEDDED_CATALOG)
const keys = (xs: { key: string }[]) => xs.map((x) => x.key)

describe('comparing two scenarios', () => {
  it('finds nothing between equal answers', () => {
    const c = compare({})
    expect(c.changes).toEqual([])
    expect(c.slots).toEqual([])
  })

  it('traces OpenCost in the cost slot to requiring open source', () => {
    const c = compare({ openSource: 'required' })
    expect(c.changes).toEqual([{ key: 'openSource', label: 'Open-source preference', from: 'Preferred', to: 'Required' }])
    const cost = c.slots.find((s) => s.slot === 'k8s-cost')
    expect(cost?.b.name).toBe('OpenCost')
    expect(cost?.a.name).not.toBe('OpenCost')
    expect(cost?.together).toBe(false)
    expect(keys(cost?.because ?? [])).toEqual(['openSource'])
  })

  it('names only the change that flips a slot when another changes nothing there', () => {
    const c = compare({ openSource: 'required', hosting: 'self-hosted' })
    expect(keys(c.changes)).toEqual(['openSource', 'hosting'])
    expect(keys(c.slots.find((s) => s.slot === 'k8s-cost')?.because ?? [])).toEqual(['openSource'])
  })

  it('says when a pick takes two changes together, and leaves out a change it does not need', () => {
    const c = compare({ openSource: 'no-preference', costSensitivity: 'low', mtls: 'no-preference' })
    const metrics = c.slots.find((s) => s.slot === 'metrics')
    expect(metrics?.together).toBe(true)
    expect(keys(metrics?.because ?? []).sort()).toEqual(['costSensitivity', 'openSource'])
  })

  it('puts slots only one scenario has down to the scope', () => {
    const c = compare({ scope: ['service-mesh', 'observability'] })
    const onlyA = c.slots.filter((s) => s.a.inScope && !s.b.inScope).map((s) => s.slot)
    expect(onlyA).toEqual(['access-control', 'secrets', 'k8s-cost', 'cloud-cost'])
    for (const s of c.slots) expect(keys(s.because)).toEqual(['scope'])
  })

  it('shows a field only one scope asks as not asked on the other side', () => {
    const c = compare({ scope: ['observability'], sidecars: 'avoid' })
    // answers of an area out of scope take their defaults, so only the scope differs here
    expect(keys(c.changes)).toEqual(['scope'])
    const d = compareScenarios(answers({ scope: ['observability'] }), answers({ sidecars: 'avoid' }), EMBEDDED_CATALOG)
    expect(d.changes.find((x) => x.key === 'sidecars')).toEqual({ key: 'sidecars', label: 'Sidecar tolerance', from: 'Not asked', to: 'Avoid sidecars' })
  })

  it('counts an importance override as an answer that can cause a difference', () => {
    const c = compare({ weights: { openness: 10 } })
    expect(c.changes).toEqual([{ key: 'weights.openness', label: 'Importance of Open-source licence', from: 'From your answers (4)', to: '10' }])
    for (const s of c.slots) expect(keys(s.because)).toEqual(['weights.openness'])
  })

  it('keeps tools to keep among the tools in use when only one of the two lists is applied', () => {
    const a = answers({ existingTools: ['istio'], keep: ['istio'] })
    const b = answers({ existingTools: ['linkerd'], keep: ['linkerd'] })
    expect(applyChanges(a, b, ['existingTools'])).toMatchObject({ existingTools: ['linkerd'], keep: [] })
    expect(applyChanges(a, b, ['keep'])).toMatchObject({ existingTools: ['istio'], keep: [] })
  })

  it('lists exact figures that differ, and applies one alone with its band or a band alone over the figure', () => {
    const a = answers({ cluster: { nodes: 12 }, telemetry: { logsGbPerDay: 40 } })
    const b = answers({ cluster: { nodes: 400 }, telemetry: { logsGbPerDay: 40 } })
    const c = compareScenarios(a, b, EMBEDDED_CATALOG)
    expect(c.changes).toEqual([
      { key: 'clusterNodes', label: 'Nodes across your clusters', from: '11 to 50', to: '201 to 1,000' },
      { key: 'cluster.nodes', label: 'Nodes across your clusters', from: '12 nodes', to: '400 nodes' },
    ])
    // the figure alone brings its band; the band alone replaces A's figure
    expect(applyChanges(a, b, ['cluster.nodes'])).toEqual(b)
    expect(applyChanges(a, b, ['clusterNodes'])).toMatchObject({ clusterNodes: '201-1000', telemetry: { logsGbPerDay: 40 } })
    expect(applyChanges(a, b, ['clusterNodes'])!.cluster).toBeUndefined()
    // a figure given on one side only
    expect(compareScenarios(answers(), answers({ accessUsers: 30 }), EMBEDDED_CATALOG).changes).toEqual([
      { key: 'accessUsers', label: 'People needing access (per-seat security pricing)', from: 'Not given', to: '30 people need access' },
    ])
  })
})
