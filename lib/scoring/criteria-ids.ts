// Kept apart from the rating rules so the answers schema can name criteria without importing them.
export const CRITERION_IDS = [
  'capability',
  'openness',
  'governance',
  'hosting',
  'dataPlane',
  'computeCost',
  'mtls',
  'spend',
  'k8sIntegration',
  'incumbent',
  'evidence',
] as const
export type CriterionId = (typeof CRITERION_IDS)[number]
