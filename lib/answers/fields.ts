import type { AreaId } from '../catalog/slots'

/**
 * The building blocks of the question registry (registry.ts). A field is one answer; a question
 * is one wizard step asking one or more fields. Everything else that knows about answers (the
 * schema, the wizard, the review, the share-token codec, robustness, reports and the summary card)
 * is derived from these definitions, so a question is defined in exactly one place.
 */
export interface OptionDef<V extends string = string> {
  value: V
  /** As shown in the form, the review and reports. */
  label: string
  /** For tight spaces (the summary card); the label when absent. */
  short?: string
  hint?: string
  /** Choosing it turns on a hard constraint (it excludes products), not a preference. */
  hard?: true
}

interface FieldBase<N extends string> {
  name: N
  /**
   * The field's number in share tokens. Stable forever: never change or reuse a tag, or links
   * made before the change decode to other answers. New fields take the next free number.
   */
  tag: number
  /** The form's legend, also the label in the review and reports. */
  legend: string
  /** Lower-case noun phrase for sentences ("X wins if <short> changes…"). */
  short: string
  /** Must be answered when its question applies; otherwise `default` fills it in. */
  required: boolean
  /** The wizard's form starts with the default selected (an honest default, not a guess). */
  prefill: boolean
  /** Shown on the summary card as "<card>: <value>", or the value alone with an empty string. */
  card?: string
  /** Narrows the question's applicability for this field (a section of a page asked per area). */
  appliesWhen?: Applicability
  /** The heading the field is grouped under on a page that asks about several areas. */
  section?: string
  /**
   * A fact about the team (platform, size, compliance, volumes), not a preference: robustness never
   * asks "what if you were on GKE instead", it varies preferences only.
   */
  fact?: true
}

export interface SingleField<N extends string = string, V extends string = string> extends FieldBase<N> {
  kind: 'single'
  options: readonly OptionDef<V>[]
  default: V
  /** The options are ordered, so "one step" is a small change (robustness uses this). */
  ordinal: boolean
  /** Bits the value takes in a share token: room for options to be appended later. */
  bits: number
  error: string
}

export interface MultiField<N extends string = string, V extends string = string> extends FieldBase<N> {
  kind: 'multi'
  options: readonly OptionDef<V>[]
  default: readonly V[]
  /** At least this many when the field's question applies. */
  minItems: number
  bits: number
  error: string
}

/** A list of vendor ids from the catalog (tools already in use). */
export interface VendorsField<N extends string = string> extends FieldBase<N> {
  kind: 'vendors'
  default: readonly string[]
  maxItems: number
  /** Every id must also be in this other vendors field (tools to keep are tools in use). */
  subsetOf?: string
}

/**
 * Per capability of a slot in scope (key "<slot>/<capability>"): must-have, nice-to-have or not
 * needed. Sparse: only what the user changed from the defaults the context gives (lib/answers/needs.ts).
 */
export interface NeedsField<N extends string = string> extends FieldBase<N> {
  kind: 'needs'
  default: Readonly<Record<string, NeedLevel>>
}
export const NEED_LEVELS = ['must', 'nice', 'no'] as const
export type NeedLevel = (typeof NEED_LEVELS)[number]

export type FieldDef = SingleField | MultiField | VendorsField | NeedsField

export interface QuestionDef<Id extends string = string, F extends readonly FieldDef[] = readonly FieldDef[]> {
  id: Id
  title: string
  /** The trade-off in two or three sentences: what the choice costs and buys. */
  help: string
  /** Short name for the progress bar. */
  short: string
  /** Whether the question is asked for this scope; otherwise its fields take their defaults. */
  appliesWhen: Applicability
  fields: F
}

/** A scope test that can also say itself in words ("the service mesh is in scope"). */
export interface Applicability {
  (scope: readonly AreaId[]): boolean
  /** Empty for questions that are always asked. */
  readonly condition: string
}

export const always: Applicability = Object.assign(() => true, { condition: '' })
export const whenInScope = (area: AreaId, words: string): Applicability =>
  Object.assign((scope: readonly AreaId[]) => scope.includes(area), { condition: `${words} is in scope` })
export const whenAnyInScope = (areas: readonly AreaId[], words: string): Applicability =>
  Object.assign((scope: readonly AreaId[]) => areas.some((a) => scope.includes(a)), { condition: `${words} is in scope` })

// Helpers that keep each definition's literal types (names and option values), so the answers'
// TypeScript type is derived from the registry too.
export const single = <const N extends string, const V extends string>(f: Omit<SingleField<N, V>, 'kind'>): SingleField<N, V> => ({ kind: 'single', ...f })
export const multi = <const N extends string, const V extends string>(f: Omit<MultiField<N, V>, 'kind'>): MultiField<N, V> => ({ kind: 'multi', ...f })
export const vendors = <const N extends string>(f: Omit<VendorsField<N>, 'kind'>): VendorsField<N> => ({ kind: 'vendors', ...f })
export const needs = <const N extends string>(f: Omit<NeedsField<N>, 'kind'>): NeedsField<N> => ({ kind: 'needs', ...f })
export const question = <const Id extends string, const F extends readonly FieldDef[]>(q: QuestionDef<Id, F>): QuestionDef<Id, F> => q

/** The value type a field holds once parsed. */
export type ValueOf<F> =
  F extends SingleField<string, infer V>
    ? V
    : F extends MultiField<string, infer V>
      ? V[]
      : F extends VendorsField
        ? string[]
        : F extends NeedsField
          ? Partial<Record<string, NeedLevel>>
          : never
