import data from '../../data/vendors.json' with { type: 'json' }
import { loadCatalog, type Catalog } from './catalog'

/** The data set shipped with the product, validated once per process. */
export const EMBEDDED_CATALOG: Catalog = loadCatalog(data)
