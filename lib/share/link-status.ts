import type { Catalog } from '../catalog/catalog'
import { fingerprintOf } from './codec'

/** Whether a link was made with the data now served; when not, the page says so. */
export function dataChangedSince(linkFingerprint: string, catalog: Catalog): boolean {
  return linkFingerprint !== fingerprintOf(catalog.version)
}
