// Regenerates the published JSON Schemas; a unit test fails when either is out of date.
import { writeFileSync } from 'node:fs'
import { datasetJsonSchema } from '../lib/catalog/json-schema'
import { priceBookJsonSchema } from '../lib/cost/price-book-schema'
import { recommendationJsonSchema } from '../lib/output/recommendation-schema'

writeFileSync('data/vendors.schema.json', datasetJsonSchema())
writeFileSync('data/recommendation.schema.json', recommendationJsonSchema())
writeFileSync('data/prices.schema.json', priceBookJsonSchema())
console.log('wrote data/vendors.schema.json, data/recommendation.schema.json and data/prices.schema.json')
