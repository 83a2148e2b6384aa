import { z } from 'zod'
import { describeIssues, type DataIssue } from '../catalog/issues'

/**
 * Tool arguments are checked by the tools themselves, not by the SDK: its checks answer with its
 * own wording ("Invalid option … at signals.1"), and the answers need the catalog for the rest of
 * their checks (known vendor ids, at least one weight per slot). Checking here words every error
 * the way the HTTP API and the CLI do: "answers.signals[1]: Invalid option…".
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: DataIssue[] }

export function checkArgs<S extends z.ZodType>(schema: S, raw: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(raw ?? {})
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: describeIssues(parsed.error.issues, raw ?? {}) }
}

/** Issues found inside one argument, with the argument's name in front: `answers.scope`, `ids[1]`. */
export function within(name: string, issues: readonly DataIssue[]): DataIssue[] {
  return issues.map((i) => ({
    ...i,
    path: i.path === '(root)' ? name : i.path.startsWith('[') ? `${name}${i.path}` : `${name}.${i.path}`,
  }))
}

export function issuesText(issues: readonly DataIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('; ')
}

/**
 * The schema the SDK is given: it advertises `schema` to clients as JSON Schema (so agents see
 * every field, option and description) but lets any object through, leaving the checks to the
 * tool (inputs) and to the tests (outputs). Zod copies metadata into the JSON Schema it writes,
 * which is what carries the shape. Converted once per process: the SDK converts its schemas on
 * every tools/list, and the full schemas take a few hundred milliseconds each time, which the
 * stateless HTTP route, one server per request, would pay again and again.
 */
export function advertised(schema: z.ZodObject, io: 'input' | 'output'): z.ZodType<Record<string, unknown>> {
  const key = `${io}`
  const cached = converted.get(schema)?.get(key)
  if (cached) return cached
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { target: 'draft-7', io, unrepresentable: 'any' }) as Record<string, unknown>
  const loose = z.looseObject({}).meta(json)
  converted.set(schema, (converted.get(schema) ?? new Map()).set(key, loose))
  return loose
}

const converted = new WeakMap<z.ZodObject, Map<string, z.ZodType<Record<string, unknown>>>>()
