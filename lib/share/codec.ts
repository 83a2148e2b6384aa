import { NEED_LEVELS, type FieldDef, type NeedLevel } from '../answers/fields'
import { CAPABILITY_BY_KEY, CAPABILITY_BY_TAG } from '../catalog/capabilities'
import { FIELDS, fieldApplies } from '../answers/registry'
import { AnswersSchema, MAX_VENDOR_ID_LENGTH, type Answers } from '../answers/schema'
import type { Catalog } from '../catalog/catalog'
import { fnv1a32 } from '../catalog/hash'
import { CRITERION_IDS, CRITERION_TAGS } from '../scoring/criteria-ids'
import { BitReader, BitWriter, crc16, fromBase64Url, toBase64Url } from './bits'
import { readV1 } from './codec-v1'
import { FIGURES, figureOf, setFigure, type FigureDef } from '../answers/usage'
import { CLOUD_IDS } from '../cost/price-book'

/**
 * Share tokens: the answers packed into bits, with a 24-bit data fingerprint and a CRC-16, in
 * base64url behind a version character. Stateless: any replica decodes them the same way.
 *
 * Version 2 layout (field tags and widths come from the question registry, so adding a question
 * or an option needs no new version):
 *   fingerprint 24 | tag count T 6 | presence bit per tag 1..T | each present field in tag order
 *   (single: index, multi: bit mask, both `bits` wide from the registry; vendors: see below) |
 *   weight count 6 | per weight: criterion tag 6, value 4 | CRC-16 of everything before.
 * A field is present when its question applies to the scope; absent ones take their defaults, and
 * fields newer than the token (tag > T) take theirs too.
 * Capability needs: count 6, then per entry the capability's tag 8 and the level 2 (must, nice, no).
 * Tools to keep: one bit per tool already in use, in that list's order.
 * Tools already in use: count 6, then per tool 1 flag bit and either the id's 30-bit hash (looked
 * up in the catalog when decoding) or, when the hash would be ambiguous or the id is not in the
 * catalog, the id itself (length 6, then 6 bits per character). So any vendor, including one
 * added after the link was made, fits without a new version.
 * Exact usage figures (answers/usage.ts), only when the answers hold any, follow the weights:
 * count 5, then per figure its tag 5, decimals 2 (0-3), the digits' bit length 6 and the value
 * times 10^decimals in that many bits (a cloud is its index). A token without them ends within
 * the weights' last byte, so the section is told apart by what is left: 8 bits or more.
 * Version 1 tokens (a frozen layout, see codec-v1.ts) still decode.
 */
export const TOKEN_VERSION = '2'
/** Longer input is refused before decoding; a maximal answer set stays far below. */
export const MAX_TOKEN_LENGTH = 512

export interface DecodedToken {
  answers: Answers
  /** 6 hex digits of the data hash the link was made with. */
  dataFingerprint: string
  /** Tools the link names that the current data set no longer has (left out of the answers). */
  droppedTools: number
}

export type DecodeResult = { ok: true; value: DecodedToken } | { ok: false; error: string }

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789-'
const HASH_MASK = 0x3fffffff
const hash30 = (id: string) => fnv1a32(id) & HASH_MASK
const TAG_BITS = 6
const COUNT_BITS = 6
const CAPABILITY_TAG_BITS = 8
const CRITERION_BY_TAG = new Map(CRITERION_IDS.map((c) => [CRITERION_TAGS[c], c]))
const FIELDS_BY_TAG = [...FIELDS].sort((a, b) => a.tag - b.tag)
const TAG_COUNT = Math.max(...FIELDS.map((f) => f.tag))

/** The part of a catalog version that tokens carry ("2026-11-24.f4c375c3" gives "f4c375"). */
export function fingerprintOf(dataVersion: string): string {
  const hash = dataVersion.split('.').pop() ?? ''
  return /^[0-9a-f]{8}$/.test(hash) ? hash.slice(0, 6) : '000000'
}

/** Hash → vendor id for a catalog; ids whose hash is shared by another are left out (sent as text). */
const hashIndex = new WeakMap<Catalog, Map<number, string | null>>()
function idsByHash(catalog: Catalog): Map<number, string | null> {
  let index = hashIndex.get(catalog)
  if (!index) {
    index = new Map()
    for (const v of catalog.vendors) {
      const h = hash30(v.id)
      index.set(h, index.has(h) ? null : v.id)
    }
    hashIndex.set(catalog, index)
  }
  return index
}

const applies = (f: FieldDef, scope: readonly string[]) => fieldApplies(f.name, scope)

/**
 * Encodes normalized answers for the data set they were made with. Never throws for answers the
 * schema accepts: any tool id fits, as a hash or as text.
 */
export function encodeShareToken(answers: Answers, catalog: Catalog): string {
  const w = new BitWriter()
  w.write(parseInt(fingerprintOf(catalog.version), 16), 24)
  w.write(TAG_COUNT, TAG_BITS)
  const present = FIELDS_BY_TAG.map((f) => applies(f, answers.scope))
  const byTag = new Map(FIELDS_BY_TAG.map((f, i) => [f.tag, present[i]!]))
  for (let tag = 1; tag <= TAG_COUNT; tag++) w.write(byTag.get(tag) ? 1 : 0, 1)
  FIELDS_BY_TAG.forEach((f, i) => {
    if (!present[i]) return
    const value = answers[f.name as keyof Answers]
    if (f.kind === 'single') w.write(f.options.findIndex((o) => o.value === value), f.bits)
    else if (f.kind === 'multi') w.write(f.options.reduce((m, o, k) => ((value as string[]).includes(o.value) ? m | (1 << k) : m), 0), f.bits)
    else if (f.kind === 'needs') writeNeeds(w, value as Record<string, NeedLevel>)
    else if (f.subsetOf) {
      // a subset of another list: one bit per entry of that list, in its order
      for (const id of answers[f.subsetOf as keyof Answers] as string[]) w.write((value as string[]).includes(id) ? 1 : 0, 1)
    } else writeTools(w, value as string[], catalog)
  })
  const weights = Object.entries(answers.weights ?? {})
    .filter((e): e is [keyof typeof CRITERION_TAGS, number] => e[1] !== undefined)
    .sort(([a], [b]) => CRITERION_TAGS[a] - CRITERION_TAGS[b])
  w.write(weights.length, COUNT_BITS)
  for (const [criterion, value] of weights) {
    w.write(CRITERION_TAGS[criterion], TAG_BITS)
    w.write(value, 4)
  }
  writeUsage(w, answers)
  return TOKEN_VERSION + toBase64Url(withCrc(w.bytes()))
}

function writeTools(w: BitWriter, ids: readonly string[], catalog: Catalog): void {
  const index = idsByHash(catalog)
  w.write(ids.length, COUNT_BITS)
  for (const id of ids) {
    const h = hash30(id)
    if (index.get(h) === id) {
      w.write(0, 1)
      w.write(h, 30)
    } else {
      w.write(1, 1)
      w.write(id.length, 6)
      for (const ch of id) w.write(ID_ALPHABET.indexOf(ch), 6)
    }
  }
}

function writeNeeds(w: BitWriter, needs: Record<string, NeedLevel>): void {
  const entries = Object.entries(needs).filter(([key]) => CAPABILITY_BY_KEY.has(key))
  w.write(entries.length, COUNT_BITS)
  for (const [key, level] of entries) {
    w.write(CAPABILITY_BY_KEY.get(key)!.tag, CAPABILITY_TAG_BITS)
    w.write(NEED_LEVELS.indexOf(level), 2)
  }
}

function readNeeds(r: BitReader): Record<string, NeedLevel> {
  const out: Record<string, NeedLevel> = {}
  const count = r.read(COUNT_BITS)
  for (let i = 0; i < count; i++) {
    const key = CAPABILITY_BY_TAG.get(r.read(CAPABILITY_TAG_BITS))
    const level = NEED_LEVELS[r.read(2)]
    if (level === undefined) throw new RangeError('need level out of range')
    // a capability retired since the link was made is ignored
    if (key !== undefined) out[key] = level
  }
  return out
}

function withCrc(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length + 2)
  out.set(body)
  const crc = crc16(body)
  out[body.length] = crc >> 8
  out[body.length + 1] = crc & 0xff
  return out
}

/**
 * Decodes a token from a URL against the current data set. Never throws: malformed, truncated,
 * tampered, oversized or unknown-version tokens come back as `{ ok: false, error }` with a reason
 * a person can read. Tools the data set no longer has are left out and counted.
 */
export function decodeShareToken(token: unknown, catalog: Catalog): DecodeResult {
  if (typeof token !== 'string' || token.length === 0) return { ok: false, error: 'The link has no token' }
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, error: 'The link is too long to be a share link' }
  if (token[0] !== '1' && token[0] !== TOKEN_VERSION) return { ok: false, error: 'The link was made by an unknown version of the advisor' }
  const bytes = fromBase64Url(token.slice(1))
  if (!bytes || bytes.length < 3) return { ok: false, error: 'The link is damaged (invalid characters or truncated)' }
  const body = bytes.subarray(0, bytes.length - 2)
  const crc = (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!
  if (crc16(body) !== crc) return { ok: false, error: 'The link is damaged (checksum mismatch): was it cut or edited?' }
  try {
    const { raw, fingerprint } = token[0] === '1' ? readV1(body) : readV2(body, catalog)
    const tools = Array.isArray(raw.existingTools) ? (raw.existingTools as string[]) : []
    const known = tools.filter((id) => catalog.byId.has(id))
    raw.existingTools = known
    if (Array.isArray(raw.keep)) raw.keep = (raw.keep as string[]).filter((id) => known.includes(id))
    const parsed = AnswersSchema.safeParse(raw)
    if (!parsed.success) return { ok: false, error: 'The link does not hold a valid set of answers' }
    return { ok: true, value: { answers: parsed.data, dataFingerprint: fingerprint, droppedTools: tools.length - known.length } }
  } catch {
    return { ok: false, error: 'The link is damaged (truncated or out-of-range values)' }
  }
}

function readV2(body: Uint8Array, catalog: Catalog): { raw: Record<string, unknown>; fingerprint: string } {
  const r = new BitReader(body)
  const fingerprint = r.read(24).toString(16).padStart(6, '0')
  const tagCount = r.read(TAG_BITS)
  const present = new Set<number>()
  for (let tag = 1; tag <= tagCount; tag++) if (r.read(1) === 1) present.add(tag)
  const raw: Record<string, unknown> = {}
  for (const f of FIELDS_BY_TAG) {
    // a field newer than the token was not asked then: its default stands in
    if (f.tag > tagCount) {
      raw[f.name] = Array.isArray(f.default) ? [...f.default] : typeof f.default === 'object' ? { ...f.default } : f.default
      continue
    }
    if (!present.has(f.tag)) continue
    if (f.kind === 'single') {
      const i = r.read(f.bits)
      if (i >= f.options.length) throw new RangeError('option out of range')
      raw[f.name] = f.options[i]!.value
    } else if (f.kind === 'multi') {
      const mask = r.read(f.bits)
      if (mask >= 1 << f.options.length) throw new RangeError('option out of range')
      raw[f.name] = f.options.filter((_, k) => mask & (1 << k)).map((o) => o.value)
    } else if (f.kind === 'needs') raw[f.name] = readNeeds(r)
    else if (f.subsetOf) {
      const of = Array.isArray(raw[f.subsetOf]) ? (raw[f.subsetOf] as string[]) : []
      raw[f.name] = of.filter(() => r.read(1) === 1)
    } else raw[f.name] = readTools(r, catalog)
  }
  const weights: Record<string, number> = {}
  const weightCount = r.read(COUNT_BITS)
  for (let i = 0; i < weightCount; i++) {
    const criterion = CRITERION_BY_TAG.get(r.read(TAG_BITS))
    const value = r.read(4)
    // a criterion retired since the link was made is ignored
    if (criterion !== undefined) weights[criterion] = value
  }
  if (weightCount > 0) raw.weights = weights
  if (r.remaining() >= 8) readUsage(r, raw)
  if (r.remaining() >= 8) throw new RangeError('trailing bytes')
  return { raw, fingerprint }
}

const FIGURE_TAG_BITS = 5
const FIGURE_BY_TAG = new Map(FIGURES.map((f) => [f.tag, f]))

function writeUsage(w: BitWriter, answers: Answers): void {
  const held = FIGURES.map((f) => [f, figureOf(answers, f)] as const).filter((e): e is [FigureDef, number | (typeof CLOUD_IDS)[number]] => e[1] !== undefined)
  if (held.length === 0) return
  w.write(held.length, COUNT_BITS - 1)
  for (const [f, value] of held) {
    w.write(f.tag, FIGURE_TAG_BITS)
    let decimals = 0
    let digits = typeof value === 'string' ? CLOUD_IDS.indexOf(value) : value
    // the schema keeps figures to a thousandth, so three decimals always reach a whole number
    while (decimals < 3 && Math.round(digits * 1000) % 1000 !== 0) {
      digits *= 10
      decimals++
    }
    digits = Math.round(digits)
    const width = digits === 0 ? 0 : Math.floor(Math.log2(digits)) + 1
    w.write(decimals, 2)
    w.write(width, 6)
    w.write(digits, width)
  }
}

function readUsage(r: BitReader, raw: Record<string, unknown>): void {
  const count = r.read(COUNT_BITS - 1)
  for (let i = 0; i < count; i++) {
    const f = FIGURE_BY_TAG.get(r.read(FIGURE_TAG_BITS))
    const decimals = r.read(2)
    const digits = r.read(r.read(6))
    // a figure retired since the link was made is skipped; its bits are read all the same
    if (f === undefined) continue
    let value: number | string = digits / 10 ** decimals
    if (f.kind === 'cloud') {
      value = CLOUD_IDS[digits] ?? ''
      if (value === '') throw new RangeError('cloud out of range')
    }
    setFigure(raw, f, value)
  }
}

function readTools(r: BitReader, catalog: Catalog): string[] {
  const index = idsByHash(catalog)
  const count = r.read(COUNT_BITS)
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    if (r.read(1) === 0) {
      // unknown or ambiguous in today's data: kept as a placeholder that the caller drops and counts
      ids.push(index.get(r.read(30)) ?? '?')
    } else {
      const length = r.read(6)
      if (length === 0 || length > MAX_VENDOR_ID_LENGTH) throw new RangeError('bad id length')
      let id = ''
      for (let k = 0; k < length; k++) {
        const ch = ID_ALPHABET[r.read(6)]
        if (ch === undefined) throw new RangeError('bad id character')
        id += ch
      }
      ids.push(id)
    }
  }
  return ids
}
