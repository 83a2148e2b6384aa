import data from '../../data/prices.json' with { type: 'json' }
import { buildPriceBook, type PriceBook, type PriceBookData } from './price-book'

/**
 * The shipped price book for the browser, without re-validating it: the test suite, the server and
 * `data:check` validate this same file, and skipping the schema keeps zod's full build out of the page.
 */
export const CLIENT_PRICES: PriceBook = buildPriceBook(data as PriceBookData)
