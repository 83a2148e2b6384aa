import type { LandscapeRow } from './landscape-filter'
import { normalize } from './landscape-filter'
import { DELIVERY_MODELS, OPEN_SOURCE_MODELS, VendorSchema, type DeliveryModel, type OpenSourceModel, type Vendor } from './schema'
import { AREA_IDS, AREA_LABEL, SLOT_AREA, SLOT_IDS, SLOT_LABEL, type AreaId, type SlotId } from './slots'

export type CncfStatus = Vendor['cncf']['status']
/** From the schema, so a new status shows up in the filter; most mature first. */
export const CNCF_STATUSES: readonly CncfStatus[] = VendorSchema.shape.cncf.shape.status.options

export const MODEL_LABEL: Record<OpenSourceModel, string> = {
  'open-source': 'Open source',
  'open-core': 'Open core',
  'source-available': 'Source available',
  proprietary: 'Proprietary',
}

export const DELIVERY_LABEL: Record<DeliveryModel, string> = {
  'self-hosted': 'Self-hosted',
  saas: 'SaaS',
  both: 'Self-hosted or SaaS',
}

export const CNCF_LABEL: Record<CncfStatus, string> = {
  graduated: 'CNCF graduated',
  incubating: 'CNCF incubating',
  sandbox: 'CNCF sandbox',
  none: 'Not in the CNCF',
}

export interface FilterOption {
  value: string
  label: string
}

/** The choices of each filter, in the domain's order; slots are grouped by area. */
export const LANDSCAPE_OPTIONS = {
  area: AREA_IDS.map((a) => ({ value: a, label: AREA_LABEL[a] })),
  slot: AREA_IDS.map((a) => ({
    area: a,
    label: AREA_LABEL[a],
    slots: SLOT_IDS.filter((s) => SLOT_AREA[s] === a).map((s) => ({ value: s, label: SLOT_LABEL[s] })),
  })),
  model: OPEN_SOURCE_MODELS.map((m) => ({ value: m, label: MODEL_LABEL[m] })),
  delivery: DELIVERY_MODELS.map((d) => ({ value: d, label: DELIVERY_LABEL[d] })),
  cncf: CNCF_STATUSES.map((c) => ({ value: c, label: CNCF_LABEL[c] })),
} satisfies Record<string, readonly unknown[]>

/** "Secrets management", or "Logs (partial)" when the vendor is not a main product for it. */
export function slotFitLabel(fit: Vendor['slots'][number]): string {
  return `${SLOT_LABEL[fit.slot]}${fit.fit === 'core' ? '' : ` (${fit.fit})`}`
}

/** A vendor reduced to what the landscape list filters, searches and sorts on. */
export function landscapeRow(v: Vendor): LandscapeRow {
  const slots: SlotId[] = v.slots.map((s) => s.slot)
  const areas = [...new Set(slots.map((s) => SLOT_AREA[s]))] as AreaId[]
  return {
    id: v.id,
    name: v.name,
    search: normalize([v.name, v.company, v.description, ...slots.map((s) => SLOT_LABEL[s])].join(' \u2022 ')),
    facets: { area: areas, slot: slots, model: v.license.model, delivery: v.delivery.model, cncf: v.cncf.status },
    order: {
      name: normalize(v.name),
      // the stack's own order: a mesh first, cost last
      slots: Math.min(...slots.map((s) => SLOT_IDS.indexOf(s))),
      licence: OPEN_SOURCE_MODELS.indexOf(v.license.model),
      delivery: DELIVERY_MODELS.indexOf(v.delivery.model),
      cncf: CNCF_STATUSES.indexOf(v.cncf.status),
      checked: v.asOf,
    },
  }
}

/** "Apache-2.0 (open source)", or just "Proprietary" when the licence and its model say the same. */
export function licenceLabel(v: Vendor): string {
  const model = MODEL_LABEL[v.license.model]
  return v.license.spdx.toLowerCase() === v.license.model ? model : `${v.license.spdx} (${model.toLowerCase()})`
}
