import { describeAnswer } from '../answers/describe'
import { FIELDS, fieldApplies } from '../answers/registry'
import { AnswersSchema, type Answers, type Weights } from '../answers/schema'
import { FIGURES, figureApplies, figureOf, figureText, pathOf, setFigure, withoutContradicted } from '../answers/usage'
import type { Catalog } from '../catalog/catalog'
import { SLOT_IDS, SLOT_LABEL, type SlotId } from '../catalog/slots'
import { recommend, type Recommendation } from '../recommend'
import { CRITERION_BY_ID } from '../scoring/criteria'
import { CRITERION_IDS, type CriterionId } from '../scoring/criteria-ids'
import { weightsFor } from '../scoring/weights'

/** One answer that differs between two scenarios, in words. */
export interface AnswerChange {
  /** The field name, `weights.<criterion>` for an importance override, or a figure's path (`cluster.nodes`). */
  key: string
  /** The question's legend ("Open-source preference"). */
  label: string
  from: string
  to: string
}

/** A slot as one scenario has it: out of scope, or in scope with a pick (null when nothing qualifies). */
export interface SlotSide {
  inScope: boolean
  vendor: string | null
  name: string | null
}

export interface SlotDifference {
  slot: SlotId
  label: string
  a: SlotSide
  b: SlotSide
  /**
   * The answer changes behind the difference. With `together` false, each one alone, applied to
   * A, gives the slot B's pick; with `together` true, none does alone and these are needed jointly.
   */
  because: AnswerChange[]
  together: boolean
}

export interface ScenarioComparison {
  a: Recommendation
  b: Recommendation
  /** Every answer that differs, in questionnaire order, weight overrides last. */
  changes: AnswerChange[]
  /** The slots whose pick differs or that only one scenario has, in stack order. */
  slots: SlotDifference[]
}

/** Past this many differing answers the joint causes are listed whole rather than narrowed down. */
const MAX_NARROWED = 12
const NOT_ASKED = 'Not asked'

type Raw = Record<string, unknown>
const canonical = (v: unknown): string => JSON.stringify(v ?? null)

/**
 * Compares two answer sets: both recommendations, the answers that differ, and per differing slot
 * the answers that cause it. A change causes a slot's difference when applying it alone to A gives
 * that slot B's pick (for a slot only one scenario has: B's presence). When no change does alone,
 * the set of all changes (which turns A into B) is narrowed by dropping, one at a time, each change
 * the slot still flips without. Costs two recommendations plus one per differing answer, and a few
 * more only for slots that need changes together. Never throws for answers the schema accepts.
 */
export function compareScenarios(a: Answers, b: Answers, catalog: Catalog): ScenarioComparison {
  const recA = recommend(a, catalog)
  const recB = recommend(b, catalog)
  const changes = answerChanges(a, b, catalog)
  const slots = SLOT_IDS.flatMap((slot): SlotDifference[] => {
    const sa = sideOf(recA, slot)
    const sb = sideOf(recB, slot)
    if (sa.inScope === sb.inScope && sa.vendor === sb.vendor) return []
    return [{ slot, label: SLOT_LABEL[slot], a: sa, b: sb, because: [], together: false }]
  })
  if (slots.length === 0 || changes.length === 0) return { a: recA, b: recB, changes, slots }

  // recommendations of A with a subset of the changes applied, keyed by the subset's indexes
  const memo = new Map<string, Recommendation | null>()
  const withChanges = (idx: number[]): Recommendation | null => {
    const key = idx.join(',')
    if (!memo.has(key)) {
      const answers = applyChanges(a, b, idx.map((i) => changes[i]!.key))
      memo.set(key, answers === null ? null : canonical(answers) === canonical(a) ? recA : recommend(answers, catalog))
    }
    return memo.get(key)!
  }
  const reaches = (rec: Recommendation | null, d: SlotDifference) => {
    if (rec === null) return false
    const s = sideOf(rec, d.slot)
    // a slot only one scenario has is explained by what brings it in or takes it out of scope
    return d.a.inScope !== d.b.inScope ? s.inScope === d.b.inScope : s.inScope && s.vendor === d.b.vendor
  }

  for (const d of slots) {
    const alone = changes.filter((_, i) => reaches(withChanges([i]), d))
    if (alone.length > 0) {
      d.because = alone
      continue
    }
    d.together = true
    let needed = changes.map((_, i) => i)
    if (changes.length <= MAX_NARROWED)
      for (const i of [...needed]) {
        const without = needed.filter((k) => k !== i)
        if (without.length > 0 && reaches(withChanges(without), d)) needed = without
      }
    d.because = needed.map((i) => changes[i]!)
  }
  return { a: recA, b: recB, changes, slots }
}

function sideOf(rec: Recommendation, slot: SlotId): SlotSide {
  const pick = rec.stack.find((p) => p.slot === slot)
  return pick ? { inScope: true, vendor: pick.vendor, name: pick.name } : { inScope: false, vendor: null, name: null }
}

/**
 * The answers that differ between A and B, in words. A field only one scenario asks (its area is
 * out of the other's scope) shows "Not asked" on that side.
 */
export function answerChanges(a: Answers, b: Answers, catalog?: Catalog): AnswerChange[] {
  const nameOf = (id: string) => catalog?.byId.get(id)?.name ?? id
  const out: AnswerChange[] = []
  for (const f of FIELDS) {
    const va = (a as Raw)[f.name]
    const vb = (b as Raw)[f.name]
    if (canonical(va) === canonical(vb)) continue
    const askedA = fieldApplies(f.name, a.scope)
    const askedB = fieldApplies(f.name, b.scope)
    if (!askedA && !askedB) continue
    out.push({
      key: f.name,
      label: f.legend,
      from: askedA ? describeAnswer(f.name, va, nameOf) : NOT_ASKED,
      to: askedB ? describeAnswer(f.name, vb, nameOf) : NOT_ASKED,
    })
  }
  // exact usage figures (from the API or a link): a figure given on one side only is "Not given" on the other
  for (const f of FIGURES) {
    const [fa, fb] = [figureOf(a, f), figureOf(b, f)]
    if (fa === fb || (!figureApplies(f, a.scope) && !figureApplies(f, b.scope))) continue
    const words = (v: number | string | undefined) => (v === undefined ? 'Not given' : figureText(f, v))
    out.push({ key: pathOf(f), label: f.about, from: words(fa), to: words(fb) })
  }
  const wa = weightsFor(a)
  const wb = weightsFor(b)
  const word = (answers: Answers, w: Record<CriterionId, number>, c: CriterionId) =>
    answers.weights?.[c] === undefined ? `From your answers (${w[c]})` : String(w[c])
  for (const c of CRITERION_IDS) {
    if (a.weights?.[c] === b.weights?.[c]) continue
    out.push({ key: `weights.${c}`, label: `Importance of ${CRITERION_BY_ID.get(c)?.label ?? c}`, from: word(a, wa, c), to: word(b, wb, c) })
  }
  return out
}

/**
 * A with B's value for each key, normalized as the engine expects; null when the result is not a
 * valid answer set (e.g. every importance at 0). Tools to keep are narrowed to the tools in use.
 */
export function applyChanges(a: Answers, b: Answers, keys: readonly string[]): Answers | null {
  const raw: Raw = { ...a }
  const weights: Partial<Record<CriterionId, number>> = { ...a.weights }
  for (const key of keys) {
    if (key.startsWith('weights.')) {
      const c = key.slice('weights.'.length) as CriterionId
      const w = b.weights?.[c]
      if (w === undefined) delete weights[c]
      else weights[c] = w
    } else if (FIGURE_BY_PATH.has(key)) applyFigure(raw, b, FIGURE_BY_PATH.get(key)!)
    else raw[key] = (b as Raw)[key]
  }
  if (Object.keys(weights).length > 0) raw.weights = weights as Weights
  else delete raw.weights
  for (const f of FIELDS)
    if (f.kind === 'vendors' && f.subsetOf) {
      const of = new Set(raw[f.subsetOf] as string[])
      raw[f.name] = (raw[f.name] as string[]).filter((id) => of.has(id))
    }
  // a band taken from B replaces A's figure behind it, as a band moved in the wizard does
  const parsed = AnswersSchema.safeParse(withoutContradicted(raw))
  return parsed.success ? parsed.data : null
}

const FIGURE_BY_PATH = new Map(FIGURES.map((f) => [pathOf(f), f]))

/** B's figure (or its absence) on A; a figure taken sets its band anew rather than meet A's. */
function applyFigure(raw: Raw, b: Answers, f: (typeof FIGURES)[number]): void {
  const v = figureOf(b, f)
  setFigure(raw, f, v)
  if (v !== undefined && f.kind === 'number' && f.band) delete raw[f.band.field]
}
