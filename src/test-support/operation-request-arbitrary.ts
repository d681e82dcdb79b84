import fc from 'fast-check'
import { jsonSchemaArbitrary, type FieldHint } from './json-schema-arbitrary'
import type { JsonSchema, OpenApiOperation, OpenApiParameter } from './openapi-operations'
import { schemaViolationArbitrary } from './schema-violation-arbitrary'

/** One generated request, before the harness adds the session and the record's If-Match. */
export type FuzzRequest = {
  actor: 'admin' | 'rep'
  method: OpenApiOperation['method']
  url: string
  headers: Record<string, string>
  payload?: string
  /** Why the request is invalid, or null when the schema accepts every part of it. */
  invalid: string | null
  /** For a write to a record: the If-Match to send, resolved when sent (versions move). */
  ifMatch: 'current' | 'stale' | 'none'
  /** The record the path names (its `id`, else its first parameter), for the If-Match. */
  record: string | undefined
}

export type RequestArbitraryOptions = {
  /** Ids, emails, URLs… for this operation's fields (see json-schema-arbitrary.ts). */
  hint: FieldHint
  /** True when the compiled schema refuses the value (Ajv): only such values are sent as invalid. */
  refuses: (schema: JsonSchema, value: unknown) => boolean
  /** Ids of records that exist: a path id outside them is an unknown id, to be answered 4xx. */
  knownIds: ReadonlySet<string>
  /** The share of invalid requests, 0–1 (at least 0.2 per issue 9). */
  invalidShare: number
  /** A body the document cannot describe (imports take a file): valid and invalid ones. */
  rawBody?: { valid: fc.Arbitrary<RawBody>; invalid: fc.Arbitrary<RawBody & { reason: string }> }
}

export type RawBody = { contentType: string; payload: string }

const GARBAGE_JSON = [
  '{',
  '{"a":',
  '[1,2',
  'nul',
  '{"name": "x",}',
  "{'name': 'x'}",
  '\u0000',
  '{"a":1}}',
  'undefined',
]
const WRONG_TYPES = [
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'image/png',
]
const LANGUAGES = ['en', 'zh-TW', 'zh-CN', 'zh-Hant', 'fr']

const isNumeric = (schema: JsonSchema): boolean =>
  schema.type === 'integer' ||
  schema.type === 'number' ||
  ((schema.anyOf ?? []) as JsonSchema[]).some((b) => b.type === 'integer' || b.type === 'number')

/**
 * What the route's validator sees for a parameter sent as text: numbers are coerced (z.coerce),
 * a repeated query key arrives as an array.
 */
function wireValue(param: OpenApiParameter, sent: string | string[]): unknown {
  if (Array.isArray(sent)) return sent
  return isNumeric(param.schema) ? Number(sent) : sent
}

const asText = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined

function validParam(param: OpenApiParameter, hint: FieldHint): fc.Arbitrary<string> {
  const located: FieldHint = (name, schema) => hint(name, schema, param.in)
  return jsonSchemaArbitrary(param.schema, located, param.name).map((v) => asText(v) ?? JSON.stringify(v))
}

/** Text for a parameter that its schema refuses once coerced; none when every text is fine. */
function invalidParam(
  param: OpenApiParameter,
  options: RequestArbitraryOptions,
): fc.Arbitrary<{ sent: string | string[]; reason: string }> | null {
  const refused = (sent: string | string[]) => options.refuses(param.schema, wireValue(param, sent))
  const fromSchema = schemaViolationArbitrary(param.schema, options.hint, param.name)
    .map((bad) => ({ sent: asText(bad.value), reason: bad.reason }))
    .filter((bad): bad is { sent: string; reason: string } => bad.sent !== undefined && refused(bad.sent))
  const arbitraries: fc.Arbitrary<{ sent: string | string[]; reason: string }>[] = []
  // Probe the schema's violations once: a parameter with no constraint (any text) has none.
  const probe = fc.sample(schemaViolationArbitrary(param.schema, options.hint, param.name), {
    numRuns: 60,
    seed: 1,
  })
  if (probe.some((bad) => asText(bad.value) !== undefined && refused(asText(bad.value) as string)))
    arbitraries.push(fromSchema)
  if (param.in === 'query')
    arbitraries.push(
      validParam(param, options.hint).map((s) => ({ sent: [s, s], reason: 'repeated parameter' })),
    )
  return arbitraries.length > 0 ? fc.oneof(...arbitraries) : null
}

function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''))
}

function queryString(values: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue
    for (const v of Array.isArray(value) ? value : [value]) search.append(name, v)
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

type Parts = {
  path: Record<string, string>
  query: Record<string, string | string[] | undefined>
  body: RawBody | undefined
  invalid: string | null
}

/** Ranges a schema cannot order: written the right way round, so the request reaches the code. */
const RANGES = [
  ['from', 'to'],
  ['prevFrom', 'prevTo'],
  ['periodFrom', 'periodTo'],
  ['start', 'end'],
  ['startTime', 'endTime'],
  ['preferredHoursFrom', 'preferredHoursTo'],
] as const

function inOrder<T>(values: T): T {
  if (values === null || typeof values !== 'object' || Array.isArray(values)) return values
  const record = { ...values } as Record<string, unknown>
  for (const [a, b] of RANGES) {
    const [x, y] = [record[a], record[b]]
    if (typeof x === 'string' && typeof y === 'string' && x > y) [record[a], record[b]] = [y, x]
  }
  return record as T
}

/** Valid path values, valid query (required always, optional half the time), a valid body. */
function validParts(op: OpenApiOperation, options: RequestArbitraryOptions): fc.Arbitrary<Parts> {
  const path = fc.record(Object.fromEntries(op.pathParams.map((p) => [p.name, validParam(p, options.hint)])))
  const query = fc
    .record(Object.fromEntries(op.queryParams.map((p) => [p.name, validParam(p, options.hint)])), {
      requiredKeys: op.queryParams.filter((p) => p.required).map((p) => p.name),
    })
    .map(inOrder) as fc.Arbitrary<Record<string, string | undefined>>
  const body: fc.Arbitrary<RawBody | undefined> = op.body
    ? jsonSchemaArbitrary(op.body.schema, options.hint).map((value) => ({
        contentType: 'application/json',
        payload: JSON.stringify(inOrder(value)),
      }))
    : options.rawBody
      ? options.rawBody.valid
      : fc.constant(undefined)
  return fc.record({ path, query, body }).map((parts) => {
    const unknown = op.pathParams.find((p) => isIdParam(p) && !options.knownIds.has(parts.path[p.name] ?? ''))
    return { ...parts, invalid: unknown ? `unknown id in ${unknown.name}` : null }
  })
}

const isIdParam = (p: OpenApiParameter) => p.name === 'id' || p.name.endsWith('Id')

/** The ways this operation's input can be wrong, each one change to an otherwise valid request. */
function invalidParts(op: OpenApiOperation, options: RequestArbitraryOptions): fc.Arbitrary<Parts>[] {
  const valid = validParts(op, options)
  const out: fc.Arbitrary<Parts>[] = []
  for (const param of [...op.pathParams, ...op.queryParams]) {
    const bad = invalidParam(param, options)
    if (!bad) continue
    out.push(
      fc.tuple(valid, bad).map(([parts, { sent, reason }]) =>
        param.in === 'path'
          ? {
              ...parts,
              path: { ...parts.path, [param.name]: String(sent) },
              invalid: `${param.name}: ${reason}`,
            }
          : {
              ...parts,
              query: { ...parts.query, [param.name]: sent },
              invalid: `${param.name}: ${reason}`,
            },
      ),
    )
  }
  if (op.body) {
    const schema = op.body.schema
    out.push(
      fc
        .tuple(
          valid,
          schemaViolationArbitrary(schema, options.hint).filter((bad) => options.refuses(schema, bad.value)),
        )
        .map(([parts, bad]) => ({
          ...parts,
          body: { contentType: 'application/json', payload: JSON.stringify(bad.value) },
          invalid: `body: ${bad.reason}`,
        })),
      fc.tuple(valid, fc.constantFrom(...GARBAGE_JSON)).map(([parts, payload]) => ({
        ...parts,
        body: { contentType: 'application/json', payload },
        invalid: 'garbage JSON',
      })),
      fc.tuple(valid, fc.constantFrom(...WRONG_TYPES)).map(([parts, contentType]) => ({
        ...parts,
        body: { contentType, payload: parts.body?.payload ?? 'x' },
        invalid: `wrong content type ${contentType}`,
      })),
    )
    // No body at all, where even an empty object would be refused (a field is required).
    if (options.refuses(schema, {}))
      out.push(valid.map((parts) => ({ ...parts, body: undefined, invalid: 'no body' })))
  }
  // A write that takes no body still parses one when it comes: broken JSON or a type nobody reads.
  if (!op.body && !options.rawBody && op.method !== 'GET')
    out.push(
      fc.tuple(valid, fc.constantFrom(...GARBAGE_JSON)).map(([parts, payload]) => ({
        ...parts,
        body: { contentType: 'application/json', payload },
        invalid: 'garbage JSON',
      })),
      fc.tuple(valid, fc.constantFrom(...WRONG_TYPES)).map(([parts, contentType]) => ({
        ...parts,
        body: { contentType, payload: 'x' },
        invalid: `wrong content type ${contentType}`,
      })),
    )
  if (options.rawBody) {
    const raw = options.rawBody.invalid
    out.push(
      fc.tuple(valid, raw).map(([parts, bad]) => ({ ...parts, body: bad, invalid: `body: ${bad.reason}` })),
    )
  }
  return out
}

/**
 * Requests for one operation of the OpenAPI document: valid ones from its schemas (path ids
 * mostly real, some unknown), and — `invalidShare` of them — one wrong part each: a parameter or
 * a body its schema refuses, garbage JSON, a wrong content type. Signed in as the admin, or as a
 * rep one time in five; an Accept-Language among the three languages (and one we do not speak).
 */
export function operationRequestArbitrary(
  op: OpenApiOperation,
  options: RequestArbitraryOptions,
): fc.Arbitrary<FuzzRequest> {
  const invalid = invalidParts(op, options)
  const parts =
    invalid.length === 0
      ? validParts(op, options)
      : fc.oneof(
          { weight: Math.round(100 * (1 - options.invalidShare)), arbitrary: validParts(op, options) },
          { weight: Math.round(100 * options.invalidShare), arbitrary: fc.oneof(...invalid) },
        )
  return fc
    .record({
      parts,
      actor: fc.constantFrom<FuzzRequest['actor']>('admin', 'admin', 'admin', 'admin', 'rep'),
      lang: fc.constantFrom(...LANGUAGES),
      ifMatch: fc.constantFrom<FuzzRequest['ifMatch']>(...Array(8).fill('current'), 'stale', 'none'),
    })
    .map(({ parts, actor, lang, ifMatch }) => {
      const headers: Record<string, string> = { 'accept-language': lang }
      if (parts.body) headers['content-type'] = parts.body.contentType
      return {
        actor,
        method: op.method,
        url: fillPath(op.path, parts.path) + queryString(parts.query),
        headers,
        ...(parts.body ? { payload: parts.body.payload } : {}),
        invalid: parts.invalid,
        ifMatch,
        record: parts.path.id ?? Object.values(parts.path)[0],
      }
    })
}
