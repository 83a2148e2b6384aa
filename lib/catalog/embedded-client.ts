import data from '../../data/vendors.json' with { type: 'json' }
import { buildCatalog, type Catalog } from './build'
import type { Dataset } from './schema'

/**
 * The embedded data set for the browser, without re-validating it: the test suite and the server
 * validate this same file, and skipping the schema keeps zod's full build out of the page.
 */
export const CLIENT_CATALOG: Catalog = buildCatalog(data as Dataset)
