import { DELIVERY_LABEL, licenceLabel, slotFitLabel } from '@/lib/catalog/landscape-rows'
import { vendorHref } from '@/lib/catalog/links'
import type { Vendor } from '@/lib/catalog/schema'
import { VendorBadges } from './vendor-badges'

const CNCF_SHORT: Record<Vendor['cncf']['status'], string> = { graduated: 'Graduated', incubating: 'Incubating', sandbox: 'Sandbox', none: 'No' }

/** A vendor as one row of the sortable table; the columns follow the browser's sort keys. */
export function VendorRow({ v }: { v: Vendor }) {
  return (
    <tr id={v.id}>
      <th scope="row">
        <a href={vendorHref(v.id)}>{v.name}</a>
        <VendorBadges v={v} className="small" />
      </th>
      <td>{v.slots.map(slotFitLabel).join(', ')}</td>
      <td>{licenceLabel(v)}</td>
      <td>{DELIVERY_LABEL[v.delivery.model]}</td>
      <td>{CNCF_SHORT[v.cncf.status]}</td>
      <td>
        <time dateTime={v.asOf}>{v.asOf}</time>
      </td>
    </tr>
  )
}
