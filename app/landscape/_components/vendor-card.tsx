import { CNCF_LABEL, DELIVERY_LABEL, licenceLabel, slotFitLabel } from '@/lib/catalog/landscape-rows'
import { vendorHref } from '@/lib/catalog/links'
import type { Vendor } from '@/lib/catalog/schema'
import styles from '../landscape.module.css'
import { VendorBadges } from './vendor-badges'

/** A vendor at a glance; every other fact and the sources are one link away, on its own page. */
export function VendorCard({ v }: { v: Vendor }) {
  const href = vendorHref(v.id)
  return (
    <li className={`card ${styles.card}`} id={v.id}>
      <div className={styles.cardHead}>
        <h2 className={styles.cardTitle}>
          <a href={href}>{v.name}</a>
        </h2>
        <VendorBadges v={v} className={styles.badges} />
      </div>
      <p className={styles.meta}>
        {v.company} · {v.slots.map(slotFitLabel).join(', ')}
      </p>
      <p className={styles.description}>{v.description}</p>
      <div className={styles.foot}>
        <ul className={styles.chips} aria-label="Key facts">
          <li>{licenceLabel(v)}</li>
          <li>{DELIVERY_LABEL[v.delivery.model]}</li>
          {/* most vendors are not CNCF projects: only membership is worth the space on a phone */}
          {v.cncf.status !== 'none' && <li>{CNCF_LABEL[v.cncf.status]}</li>}
        </ul>
        <a href={href} className={styles.more}>
          Facts &amp; sources<span className="visually-hidden"> for {v.name}</span>
        </a>
      </div>
    </li>
  )
}
