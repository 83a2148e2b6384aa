import { z } from 'zod'
import { DatasetSchema } from './schema'

/** JSON Schema of the data file, generated from the zod schema so editors validate and document it. */
export function datasetJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(DatasetSchema, { io: 'input' }), null, 2)}\n`
}
