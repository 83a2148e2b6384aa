import { z } from 'zod'
import { FIGURES, pathOf, type FigureDef, type FigureGroup } from '../answers/usage'
import { CLOUD_IDS } from '../cost/price-book'

/** An exact figure as the API documents it: its range, and the band it sets. */
function figureDoc(f: FigureDef) {
  if (f.kind === 'cloud') return z.enum(CLOUD_IDS).optional().describe(`${f.about}; with platform eks, gke or aks it must be that platform's cloud`)
  const band = f.band ? `; sets the band answer ${f.band.field} (which, when given as well, must agree)` : ''
  return (f.int ? z.int() : z.number())
    .min(f.min)
    .max(f.max)
    .optional()
    .describe(`${f.about}${band}`)
}
const figureGroup = (group: FigureGroup, about: string) =>
  z
    .object(Object.fromEntries(FIGURES.filter((f) => f.group === group).map((f) => [f.name, figureDoc(f)])))
    .strict()
    .optional()
    .describe(about)

/**
 * Exact usage figures: optional, for the cost estimates; each replaces its band's middle and the
 * defaults the estimate would assume (see `monthlyCost.assumed`). Kept to a thousandth.
 */
export const USAGE_DOC = {
  cluster: figureGroup('cluster', 'Exact cluster figures for the cost estimates, all optional'),
  telemetry: figureGroup('telemetry', 'Exact telemetry volumes for the cost estimates, all optional (asked with observability in scope)'),
  ...Object.fromEntries(FIGURES.filter((f) => f.group === null).map((f) => [pathOf(f), figureDoc(f)])),
}

