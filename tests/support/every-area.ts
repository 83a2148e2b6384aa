/** A cost-sensitive team with every area and signal in scope: the raw answers a client would send. */
export const EVERY_AREA_TEAM = {
  scope: ['service-mesh', 'observability', 'security', 'cost'],
  openSource: 'no-preference',
  hosting: 'either',
  sidecars: 'fine',
  costSensitivity: 'high',
  consolidation: 'balanced',
  signals: ['logs', 'metrics', 'traces'],
}
