import fc from 'fast-check'
import type { JsonSchema } from './openapi-operations'

/**
 * What the schema cannot say about a field, by its name: real ids from the fixture, addresses of
 * the test users, a loopback webhook… Undefined means "generate from the schema".
 */
export type FieldHint = (
  name: string,
  schema: JsonSchema,
  where?: 'path' | 'query' | 'body',
) => fc.Arbitrary<unknown> | undefined

const SAFE = Number.MAX_SAFE_INTEGER

/** Text that broke real systems: quotes, SQL, formulas, markup, CJK, emoji, control characters. */
export const NASTY_STRINGS = [
  "O'Brien",
  'Robert"); DROP TABLE customers;--',
  "' OR '1'='1",
  '=1+2',
  '@SUM(A1)',
  '-2+3',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '王小明',
  '陳 美玲 (台北)',
  '张伟',
  '😀👍🏽',
  '\u0000',
  'tab\there',
  'line\nbreak',
  ' padded ',
  '%',
  '_',
  '\\',
  '${x}',
  '../../etc/passwd',
  'null',
  'true',
  '0',
  '-1',
  'NaN',
  '\u202Eevil',
  '\uFEFFbom',
]

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** Calendar dates, most around the test clock (2026-11-27), some far away. */
export const localDateArbitrary = fc
  .oneof(
    {
      weight: 8,
      arbitrary: fc.date({ min: new Date('2024-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
    },
    {
      weight: 2,
      arbitrary: fc.date({ min: new Date('1970-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
    },
  )
  .map((d) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`)

const instantArbitrary = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString())

/** A string shaped like the schema's example: each run of digits moved a little, or anywhere. */
function exampleShaped(example: string): fc.Arbitrary<string> {
  const parts = example.split(/(\d+)/)
  return fc
    .tuple(
      ...parts.map((part, i) => {
        if (i % 2 === 0) return fc.constant(part)
        const value = Number(part)
        const near = fc.integer({ min: Math.max(0, value - 3), max: value + 3 })
        const any = fc.integer({ min: 0, max: 10 ** part.length - 1 })
        return fc
          .oneof({ weight: 4, arbitrary: near }, { weight: 1, arbitrary: any })
          .map((n) => (part.length > 1 ? pad(n, part.length) : String(n)))
      }),
    )
    .map((bits) => bits.join(''))
}

function textArbitrary(min: number, max: number): fc.Arbitrary<string> {
  const short = Math.min(max, Math.max(min, 24))
  const fit = (s: string) => (s.length > max ? s.slice(0, max) : s)
  const options: fc.WeightedArbitrary<string>[] = [
    { weight: 5, arbitrary: fc.string({ minLength: min, maxLength: short, unit: 'grapheme' }).map(fit) },
    { weight: 3, arbitrary: fc.string({ minLength: min, maxLength: short, unit: 'grapheme-ascii' }) },
    { weight: 1, arbitrary: fc.string({ minLength: min, maxLength: short, unit: 'binary' }).map(fit) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: Math.max(min, 1), max: Math.max(min, 1, Math.min(max, 5000)) })
        .map((n) => 'x'.repeat(Math.min(n, max))),
    },
  ]
  const nasty = NASTY_STRINGS.filter((s) => s.length >= min && s.length <= max)
  if (nasty.length > 0) options.push({ weight: 3, arbitrary: fc.constantFrom(...nasty) })
  return fc.oneof(...options).filter((s) => s.length >= min)
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<unknown> {
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : 10_000
  const inRange = (s: string) => s.length >= min && s.length <= max
  if (schema.format === 'date') return localDateArbitrary.filter(inRange)
  if (schema.format === 'date-time') return instantArbitrary.filter(inRange)
  if (schema.format === 'email')
    return fc
      .emailAddress()
      .filter((s) => inRange(s) && (!schema.pattern || new RegExp(String(schema.pattern)).test(s)))
  if (schema.format === 'uri') return fc.webUrl().filter(inRange)
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern)).filter(inRange)
  if (typeof schema.example === 'string')
    return fc.oneof(
      { weight: 6, arbitrary: exampleShaped(schema.example) },
      { weight: 1, arbitrary: textArbitrary(min, max) },
    )
  return textArbitrary(min, max)
}

function integerArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const min = Math.max(-SAFE, Math.ceil(Number(schema.minimum ?? schema.exclusiveMinimum ?? -SAFE)))
  const max = Math.min(SAFE, Math.floor(Number(schema.maximum ?? schema.exclusiveMaximum ?? SAFE)))
  const lo = schema.exclusiveMinimum !== undefined && min === schema.exclusiveMinimum ? min + 1 : min
  const hi = schema.exclusiveMaximum !== undefined && max === schema.exclusiveMaximum ? max - 1 : max
  const clamp = (n: number) => Math.min(hi, Math.max(lo, n))
  // Money and counts live a little above zero, a year near the example; the whole range is tried too.
  const near =
    typeof schema.example === 'number'
      ? fc.integer({ min: -5, max: 5 }).map((n) => clamp((schema.example as number) + n))
      : fc.integer({ min: -3, max: 60 }).map(clamp)
  return fc.oneof(
    { weight: 5, arbitrary: near },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map(clamp) },
    { weight: 1, arbitrary: fc.constantFrom(lo, hi) },
    { weight: 1, arbitrary: fc.integer({ min: lo, max: hi }) },
  )
}

function numberArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const exMin = typeof schema.exclusiveMinimum === 'number'
  const exMax = typeof schema.exclusiveMaximum === 'number'
  const min = Number(exMin ? schema.exclusiveMinimum : (schema.minimum ?? -1e12))
  const max = Number(exMax ? schema.exclusiveMaximum : (schema.maximum ?? 1e12))
  const ok = (n: number) => (exMin ? n > min : n >= min) && (exMax ? n < max : n <= max)
  const options: fc.Arbitrary<number>[] = [
    // Three decimals at most, as quantities and shares are usually written.
    fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 1000),
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true, minExcluded: exMin, maxExcluded: exMax }),
  ]
  if (Math.ceil(min) <= Math.floor(max))
    options.push(integerArbitrary({ minimum: Math.ceil(min), maximum: Math.floor(max) }))
  return fc.oneof(...options).filter(ok)
}

function objectArbitrary(schema: JsonSchema, hint: FieldHint | undefined): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>
  const required = new Set((schema.required ?? []) as string[])
  const keys = Object.keys(properties)
  if (keys.length === 0 && schema.additionalProperties && typeof schema.additionalProperties === 'object')
    return fc.dictionary(
      fc.string({ minLength: 1, maxLength: 12 }),
      jsonSchemaArbitrary(schema.additionalProperties as JsonSchema, hint),
      { maxKeys: 3 },
    )
  const record = fc.record(
    Object.fromEntries(keys.map((k) => [k, jsonSchemaArbitrary(properties[k] as JsonSchema, hint, k)])),
    { requiredKeys: keys.filter((k) => required.has(k)) },
  )
  return record
}

/**
 * Values the schema accepts (draft-07, see to-json-schema.ts): strings with their formats,
 * patterns, enums and lengths; integers in range; dates YYYY-MM-DD; arrays; nested objects with
 * their required and optional properties. `name` is the field's name, for the hint.
 */
export function jsonSchemaArbitrary(schema: JsonSchema, hint?: FieldHint, name = ''): fc.Arbitrary<unknown> {
  const hinted = hint?.(name, schema)
  if (hinted) return hinted
  if ('const' in schema) return fc.constant(schema.const)
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]))
  const branches = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined
  if (branches) return fc.oneof(...branches.map((b) => jsonSchemaArbitrary(b, hint, name)))
  if (Array.isArray(schema.type))
    return fc.oneof(
      ...(schema.type as string[]).map((t) => jsonSchemaArbitrary({ ...schema, type: t }, hint, name)),
    )
  switch (schema.type) {
    case 'string':
      return stringArbitrary(schema)
    case 'integer':
      return integerArbitrary(schema)
    case 'number':
      return numberArbitrary(schema)
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'array': {
      const minLength = Number(schema.minItems ?? 0)
      const maxLength = Math.min(Number(schema.maxItems ?? 5), minLength + 4)
      return fc.array(jsonSchemaArbitrary((schema.items ?? {}) as JsonSchema, hint, name), {
        minLength,
        maxLength,
      })
    }
    case 'object':
      return objectArbitrary(schema, hint)
    default:
      // z.unknown(): anything JSON.
      return fc.jsonValue({ maxDepth: 2 })
  }
}
