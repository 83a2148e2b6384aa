import type { Vendor } from '@/lib/catalog/schema'

/** Built-in, end of life and added: what changes how a vendor is read before anything else. */
export function VendorBadges({ v, className }: { v: Vendor; className?: string }) {
  if (!v.builtIn && !v.lifecycle && v.origin !== 'added') return null
  return (
    <p className={className}>
      {v.builtIn && <span className="badge solid">built-in</span>} {v.lifecycle && <span className="badge fragile">end of life</span>}{' '}
      {v.origin === 'added' && <span className="badge unverified">added</span>}
    </p>
  )
}
