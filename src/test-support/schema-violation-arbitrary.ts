import fc from 'fast-check'
import { jsonSchemaArbitrary, type FieldHint } from './json-schema-arbitrary'
import type { JsonSchema } from './openapi-operations'

/** A value the schema refuses, and why (for the report of a failing case). */
export type Violation = { value: unknown; reason: string }

const v = (reason: string) => (value: unknown) => ({ value, reason })
const typeOf = (schema: JsonSchema) => schema.type

/** Values of other JSON types than the schema's. */
function wrongType(schema: JsonSchema): fc.Arbitrary<Violation> {
  const all: [string, unknown][] = [
    ['string', 'text'],
    ['integer', 42],
    ['number', 1.5],
    ['boolean', true],
    ['object', { a: 1 }],
    ['array', [1, 'two']],
  ]
  const type = typeOf(schema)
  const others = all.filter(([t]) => t !== type && !(type === 'number' && t === 'integer'))
  return fc.constantFrom(...others).map(([t, value]) => ({ value, reason: `wrong type (${t})` }))
}

const BAD_DATES = [
  '2026-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-11-31',
  '26-11-27',
  '2026/11/27',
  '20261127',
  'yesterday',
  '2026-11-27T00:00:00Z',
  '',
]

function stringViolations(schema: JsonSchema): fc.Arbitrary<Violation>[] {
  const out: fc.Arbitrary<Violation>[] = [wrongType(schema)]
  if (typeof schema.maxLength === 'number')
    out.push(
      fc
        .integer({ min: 1, max: 200 })
        .map((extra) => ({ value: 'x'.repeat((schema.maxLength as number) + extra), reason: 'too long' })),
    )
  if (typeof schema.minLength === 'number' && schema.minLength > 0)
    out.push(fc.constant({ value: '', reason: 'too short' }))
  if (Array.isArray(schema.enum))
    out.push(
      fc
        .constantFrom('other', 'ALL', '*', ...schema.enum.map((e) => String(e).toUpperCase() + '!'))
        .map(v('not one of the enum')),
    )
  if (schema.format === 'date') out.push(fc.constantFrom(...BAD_DATES).map(v('bad date')))
  if (schema.format === 'date-time')
    out.push(
      fc.constantFrom('2026-11-27', 'now', '2026-11-27 10:00', '2026-02-30T00:00:00Z').map(v('bad instant')),
    )
  if (schema.format === 'email')
    out.push(fc.constantFrom('not-an-email', 'a@b', '@test.tw', 'a b@test.tw').map(v('bad email')))
  if (schema.format === 'uri')
    out.push(fc.constantFrom('not a url', 'ftp://example.com/x', 'javascript:alert(1)').map(v('bad url')))
  if (typeof schema.pattern === 'string')
    out.push(fc.constantFrom('??', '99:99', 'x').map(v('does not match the pattern')))
  return out
}

function numberViolations(schema: JsonSchema): fc.Arbitrary<Violation>[] {
  const out: fc.Arbitrary<Violation>[] = [wrongType(schema)]
  const safe = (n: number) => Math.abs(n) <= Number.MAX_SAFE_INTEGER
  if (typeOf(schema) === 'integer') out.push(fc.constantFrom(0.5, 2.25, -1.5).map(v('not an integer')))
  const min = (schema.minimum ?? schema.exclusiveMinimum) as number | undefined
  const max = (schema.maximum ?? schema.exclusiveMaximum) as number | undefined
  if (min !== undefined && safe(min - 1))
    out.push(fc.integer({ min: 1, max: 1000 }).map((d) => ({ value: min - d, reason: 'below the minimum' })))
  if (schema.exclusiveMinimum !== undefined)
    out.push(fc.constant({ value: min, reason: 'at the exclusive minimum' }))
  if (max !== undefined && safe(max + 1))
    out.push(fc.integer({ min: 1, max: 1000 }).map((d) => ({ value: max + d, reason: 'above the maximum' })))
  if (schema.exclusiveMaximum !== undefined)
    out.push(fc.constant({ value: max, reason: 'at the exclusive maximum' }))
  return out
}

function objectViolations(schema: JsonSchema, hint: FieldHint | undefined): fc.Arbitrary<Violation>[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>
  const required = (schema.required ?? []) as string[]
  const valid = jsonSchemaArbitrary(schema, hint) as fc.Arbitrary<Record<string, unknown>>
  const out: fc.Arbitrary<Violation>[] = [wrongType(schema)]
  if (required.length > 0)
    out.push(
      fc.tuple(valid, fc.constantFrom(...required)).map(([value, key]) => {
        const copy = { ...value }
        delete copy[key]
        return { value: copy, reason: `missing ${key}` }
      }),
    )
  const keys = Object.keys(properties)
  if (keys.length > 0)
    out.push(
      fc.tuple(valid, fc.constantFrom(...keys)).chain(([value, key]) =>
        schemaViolationArbitrary(properties[key] as JsonSchema, hint, key).map((bad) => ({
          value: { ...value, [key]: bad.value },
          reason: `${key}: ${bad.reason}`,
        })),
      ),
    )
  if (schema.additionalProperties === false)
    out.push(
      fc
        .tuple(valid, fc.constantFrom('unexpectedField', 'isAdmin', 'constructor', 'version'))
        .map(([value, key]) => ({
          value: { ...value, [key]: 'x' },
          reason: `unknown field ${key}`,
        })),
    )
  return out
}

function arrayViolations(
  schema: JsonSchema,
  hint: FieldHint | undefined,
  name: string,
): fc.Arbitrary<Violation>[] {
  const items = (schema.items ?? {}) as JsonSchema
  const out: fc.Arbitrary<Violation>[] = [wrongType(schema)]
  if (typeof schema.maxItems === 'number') {
    const n = schema.maxItems + 1
    out.push(
      fc
        .array(jsonSchemaArbitrary(items, hint, name), { minLength: n, maxLength: n })
        .map(v('too many items')),
    )
  }
  if (typeof schema.minItems === 'number' && schema.minItems > 0)
    out.push(fc.constant({ value: [], reason: 'too few items' }))
  out.push(
    schemaViolationArbitrary(items, hint, name).map((bad) => ({
      value: [bad.value],
      reason: `item: ${bad.reason}`,
    })),
  )
  return out
}

/**
 * Values the schema refuses: wrong types, missing required fields, out of range, bad enum values,
 * bad dates, extra-long strings, unknown fields. The caller filters them through Ajv, so a
 * violation that a union or a nullable happens to accept is never sent as "invalid".
 */
export function schemaViolationArbitrary(
  schema: JsonSchema,
  hint?: FieldHint,
  name = '',
): fc.Arbitrary<Violation> {
  const branches = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined
  if (branches) {
    // A value no branch takes: the violations of the non-null branches, filtered by the caller.
    const real = branches.filter((b) => b.type !== 'null')
    return fc.oneof(...real.map((b) => schemaViolationArbitrary(b, hint, name)))
  }
  if (Array.isArray(schema.enum) || 'const' in schema) {
    const base = stringViolations({ ...schema, type: schema.type ?? 'string' })
    return fc.oneof(...base)
  }
  switch (typeOf(schema)) {
    case 'string':
      return fc.oneof(...stringViolations(schema))
    case 'integer':
    case 'number':
      return fc.oneof(...numberViolations(schema))
    case 'boolean':
      return wrongType(schema)
    case 'array':
      return fc.oneof(...arrayViolations(schema, hint, name))
    case 'object':
      return fc.oneof(...objectViolations(schema, hint))
    default:
      // z.unknown() or null accept (almost) anything: offer a value the caller's filter will judge.
      return wrongType(schema)
  }
}
