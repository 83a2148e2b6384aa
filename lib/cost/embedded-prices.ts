import { EMBEDDED_CATALOG } from '../catalog/embedded'
import type { PriceBook } from './price-book'

/** The price book shipped with the product, validated once per process with the embedded catalog. */
export const EMBEDDED_PRICES: PriceBook = EMBEDDED_CATALOG.prices!
