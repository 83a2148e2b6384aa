import { describe, expect, it } from 'vitest'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { vendorHref } from '@/lib/catalog/links'

describe('vendorHref', () => {
  it('points at the vendor page under the landscape', () => {
    expect(vendorHref('linkerd')).toBe('/landscape/linkerd')
  })

  it('keeps every embedded id as it is, so links read well', () => {
    for (const v of EMBEDDED_CATALOG.vendors) expect(vendorHref(v.id)).toBe(`/landscape/${v.id}`)
  })

  it('cannot leave the landscape path for a malformed id', () => {
    expect(vendorHref('../admin?x=1')).toBe('/landscape/..%2Fadmin%3Fx%3D1')
  })
})
