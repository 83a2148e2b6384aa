import {
  AnswersSchema,
  CONSOLIDATION_OPTIONS,
  COST_SENSITIVITY_OPTIONS,
  HOSTING_OPTIONS,
  MTLS_OPTIONS,
  OPEN_SOURCE_OPTIONS,
  SIDECAR_OPTIONS,
  type Answers,
} from '../answers/schema'
import { AREA_IDS, SIGNAL_IDS } from '../catalog/slots'
import { CRITERION_IDS } from '../scoring/criteria-ids'
import { BitReader, BitWriter, crc16, fromBase64Url, toBase64Url } from './bits'

/**
 * Share tokens: the answers, packed into bits, with a 24-bit data fingerprint and a CRC-16,
 * in base64url behind a version character. Stateless: any replica decodes them the same way.
 *
 * Version 1 layout: data fingerprint 24 | scope 4 | openSource 2 | hosting 2 | sidecars 2 | mtls 2 |
 * costSensitivity 2 | signals 3 | consolidation 2 | hasTools 1 | hasWeights 1 |
 * [tools: 1 bit per V1_VENDORS entry] | [weights: 4 bits per criterion, 15 = derived] | CRC-16.
 * At most 27 characters.
 */
export const TOKEN_VERSION = '1'
export const MAX_TOKEN_LENGTH = 40

/** Frozen for version 1: new vendors need a new version, so old links keep their meaning. */
export const V1_VENDORS = `cilium hashicorp-consul istio kuma linkerd tetrate chronosphere coralogix datadog dynatrace
edge-delta elasticsearch grafana-labs influxdata logz-io m3 new-relic opentelemetry prometheus signalfx sumo-logic
aembit akeyless axiom-security cyberark entro-security hashicorp-boundary hashicorp-vault komodor okta openshift
platform9 rafay spectral spectro-cloud strongdm teleport truffle-security cast-ai cloudzero finout harness kubecost
spot vantage vmware-tanzu-cloudhealth zesty`.split(/\s+/)

const UNSET_WEIGHT = 15

export interface DecodedToken {
  answers: Answers
  /** 6 hex digits of the data hash the link was made with. */
  dataFingerprint: string
}

export type DecodeResult = { ok: true; value: DecodedToken } | { ok: false; error: string }

/** The part of a catalog version that tokens carry ("2026-11-24.f4c375c3" gives "f4c375"). */
export function fingerprintOf(dataVersion: string): string {
  const hash = dataVersion.split('.').pop() ?? ''
  return /^[0-9a-f]{8}$/.test(hash) ? hash.slice(0, 6) : '000000'
}

const setBits = <T extends string>(all: readonly T[], chosen: readonly T[]) =>
  all.reduce((m, v, i) => (chosen.includes(v) ? m | (1 << i) : m), 0)
const fromBits = <T extends string>(all: readonly T[], mask: number) => all.filter((_, i) => mask & (1 << i))

/** Encodes normalized answers; throws only for answers the schema would reject (a programming error). */
export function encodeShareToken(answers: Answers, dataVersion: string): string {
  const w = new BitWriter()
  w.write(parseInt(fingerprintOf(dataVersion), 16), 24)
  w.write(setBits(AREA_IDS, answers.scope), 4)
  w.write(OPEN_SOURCE_OPTIONS.indexOf(answers.openSource), 2)
  w.write(HOSTING_OPTIONS.indexOf(answers.hosting), 2)
  w.write(SIDECAR_OPTIONS.indexOf(answers.sidecars), 2)
  w.write(MTLS_OPTIONS.indexOf(answers.mtls), 2)
  w.write(COST_SENSITIVITY_OPTIONS.indexOf(answers.costSensitivity), 2)
  w.write(setBits(SIGNAL_IDS, answers.signals), 3)
  w.write(CONSOLIDATION_OPTIONS.indexOf(answers.consolidation), 2)
  const tools = answers.existingTools
  const weights = answers.weights ?? {}
  const hasWeights = Object.values(weights).some((x) => x !== undefined)
  if (tools.some((t) => !V1_VENDORS.includes(t))) throw new Error('existingTools holds a vendor unknown to token version 1')
  w.write(tools.length > 0 ? 1 : 0, 1)
  w.write(hasWeights ? 1 : 0, 1)
  if (tools.length > 0) for (const id of V1_VENDORS) w.write(tools.includes(id) ? 1 : 0, 1)
  if (hasWeights) for (const c of CRITERION_IDS) w.write(weights[c] ?? UNSET_WEIGHT, 4)
  const body = w.bytes()
  const out = new Uint8Array(body.length + 2)
  out.set(body)
  const crc = crc16(body)
  out[body.length] = crc >> 8
  out[body.length + 1] = crc & 0xff
  return TOKEN_VERSION + toBase64Url(out)
}

/**
 * Decodes a token from a URL. Never throws: malformed, truncated, tampered, oversized or
 * unknown-version tokens come back as `{ ok: false, error }` with a reason a person can read.
 */
export function decodeShareToken(token: unknown): DecodeResult {
  if (typeof token !== 'string' || token.length === 0) return { ok: false, error: 'The link has no token' }
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, error: 'The link is too long to be a share link' }
  if (token[0] !== TOKEN_VERSION) return { ok: false, error: 'The link was made by an unknown version of the advisor' }
  const bytes = fromBase64Url(token.slice(1))
  if (!bytes || bytes.length < 3) return { ok: false, error: 'The link is damaged (invalid characters or truncated)' }
  const body = bytes.subarray(0, bytes.length - 2)
  const crc = (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!
  if (crc16(body) !== crc) return { ok: false, error: 'The link is damaged (checksum mismatch): was it cut or edited?' }
  try {
    const r = new BitReader(body)
    const fingerprint = r.read(24).toString(16).padStart(6, '0')
    const pickOne = <T>(all: readonly T[], width: number) => {
      const i = r.read(width)
      if (i >= all.length) throw new RangeError('option out of range')
      return all[i]!
    }
    const raw: Record<string, unknown> = {
      scope: fromBits(AREA_IDS, r.read(4)),
      openSource: pickOne(OPEN_SOURCE_OPTIONS, 2),
      hosting: pickOne(HOSTING_OPTIONS, 2),
      sidecars: pickOne(SIDECAR_OPTIONS, 2),
      mtls: pickOne(MTLS_OPTIONS, 2),
      costSensitivity: pickOne(COST_SENSITIVITY_OPTIONS, 2),
      signals: fromBits(SIGNAL_IDS, r.read(3)),
      consolidation: pickOne(CONSOLIDATION_OPTIONS, 2),
    }
    const hasTools = r.read(1) === 1
    const hasWeights = r.read(1) === 1
    raw.existingTools = hasTools ? V1_VENDORS.filter(() => r.read(1) === 1) : []
    if (hasWeights) {
      const weights: Record<string, number> = {}
      for (const c of CRITERION_IDS) {
        const v = r.read(4)
        if (v !== UNSET_WEIGHT) weights[c] = v
      }
      raw.weights = weights
    }
    if (r.remaining() >= 8) throw new RangeError('trailing bytes')
    const parsed = AnswersSchema.safeParse(raw)
    if (!parsed.success) return { ok: false, error: 'The link does not hold a valid set of answers' }
    return { ok: true, value: { answers: parsed.data, dataFingerprint: fingerprint } }
  } catch {
    return { ok: false, error: 'The link is damaged (truncated or out-of-range values)' }
  }
}
