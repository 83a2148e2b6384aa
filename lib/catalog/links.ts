/** The address of a vendor's own landscape page, for any page or report that names a vendor. */
export function vendorHref(id: string): string {
  // ids are kebab-case by schema; encoding still keeps a bad id from escaping the path
  return `/landscape/${encodeURIComponent(id)}`
}
