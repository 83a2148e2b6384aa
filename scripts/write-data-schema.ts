// Regenerates data/vendors.schema.json; a unit test fails when it is out of date.
import { writeFileSync } from 'node:fs'
import { datasetJsonSchema } from '../lib/catalog/json-schema'

writeFileSync('data/vendors.schema.json', datasetJsonSchema())
console.log('wrote data/vendors.schema.json')
