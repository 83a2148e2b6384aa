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
  'operations',
  'platform',
  'incumbent',
  'price',
] as const
export type CriterionId = (typeof CRITERION_IDS)[number]

/**
 * Each criterion's number in share tokens (weight overrides). Stable forever: a retired criterion
 * keeps its number reserved, a new one takes the next free number.
 */
export const CRITERION_TAGS: Record<CriterionId, number> = {
  capability: 1,
  openness: 2,
  governance: 3,
  hosting: 4,
  dataPlane: 5,
  computeCost: 6,
  mtls: 7,
  spend: 8,
  k8sIntegration: 9,
  incumbent: 10,
  operations: 12,
  platform: 13,
  price: 14,
  // 11: evidence ("Verified facts"), retired 2026-11-25: data confidence is shown beside the score
}
