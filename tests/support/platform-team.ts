import { AnswersSchema } from '@/lib/answers/schema'
import { EMBEDDED_CATALOG } from '@/lib/catalog/embedded'
import { withCosts } from '@/lib/cost/attach'
import { recommend } from '@/lib/recommend'

/** A team with every area in scope that runs Prometheus: the report and export tests' example. */
export const PLATFORM_TEAM = AnswersSchema.parse({
  scope: ['service-mesh', 'observability', 'security', 'cost'],
  openSource: 'preferred',
  hosting: 'either',
  sidecars: 'avoid',
  costSensitivity: 'high',
  signals: ['traces', 'logs', 'metrics'],
  consolidation: 'balanced',
  existingTools: ['prometheus'],
})

/** Its recommendation as every interface gives it: the engine's output with monthly costs. */
export const platformTeamRec = () => withCosts(recommend(PLATFORM_TEAM, EMBEDDED_CATALOG), EMBEDDED_CATALOG)
