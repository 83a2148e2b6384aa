import data from '../../data/vendors.json' with { type: 'json' }
import { CLIENT_PRICES } from '../cost/embedded-prices-client'
import { buildCatalog, withPriceBook, type Catalog } from './build'
import type { Dataset } from './schema'

/**
 * The embedded data set and price book for the browser, without re-validating them: the test suite
 * and the server validate these same files, and skipping the schema keeps zod's full build out of
 * the page. The price book is part of it because price ranks (lib/scoring/price.ts).
 */
export const CLIENT_CATALOG: Catalog = withPriceBook(buildCatalog(data as Dataset), CLIENT_PRICES)
