import type { Recommendation } from '../recommend'

/** "Must-haves: 2 of 3; lacks session recording" and what the runner-up adds, for reports. */
export function needsLines(c: Recommendation['slots'][number]['coverage']): string[] {
  if (!c) return []
  const line = (label: string, l: typeof c.must) => {
    const total = l.covered.length + l.partial.length + l.missing.length + l.unknown.length
    if (total === 0) return []
    const gaps = [
      l.missing.length > 0 ? `lacks ${l.missing.join(', ')}` : '',
      l.partial.length > 0 ? `only in part: ${l.partial.join(', ')}` : '',
      l.unknown.length > 0 ? `unverified: ${l.unknown.join(', ')}` : '',
    ].filter(Boolean)
    return [`${label}: ${l.covered.length} of ${total}${gaps.length > 0 ? `; ${gaps.join('; ')}` : ''}`]
  }
  return [
    ...line('Must-haves', c.must),
    ...line('Nice-to-haves', c.nice),
    ...(c.runnerUpAlso ? [`${c.runnerUpAlso.name} also has: ${c.runnerUpAlso.capabilities.join(', ')}`] : []),
  ]
}
