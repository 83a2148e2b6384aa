import { z } from 'zod'
import { AREA_IDS } from '../catalog/slots'
import { RING_IDS } from '../report/radar'

/**
 * The tech-radar export (GET /api/report/<token>?format=radar) as the OpenAPI document states it:
 * Backstage's `TechRadarLoaderResponse` (@backstage-community/plugin-tech-radar-common 1.13.0), with
 * the ids this export uses. Dates are YYYY-MM-DD strings, which the plugin's parser turns into dates.
 */
const Snapshot = z
  .object({
    moved: z.union([z.literal(-1), z.literal(0), z.literal(1)]).describe('-1 moved out, 0 stayed, 1 moved in'),
    ringId: z.enum(RING_IDS),
    date: z.iso.date().describe("The data set's as-of date"),
    description: z.string().describe('Why the vendor is in this ring'),
  })
  .strict()

export const TechRadarSchema = z
  .object({
    quadrants: z.array(z.object({ id: z.enum(AREA_IDS), name: z.string() }).strict()).length(4),
    rings: z.array(z.object({ id: z.enum(RING_IDS), name: z.string(), color: z.string(), description: z.string() }).strict()),
    entries: z.array(
      z
        .object({
          key: z.string(),
          id: z.string().describe('<area>--<vendor id>: one entry per vendor per area'),
          quadrant: z.enum(AREA_IDS),
          title: z.string(),
          timeline: z.array(Snapshot).min(1),
          description: z.string().describe('Markdown: the standing in each slot of the area'),
          links: z.array(z.object({ url: z.string(), title: z.string() }).strict()),
        })
        .strict(),
    ),
  })
  .strict()
  .describe("Backstage tech-radar data (the tech-radar plugin's TechRadarLoaderResponse): quadrants are the areas, rings adopt/trial/assess/hold")
