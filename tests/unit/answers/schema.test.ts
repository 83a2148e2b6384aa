import { describe, expect, it } from 'vitest'
import { FIELDS, QUESTIONS } from '@/lib/answers/registry'
import { AnswersSchema } from '@/lib/answers/schema'
import { describeIssues } from '@/lib/catalog/issues'

const issues = (raw: unknown) => {
  const r = AnswersSchema.safeParse(raw)
  return r.success ? [] : describeIssues(r.error.issues, raw).map((i) => `${i.path}: ${i.message}`)
}
const securityOnly = { scope: ['security'], openSource: 'required', hosting: 'self-hosted', costSensitivity: 'low', consolidation: 'balanced' }

describe('the answers schema, derived from the question registry', () => {
  it('accepts and ignores an empty list for a field whose area is out of scope', () => {
    const parsed = AnswersSchema.parse({ ...securityOnly, signals: [] })
    expect(parsed.signals).toEqual(['logs', 'metrics', 'traces']) // the default, as if never sent
  })

  it('ignores answers to questions the scope does not ask', () => {
    expect(AnswersSchema.parse({ ...securityOnly, sidecars: 'avoid', signals: ['logs'] })).toEqual(AnswersSchema.parse(securityOnly))
  })

  it('still requires a non-empty list when the area is in scope', () => {
    expect(issues({ ...securityOnly, scope: ['observability'], signals: [] })).toEqual(['signals: Choose at least one signal'])
    expect(issues({ ...securityOnly, scope: ['observability'] })).toEqual(['signals: Required when observability is in scope'])
    expect(issues({ ...securityOnly, scope: ['service-mesh'] })).toEqual(['sidecars: Required when the service mesh is in scope'])
  })

  it('names unknown fields', () => {
    expect(issues({ ...securityOnly, favouriteColour: 'blue' })).toEqual(['favouriteColour: Unknown field'])
  })

  it('names each missing or invalid answer with the question', () => {
    expect(issues({ scope: [], openSource: 'maybe' })).toEqual(
      expect.arrayContaining([
        'scope: Choose at least one area',
        'openSource: Choose how much open source matters',
        'hosting: Choose a hosting model',
        'costSensitivity: Choose your compute-cost sensitivity',
        'consolidation: Choose a consolidation appetite',
      ]),
    )
  })

  it('has a field definition for every answer the engine reads, and one question per step', () => {
    const shape = Object.keys(AnswersSchema.parse(securityOnly)).sort()
    expect(shape).toEqual(FIELDS.map((f) => f.name).sort())
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length)
  })

  it('gives every single-choice default and every option a label', () => {
    for (const f of FIELDS) {
      if (f.kind === 'vendors' || f.kind === 'needs') continue
      for (const o of f.options) expect(o.label, `${f.name}.${o.value}`).toBeTruthy()
      if (f.kind === 'single') expect(f.options.map((o) => o.value), f.name).toContain(f.default)
    }
  })
})
