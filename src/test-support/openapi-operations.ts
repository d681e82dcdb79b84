import { toJsonSchema } from './to-json-schema'

/** A JSON Schema as plain data (draft-07: the document's 3.0 schemas pass through to-json-schema.ts). */
export type JsonSchema = { [key: string]: unknown }

export type OpenApiParameter = { name: string; in: 'path' | 'query'; required: boolean; schema: JsonSchema }

/** One response a route declares: its schema per content type (none for a bare description). */
export type OpenApiResponse = { content: Record<string, JsonSchema> }

/** One method on one path of the OpenAPI document, with every `$ref` inlined. */
export type OpenApiOperation = {
  /** `GET /api/v1/customers/{id}` */
  name: string
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** The OpenAPI path template, `{id}` style. */
  path: string
  pathParams: OpenApiParameter[]
  queryParams: OpenApiParameter[]
  /** The JSON body, when the route takes one. */
  body: { schema: JsonSchema; required: boolean } | null
  responses: Record<string, OpenApiResponse>
  /** Reachable without signing in (`security: []`). */
  public: boolean
}

type Document = {
  paths: Record<string, Record<string, Record<string, unknown>>>
  components?: { schemas?: Record<string, JsonSchema> }
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const
const convert = (schema: JsonSchema) => toJsonSchema(schema) as JsonSchema

/** Replaces `{ $ref: '#/components/schemas/X' }` by X, everywhere (zod's schemas are not recursive). */
function inline(node: unknown, schemas: Record<string, JsonSchema>, depth = 0): unknown {
  if (depth > 50) throw new Error('OpenAPI schema nests too deep (a recursive $ref?)')
  if (Array.isArray(node)) return node.map((n) => inline(n, schemas, depth + 1))
  if (node === null || typeof node !== 'object') return node
  const ref = (node as JsonSchema).$ref
  if (typeof ref === 'string') {
    const target = schemas[ref.replace('#/components/schemas/', '')]
    if (!target) throw new Error(`OpenAPI $ref not found: ${ref}`)
    return inline(target, schemas, depth + 1)
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, inline(v, schemas, depth + 1)]))
}

/** Every operation of the document the server serves, in the document's order, its schemas as JSON Schema. */
export function openApiOperations(document: unknown): OpenApiOperation[] {
  const doc = document as Document
  const schemas = doc.components?.schemas ?? {}
  const operations: OpenApiOperation[] = []
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const raw = item[method]
      if (!raw) continue
      const op = inline(raw, schemas) as {
        parameters?: { name: string; in: string; required?: boolean; schema: JsonSchema }[]
        requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> }
        responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>
        security?: unknown[]
      }
      const params = (where: 'path' | 'query') =>
        (op.parameters ?? [])
          .filter((p) => p.in === where)
          .map((p) => ({ name: p.name, in: where, required: p.required === true, schema: convert(p.schema) }))
      const json = op.requestBody?.content['application/json']
      operations.push({
        name: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase() as OpenApiOperation['method'],
        path,
        pathParams: params('path'),
        queryParams: params('query'),
        body: json ? { schema: convert(json.schema), required: op.requestBody?.required === true } : null,
        responses: Object.fromEntries(
          Object.entries(op.responses ?? {}).map(([status, r]) => [
            status,
            {
              content: Object.fromEntries(
                Object.entries(r.content ?? {}).map(([type, c]) => [type, convert(c.schema ?? {})]),
              ),
            },
          ]),
        ),
        public: Array.isArray(op.security) && op.security.length === 0,
      })
    }
  }
  return operations
}
