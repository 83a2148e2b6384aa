import data from '../../data/prices.json' with { type: 'json' }
import { EMBEDDED_CATALOG } from '../catalog/embedded'
import { issuesToText } from '../catalog/issues'
import type { PriceBook } from './price-book'
import { parsePriceBook } from './price-book-schema'

function load(): PriceBook {
  const result = parsePriceBook(data, EMBEDDED_CATALOG)
  if (!result.ok) throw new Error(`Invalid price book:\n${issuesToText(result.issues)}`)
  return result.book
}

/** The price book shipped with the product, validated once per process. */
export const EMBEDDED_PRICES: PriceBook = load()
