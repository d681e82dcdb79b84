import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonSchemaArbitrary } from './json-schema-arbitrary'
import type { JsonSchema } from './openapi-operations'
import { openApiResponseChecker } from './openapi-response-check'
import { schemaViolationArbitrary } from './schema-violation-arbitrary'
import { toJsonSchema } from './to-json-schema'

/** Schemas shaped like the ones zod writes into the OpenAPI document (3.0 dialect). */
const SCHEMAS: Record<string, JsonSchema> = {
  date: { type: 'string', format: 'date', example: '2026-11-27' },
  hour: { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' },
  id: { type: 'string', minLength: 1, maxLength: 64 },
  limit: { default: 50, type: 'integer', minimum: 1, maximum: 200 },
  share: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: true },
  nullableEnum: { nullable: true, type: 'string', enum: ['work_hours', 'personal_time'] },
  customer: {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 200 },
      status: { type: 'string', enum: ['prospect', 'active'] },
      tags: { type: 'array', maxItems: 3, items: { type: 'string', minLength: 1, maxLength: 50 } },
      lostDate: { nullable: true, type: 'string', format: 'date' },
      contacts: {
        type: 'array',
        maxItems: 2,
        items: {
          type: 'object',
          properties: { name: { type: 'string', minLength: 1, maxLength: 100 } },
          required: ['name'],
          additionalProperties: false,
        },
      },
    },
    required: ['name'],
    additionalProperties: false,
  },
}

describe('generators from an OpenAPI schema', () => {
  const { refuses } = openApiResponseChecker()
  for (const [name, raw] of Object.entries(SCHEMAS)) {
    const schema = toJsonSchema(raw) as JsonSchema
    it(`${name}: generated values are accepted, violations refused (Ajv)`, () => {
      fc.assert(
        fc.property(jsonSchemaArbitrary(schema), (value) => !refuses(schema, value)),
        { numRuns: 300 },
      )
      // A violation is sent only once Ajv refuses it; most of them must be refused already.
      const violations = fc.sample(schemaViolationArbitrary(schema), { numRuns: 300, seed: 3 })
      const refused = violations.filter((v) => refuses(schema, v.value)).length
      expect(refused / violations.length, name).toBeGreaterThan(0.6)
    })
  }
  it('reads OpenAPI 3.0: nullable, boolean exclusive bounds', () => {
    expect(toJsonSchema(SCHEMAS.share)).toEqual({ type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 })
    expect(toJsonSchema(SCHEMAS.nullableEnum)).toEqual({
      anyOf: [{ type: 'string', enum: ['work_hours', 'personal_time', null] }, { type: 'null' }],
    })
  })
})
