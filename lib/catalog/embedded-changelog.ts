import data from '../../data/changelog.json' with { type: 'json' }
import { ChangelogSchema, type Changelog } from './changelog'

/** The data changelog shipped with the product (`npm run data:changelog` writes it). */
export const EMBEDDED_CHANGELOG: Changelog = ChangelogSchema.parse(data)
