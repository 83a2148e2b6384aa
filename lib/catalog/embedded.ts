import data from '../../data/vendors.json' with { type: 'json' }
import prices from '../../data/prices.json' with { type: 'json' }
import { parsePriceBook } from '../cost/price-book-schema'
import { withPriceBook, type Catalog } from './build'
import { loadCatalog } from './catalog'
import { issuesToText } from './issues'

function load(): Catalog {
  const catalog = loadCatalog(data)
  // the price book is checked against the vendors it prices
  const book = parsePriceBook(prices, catalog)
  if (!book.ok) throw new Error(`Invalid price book:\n${issuesToText(book.issues)}`)
  return withPriceBook(catalog, book.book)
}

/** The data set shipped with the product, with its price book, validated once per process. */
export const EMBEDDED_CATALOG: Catalog = load()
