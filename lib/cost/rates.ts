import { qty, rate, type Band, type Ledger } from './ledger'
import type { CloudId } from './price-book'

/**
 * On-demand compute rates per cloud. Clouds price whole instances; the per-vCPU and per-GiB split
 * for AWS and Azure is derived in the price book from GCP's N2 ratio. On-prem uses the user's
 * rates, else OpenCost's default price sheet (GCP us-central1 N2), which OpenCost itself falls
 * back to when no cloud price applies.
 */
const COMPUTE: Record<CloudId, { vcpu: string; gib: string; label: string }> = {
  aws: { vcpu: 'aws-m7i-per-vcpu-hour', gib: 'aws-m7i-per-gib-hour', label: 'AWS m7i, us-east-1' },
  gcp: { vcpu: 'gcp-n2-per-vcpu-hour-us-central1', gib: 'gcp-n2-per-gib-hour-us-central1', label: 'GCP N2, us-central1' },
  azure: { vcpu: 'azure-dsv5-per-vcpu-hour', gib: 'azure-dsv5-per-gib-hour', label: 'Azure Dsv5, East US' },
  'on-prem': { vcpu: 'gcp-n2-per-vcpu-hour-us-central1', gib: 'gcp-n2-per-gib-hour-us-central1', label: "on-prem at OpenCost's default rates" },
}

const BLOCK: Record<CloudId, string> = {
  aws: 'block-aws-ebs-gp3-us-east-1',
  gcp: 'block-gcp-pd-balanced',
  azure: 'block-azure-premium-ssd-v2',
  'on-prem': 'block-opencost-default-storage',
}

const OBJECT: Partial<Record<CloudId, string>> = {
  aws: 'object-aws-s3-standard-us-east-1',
  gcp: 'object-gcp-gcs-standard-us-central1',
  azure: 'object-azure-blob-hot-lrs',
}

export interface ComputeRate {
  vcpuHour: number
  gibHour: number
  /** Where the rates come from, for basis lines. */
  label: string
}

export function computeRate(l: Ledger): ComputeRate {
  const cloud = l.inputs.cluster.cloud
  const own = l.inputs.onPremRates
  if (cloud === 'on-prem' && own) return { vcpuHour: own.vcpuHour, gibHour: own.gibHour, label: 'on-prem, your rates' }
  const ids = COMPUTE[cloud]
  return { vcpuHour: l.value(ids.vcpu), gibHour: l.value(ids.gib), label: `${ids.label} ${l.cite(ids.vcpu)} ${l.cite(ids.gib)}` }
}

/**
 * Prices vCPU and GiB (each a band) at the cloud's on-demand rates for a 730-hour month, with a
 * basis line naming the resources and the rates.
 */
export function priceCompute(l: Ledger, what: string, vcpu: Band, gib: Band): Band {
  const r = computeRate(l)
  const h = l.book.hoursPerMonth
  const band = (k: keyof Band) => (vcpu[k] * r.vcpuHour + gib[k] * r.gibHour) * h
  l.line(
    `${what}: ${range(vcpu)} vCPU and ${range(gib)} GiB × ${rate(r.vcpuHour)}/vCPU-hour and ${rate(r.gibHour)}/GiB-hour × ${h} h (${r.label})`,
  )
  return { low: band('low'), expected: band('expected'), high: band('high') }
}

/** GB-month rate of block (disk) or object storage on the cluster's cloud; undefined when unknown. */
export function storageRate(l: Ledger, kind: 'block' | 'object'): { perGbMonth: number; cite: string } | undefined {
  const cloud = l.inputs.cluster.cloud
  if (kind === 'block' && cloud === 'on-prem' && l.inputs.onPremRates?.blockGbMonth !== undefined)
    return { perGbMonth: l.inputs.onPremRates.blockGbMonth, cite: '(your on-prem rate)' }
  const id = kind === 'block' ? BLOCK[cloud] : OBJECT[cloud]
  if (!id) return undefined
  const e = l.entry(id)
  return typeof e.value === 'number' ? { perGbMonth: e.value, cite: l.cite(id) } : undefined
}

/** "0.6 (low) / 1.2 / 2.4 (high)", or one number when the bands agree. */
export function range(b: Band): string {
  return b.low === b.high ? qty(b.expected) : `${qty(b.low)}–${qty(b.high)} (expected ${qty(b.expected)})`
}
