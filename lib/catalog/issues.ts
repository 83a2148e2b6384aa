import type { z } from 'zod'

/** One problem in a data set or an input, with a readable location. */
export interface DataIssue {
  path: string
  message: string
}

/**
 * Turns zod issues into `vendors[3] (istio).mesh.mtlsDefault: ...` so a failing data check names
 * the record and the field, not just an array index.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): DataIssue[] {
  return issues.flatMap((issue) =>
    // zod reports unknown keys on the parent object; name each one instead
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key], input), message: 'Unknown field' }))
      : [{ path: formatPath(issue.path, input), message: issue.message }],
  )
}

export function formatPath(path: readonly PropertyKey[], input: unknown): string {
  let out = ''
  let node: unknown = input
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`
      node = Array.isArray(node) ? node[key] : undefined
      const id = recordId(node)
      if (id !== undefined) out += ` (${id})`
    } else {
      out += out === '' ? String(key) : `.${String(key)}`
      node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined
    }
  }
  return out === '' ? '(root)' : out
}

function recordId(node: unknown): string | undefined {
  if (node === null || typeof node !== 'object') return undefined
  const id = (node as { id?: unknown; slot?: unknown }).id ?? (node as { slot?: unknown }).slot
  return typeof id === 'string' ? id : undefined
}

export function issuesToText(issues: readonly DataIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('\n')
}
