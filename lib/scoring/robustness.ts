import { FIELD_BY_NAME, labelOf, type FieldName } from '../answers/registry'
import { MAX_WEIGHT, type Answers } from '../answers/schema'
import { CONSTRAINTS, type ConstraintDef } from './constraints'
import { midSentence, readsIn } from './criteria'
import { applyGates, EVIDENCE_GATE, FIT_GATE, gateFit, listingOf, rateOf, ratingColumn, ratingKey, slotWeights, type ScoredVendor, type SlotRanking } from './rank'

/** The largest weight change still called small: a user nudging a slider by a notch or two. */
export const SMALL_WEIGHT_CHANGE = 2

export interface Flip {
  kind: 'weight' | 'answer'
  /** The criterion (weight flips) or the answer field (answer flips). */
  field: string
  from: string | number
  to: string | number
  /** The vendor that would take the slot, or null when none would remain eligible. */
  winner: string | null
  winnerName: string | null
  summary: string
}

export interface SlotRobustness {
  /** The pick the stack shows for this slot (null when there is none). */
  winner: string | null
  winnerName: string | null
  /** Its closest challenger, counting what changing vendors costs the stack. */
  runnerUp: string | null
  runnerUpName: string | null
  /** Points between the pick and the challenger (consolidation included); null without a challenger. */
  margin: number | null
  /**
   * A plausible single change changes the pick: a weight moved by 2 or less (and not to or from
   * 0), or one step of a preference. Turning a hard requirement on or off (open source required,
   * self-hosted only…) or a criterion on or off is a decision, not a nudge: such flips are listed
   * but do not make a pick fragile.
   */
  fragile: boolean
  flips: Flip[]
  /** Set when the pick and its challenger are exactly level: nothing in the answers or the data separates them. */
  tie?: { vendor: string; name: string; separatedBy: string }
  /** Set when the pick is level on score with this challenger and leads it only on ease of exit. */
  levelWith?: { vendor: string; name: string }
}

/** What the stack adds to a challenger's score, in tenths of a point: see stackOffsets in recommend.ts. */
export interface StackContext {
  pick: string | null
  offsets: ReadonlyMap<string, number>
}

interface Standing {
  vendor: string
  name: string
  value: number
  exitEase: number
}

const tenthsOf = (weighted: number, total: number) => (total === 0 ? 0 : Math.round((10 * weighted) / total))

/**
 * How safe the stack's pick for a slot is. The pick is compared with every other eligible vendor of
 * the slot as the stack would see it: score in tenths plus what switching would cost or save in
 * consolidation (so a pick that serves several slots is judged as such). Weight changes per
 * criterion and one-step answer changes re-rank with the ranking's own rule (Σ weight × rating); the
 * answers varied are those the slot's criteria and constraints declare they read.
 */
export function assessSlot(ranking: SlotRanking, answers: Answers, ctx: StackContext): SlotRobustness {
  const empty: SlotRobustness = { winner: null, winnerName: null, runnerUp: null, runnerUpName: null, margin: null, fragile: false, flips: [] }
  if (ctx.pick === null) return empty
  const eligible = ranking.entries.filter((e) => e.eligible)
  const pick = eligible.find((e) => e.vendor === ctx.pick)
  if (!pick) return empty
  const offset = (id: string) => (id === ctx.pick ? 0 : (ctx.offsets.get(id) ?? 0))
  const value = (e: ScoredVendor, weighted: number, total: number) => tenthsOf(weighted, total) + offset(e.vendor)

  const challengers = eligible.filter((e) => e.vendor !== ctx.pick)
  let best: Standing | undefined
  for (const e of challengers) {
    const s = { vendor: e.vendor, name: e.name, value: value(e, e.weighted, ranking.weightTotal), exitEase: e.exitEase }
    if (best === undefined || byValue(s, best) < 0) best = s
  }
  const pickValue = value(pick, pick.weighted, ranking.weightTotal)
  const flips: Flip[] = []

  ranking.criteria.forEach((c, column) => {
    // a criterion muted in this slot weighs 0 whatever its weight: no weight of it changes anything
    if (c.mutedIn?.(answers, ranking.slot, ranking.catalog)) return
    const flip = weightFlip(ranking, column, pick, challengers, value, offset)
    if (flip)
      flips.push({
        kind: 'weight',
        field: c.id,
        from: flip.from,
        to: flip.to,
        winner: flip.winner.vendor,
        winnerName: flip.winner.name,
        summary: `${flip.winner.name} would take the slot if the weight of "${c.label}" went from ${flip.from} to ${flip.to}`,
      })
  })
  for (const name of answerFieldsOf(ranking)) {
    const field = FIELD_BY_NAME.get(name)!
    if (field.kind !== 'single' || !field.ordinal) continue
    const current = answers[name as keyof Answers] as string
    for (const { value: alt } of field.options) {
      if (alt === current) continue
      const taker = takerUnder(ranking, variantOf(answers, name, alt), name, pick.vendor, offset)
      if (taker === undefined) continue
      // mid-sentence case keeps names and acronyms (mTLS, EKS) as they are spelt
      const label = (v: string) => midSentence(labelOf(name, v))
      flips.push({
        kind: 'answer',
        field: name,
        from: current,
        to: alt,
        winner: taker?.vendor ?? null,
        winnerName: taker?.name ?? null,
        summary:
          taker === null
            ? `No vendor would fit if ${field.short} changed from ${label(current)} to ${label(alt)}`
            : `${taker.name} would take the slot if ${field.short} changed from ${label(current)} to ${label(alt)}`,
      })
    }
  }

  const out: SlotRobustness = {
    winner: pick.vendor,
    winnerName: pick.name,
    runnerUp: best?.vendor ?? null,
    runnerUpName: best?.name ?? null,
    margin: best ? (pickValue - best.value) / 10 : null,
    fragile: flips.some(isSmall),
    flips,
  }
  if (best && best.value === pickValue) {
    const rival = challengers.find((e) => e.vendor === best.vendor)!
    if (pick.exitEase > rival.exitEase) out.levelWith = { vendor: rival.vendor, name: rival.name }
    else out.tie = { vendor: rival.vendor, name: rival.name, separatedBy: separation(pick, rival) }
  }
  return out
}

/**
 * The answers with one field changed, one object per change for the whole recommendation: every
 * slot probes the same changes, and weights and tools in use are cached per answers object.
 */
const variants = new WeakMap<Answers, Map<string, Answers>>()
function variantOf(answers: Answers, field: string, value: string): Answers {
  let byChange = variants.get(answers)
  if (!byChange) variants.set(answers, (byChange = new Map()))
  const key = `${field}=${value}`
  let v = byChange.get(key)
  if (!v) byChange.set(key, (v = { ...answers, [field]: value } as Answers))
  return v
}

const byValue = (a: Standing, b: Standing) => b.value - a.value || b.exitEase - a.exitEase || (a.vendor < b.vendor ? -1 : 1)

function isSmall(f: Flip): boolean {
  // turning a criterion off (to 0) or on (from 0) says it does or does not matter at all: a
  // decision, like a hard requirement, not a nudge of a slider the team already set
  if (f.kind === 'weight') return Number(f.from) > 0 && Number(f.to) > 0 && Math.abs(Number(f.to) - Number(f.from)) <= SMALL_WEIGHT_CHANGE
  const field = FIELD_BY_NAME.get(f.field)
  if (!field || field.kind !== 'single') return false
  const values = field.options.map((o) => o.value)
  const hard = (v: string | number) => field.options.find((o) => o.value === v)?.hard === true
  return Math.abs(values.indexOf(String(f.to)) - values.indexOf(String(f.from))) === 1 && !hard(f.from) && !hard(f.to)
}

/** What would separate two level vendors: the criteria on which their ratings differ. */
function separation(pick: ScoredVendor, rival: ScoredVendor): string {
  const lead = (a: ScoredVendor, b: ScoredVendor) => a.breakdown.filter((x, i) => x.rating > b.breakdown[i]!.rating).map((x) => midSentence(x.label))
  const mine = lead(pick, rival)
  const theirs = lead(rival, pick)
  if (mine.length === 0 && theirs.length === 0)
    return `${pick.name} and ${rival.name} rate the same on every criterion and capability recorded here: a requirement of yours they differ on, or their prices, would decide`
  const part = (name: string, on: string[]) => (on.length > 0 ? `${name} leads on ${on.join(', ')}` : '')
  return `${[part(pick.name, mine), part(rival.name, theirs)].filter(Boolean).join('; ')}: giving one of these more weight decides it`
}

/** The answer fields this slot's ranking depends on: what its criteria and constraints read. */
function answerFieldsOf(ranking: SlotRanking): FieldName[] {
  const fields = new Set<FieldName>()
  ranking.criteria.forEach((c, k) => {
    for (const f of ranking.weights[k] === 0 && c.weighs ? c.weighs : readsIn(c, ranking.slot)) fields.add(f)
  })
  for (const c of CONSTRAINTS) if (!c.slots || c.slots.includes(ranking.slot)) for (const f of c.reads) fields.add(f)
  return [...fields]
}

/**
 * Who would take the slot from the pick under changed answers: undefined when the pick holds, null
 * when no vendor would remain eligible. Only the criteria and constraints that read the changed
 * field are evaluated again; every other rating and exclusion is reused from the ranking.
 */
function takerUnder(ranking: SlotRanking, changed: Answers, field: FieldName, pick: string, offset: (id: string) => number): Standing | null | undefined {
  const slot = ranking.slot
  const { criteria, weights } = slotWeights(slot, changed, ranking.catalog)
  const total = weights.reduce((s, w) => s + w, 0)
  // a criterion that weighs 0 under the changed answers adds nothing, whatever it would rate
  // (one that idled at weight 0 rated nothing yet, so it is rated now whatever the field)
  const rerate = criteria.map((c, k) => weights[k] !== 0 && (c.rates.includes(field) || (c.idle !== undefined && ranking.weights[k] === 0)))
  const recheck = constraintsReading(field)
  // Nothing the ranking sums moved (same weights, nothing weighed re-rated, no constraint to
  // re-check): the pick holds. Fields only a zero-weight criterion reads (a cluster's size when
  // price does not count) end here, before the pass over every vendor.
  if (recheck.length === 0 && !rerate.includes(true) && weights.every((w, k) => w === ranking.weights[k])) return undefined
  const listing = listingOf(ranking.catalog, slot)
  const columns = criteria.map((c, k) => (rerate[k] ? ratingColumn(listing, c, k, ratingKey(c, changed, slot)) : undefined))
  // When no constraint reads the field, who is eligible (and so the gates) stays as ranked.
  let eligible: (i: number) => boolean = (i) => ranking.entries[i]!.eligible
  if (recheck.length > 0) {
    const recheckIds = new Set([...recheck.map((c) => c.id), FIT_GATE, EVIDENCE_GATE])
    const before = ranking.basis.map(({ vendor, fit, excludedBy }) => {
      if (excludedBy.some((id) => !recheckIds.has(id))) return false
      return !recheck.some((c) => c.check(vendor, fit, changed, slot) !== undefined)
    })
    // the gates' other inputs (fit as the answers see it, doubts, tools kept) read no preference
    const gate = applyGates(ranking.basis.map((b, i) => ({ fit: gateFit(b.vendor, b.fit, changed), eligible: before[i]!, doubted: b.doubts.length > 0, kept: changed.keep.includes(b.vendor.id) })))
    eligible = (i) => before[i]! && gate[i]!.kind === 'none'
  }
  const entries = ranking.entries
  // the ranking's sum (Σ weight × rating, as in toEntry), inlined: it runs per vendor, change and
  // slot; `bound` stands in for the costly ratings (see below) when given
  const valueOf = (i: number, bound?: number) => {
    const e = entries[i]!
    const at = ranking.basis[i]!.at
    let weighted = 0
    for (let k = 0; k < weights.length; k++)
      weighted +=
        weights[k]! *
        (!rerate[k] ? e.breakdown[k]!.rating : bound !== undefined && costly[k] ? bound : rateOf(criteria[k]!, columns[k], listing, at, changed, slot, ranking.catalog).rating)
    return tenthsOf(weighted, total) + offset(e.vendor)
  }
  // A costly rating (one with an idle stand-in: price estimates every product of the slot) is
  // bounded first. Every rating is 0-100 and the value grows with each, so when the pick, rated 0
  // there, still leads every challenger rated 100, it holds whatever the estimates say.
  const costly = criteria.map((c, k) => rerate[k]! && c.idle !== undefined)
  if (costly.includes(true)) {
    const p = entries.findIndex((e) => e.vendor === pick)
    if (p >= 0 && eligible(p)) {
      const floor = valueOf(p, 0)
      let holds = true
      for (let i = 0; i < entries.length && holds; i++) if (i !== p && eligible(i) && valueOf(i, 100) > floor) holds = false
      if (holds) return undefined
    }
  }
  let pickValue: number | null = null
  let best = -1
  let bestValue = 0
  for (let i = 0; i < entries.length; i++) {
    if (!eligible(i)) continue
    const e = entries[i]!
    const v = valueOf(i)
    if (e.vendor === pick) pickValue = v
    else if (best < 0 || ahead(v, e, bestValue, entries[best]!)) {
      best = i
      bestValue = v
    }
  }
  const b = best < 0 ? null : { vendor: entries[best]!.vendor, name: entries[best]!.name, value: bestValue, exitEase: entries[best]!.exitEase }
  if (pickValue === null) return b
  return b !== null && b.value > pickValue ? b : undefined
}

/** byValue without building objects: whether (v, e) ranks before (w, f). */
const ahead = (v: number, e: ScoredVendor, w: number, f: ScoredVendor) => v > w || (v === w && (e.exitEase > f.exitEase || (e.exitEase === f.exitEase && e.vendor < f.vendor)))

/** The constraints that read each field (fixed: computed once). */
const READERS = new Map<string, ConstraintDef[]>()
function constraintsReading(field: string): ConstraintDef[] {
  let list = READERS.get(field)
  if (!list) READERS.set(field, (list = CONSTRAINTS.filter((c) => c.reads.includes(field as FieldName))))
  return list
}

/**
 * The nearest weight for one criterion at which a challenger would take the slot. With one weight
 * moved by d, each vendor's weighted sum moves by d times its rating on that criterion (the sum
 * is linear) and the total by d, so each candidate weight costs one pass without re-rating.
 */
function weightFlip(
  ranking: SlotRanking,
  column: number,
  pick: ScoredVendor,
  challengers: ScoredVendor[],
  value: (e: ScoredVendor, weighted: number, total: number) => number,
  offset: (id: string) => number,
): { from: number; to: number; winner: Standing } | undefined {
  if (challengers.length === 0) return undefined
  const from = ranking.weights[column]!
  const T = ranking.weightTotal
  const rp = pick.breakdown[column]!.rating
  // The gap to the pick, (ΔW + d·Δr) / (T + d), is monotone in d, so a challenger that stays more
  // than a tenth behind at both ends of the slider's range never overtakes: skip it.
  const ends = [-from, MAX_WEIGHT - from].filter((d) => T + d > 0)
  const contenders = challengers.filter((e) => {
    const dr = e.breakdown[column]!.rating - rp
    const dw = e.weighted - pick.weighted
    return ends.some((d) => (10 * (dw + d * dr)) / (T + d) + offset(e.vendor) + 1 > 0)
  })
  if (contenders.length === 0) return undefined
  for (const to of weightsNearest(from)) {
    const d = to - from
    const total = T + d
    const pickValue = value(pick, pick.weighted + d * rp, total)
    // the best contender by byValue, kept as an index: this runs per weight, criterion and slot
    let best = -1
    let bestValue = 0
    for (let j = 0; j < contenders.length; j++) {
      const e = contenders[j]!
      const v = value(e, e.weighted + d * e.breakdown[column]!.rating, total)
      if (best < 0 || ahead(v, e, bestValue, contenders[best]!)) {
        best = j
        bestValue = v
      }
    }
    if (best >= 0 && bestValue > pickValue) {
      const w = contenders[best]!
      return { from, to, winner: { vendor: w.vendor, name: w.name, value: bestValue, exitEase: w.exitEase } }
    }
  }
  return undefined
}

/** Every other weight of the slider, nearest to `from` first (the lower one first at equal distance); fixed, so made once per weight. */
const NEAREST = new Map<number, number[]>()
function weightsNearest(from: number): number[] {
  let list = NEAREST.get(from)
  if (!list)
    NEAREST.set(
      from,
      (list = Array.from({ length: MAX_WEIGHT + 1 }, (_, w) => w)
        .filter((w) => w !== from)
        .sort((a, b) => Math.abs(a - from) - Math.abs(b - from) || a - b)),
    )
  return list
}
