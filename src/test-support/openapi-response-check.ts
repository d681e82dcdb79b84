import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import type { JsonSchema, OpenApiOperation } from './openapi-operations'

export type ProblemKind = '5xx' | 'schema mismatch' | 'leak' | 'invalid input accepted'
export type Problem = { kind: ProblemKind; detail: string }

/**
 * What must never reach a client (issue 9): a stack frame, a file path, SQL or a driver's message.
 * Matched on every text body; the fuzzer's own strings are chosen not to look like these.
 */
export const LEAK_PATTERNS: RegExp[] = [
  /\bat .+\.(ts|js|mjs|cjs):\d+/,
  /node_modules/,
  /\/(work|home|usr|src|tmp)\/[\w.-]+\//,
  /SQLITE_/,
  /SELECT .* FROM/,
  /INSERT INTO/,
  /syntax error/i,
  /(UNIQUE|FOREIGN KEY|NOT NULL|CHECK) constraint failed/,
  /violates (foreign key|unique|not-null|check) constraint/,
  /duplicate key value/,
  /invalid input syntax/,
  /relation ".*" does not exist/,
  /\b(TypeError|ReferenceError|RangeError|SyntaxError)\b/,
  /\bkysely\b/i,
]

/** Zip-based downloads: their bytes are not text, only the status and the type are judged. */
const BINARY_TYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
]

export type CheckedResponse = { statusCode: number; headers: Record<string, unknown>; body: string }

/**
 * Judges one response against the OpenAPI document: never 5xx; a declared status; a JSON body
 * valid against the schema declared for that status (Ajv, draft-07 as openapi-operations.ts gives it);
 * a binary download with its declared content type; an invalid input answered 4xx with the error
 * shape; no internals in any text.
 */
export function openApiResponseChecker() {
  const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: true })
  addFormats(ajv)
  const compiled = new WeakMap<object, ValidateFunction>()
  const validator = (schema: JsonSchema) => {
    let fn = compiled.get(schema)
    if (!fn) {
      fn = ajv.compile(schema)
      compiled.set(schema, fn)
    }
    return fn
  }
  /** True when the schema refuses the value: what the fuzzer uses to be sure an input is invalid. */
  const refuses = (schema: JsonSchema, value: unknown) => value === undefined || !validator(schema)(value)

  const check = (op: OpenApiOperation, invalid: string | null, response: CheckedResponse): Problem[] => {
    const problems: Problem[] = []
    const status = response.statusCode
    const type =
      String(response.headers['content-type'] ?? '')
        .split(';')[0]
        ?.trim() ?? ''
    const binary = BINARY_TYPES.includes(type)
    if (status >= 500) problems.push({ kind: '5xx', detail: `${status} ${response.body.slice(0, 300)}` })
    if (!binary)
      for (const pattern of LEAK_PATTERNS)
        if (pattern.test(response.body))
          problems.push({ kind: 'leak', detail: `${pattern} in ${response.body.slice(0, 300)}` })
    if (invalid !== null && (status < 400 || status >= 500))
      problems.push({ kind: 'invalid input accepted', detail: `${invalid} → ${status}` })
    if (status >= 500) return problems
    const declared = op.responses[String(status)]
    if (!declared) {
      problems.push({ kind: 'schema mismatch', detail: `status ${status} is not declared` })
      return problems
    }
    const types = Object.keys(declared.content)
    if (status === 204 || (status >= 300 && status < 400)) return problems
    if (types.length === 0) {
      problems.push({ kind: 'schema mismatch', detail: `status ${status} declares no content (got ${type})` })
      return problems
    }
    if (!types.includes(type)) {
      problems.push({ kind: 'schema mismatch', detail: `content type ${type}, declared ${types.join(', ')}` })
      return problems
    }
    if (type !== 'application/json') return problems
    let body: unknown
    try {
      body = JSON.parse(response.body)
    } catch {
      problems.push({ kind: 'schema mismatch', detail: `not JSON: ${response.body.slice(0, 200)}` })
      return problems
    }
    const validate = validator(declared.content[type] as JsonSchema)
    if (!validate(body))
      problems.push({
        kind: 'schema mismatch',
        detail: `${ajv.errorsText(validate.errors)} in ${response.body.slice(0, 300)}`,
      })
    return problems
  }
  return { check, refuses }
}
