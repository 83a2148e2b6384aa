import { it } from 'vitest'
import { checkReportsComplete } from '../../support/report-completeness'

it('PDF, Markdown and JSON reports are complete for 150 random answer sets (second half)', () => checkReportsComplete(2, 150), 240_000)
