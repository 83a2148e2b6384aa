// Regenerates the published JSON Schemas; a unit test fails when either is out of date.
import { writeFileSync } from 'node:fs'
import { datasetJsonSchema } from '../lib/catalog/json-schema'
import { recommendationJsonSchema } from '../lib/output/recommendation-schema'

writeFileSync('data/vendors.schema.json', datasetJsonSchema())
writeFileSync('data/recommendation.schema.json', recommendationJsonSchema())
console.log('wrote data/vendors.schema.json and data/recommendation.schema.json')
