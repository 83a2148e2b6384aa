import type { CriterionId } from './criteria-ids'

/**
 * One sentence per criterion in plain words, shown beside its weight: labels such as "Neutral
 * governance" or "mTLS" are the accepted terms, but not every reader of a results page knows them.
 */
export const CRITERION_HELP: Record<CriterionId, string> = {
  capability: 'How many of the capabilities you need the product has.',
  openness: 'Whether you can run it under an open-source licence, free of licence fees and lock-in.',
  governance: 'Run by a foundation such as the CNCF rather than one company, so no single vendor decides its future.',
  hosting: 'Whether it comes the way you want to run it: as a service, self-hosted, or either.',
  dataPlane: 'How the mesh carries traffic: a proxy beside every pod (sidecar) or shared per node.',
  computeCost: 'The CPU and memory it takes from your clusters, or for cost tools the compute it saves.',
  mtls: 'Mutual TLS: traffic between services encrypted and both ends authenticated.',
  spend: 'Ways to keep a telemetry bill in check: sampling, retention, archive tiers, cardinality limits.',
  k8sIntegration: 'How natively it works with Kubernetes: operators, custom resources, Kubernetes RBAC.',
  operations: 'What your team runs and upgrades: parts in your clusters and how often releases come.',
  platform: 'How well it fits your Kubernetes platform, for example built into your cloud.',
  incumbent: 'Your team already runs it: no migration and no new contract.',
  price: 'What it would cost a month for your cluster and volumes, next to the other products; an unpublished price never counts as cheap.',
}
