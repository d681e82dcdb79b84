import fastJson from 'fast-json-stringify'
import type { FastifySerializerCompiler } from 'fastify'
import { z } from 'zod'

type JsonSchema = { [key: string]: unknown }

/**
 * Makes zod's JSON Schema easy for fast-json-stringify: `$ref`s inlined, `anyOf [X, null]` as
 * `type: [X, 'null']`, and no `format` (a date-time string is written as it is).
 */
function simplify(node: unknown, defs: Record<string, JsonSchema>): unknown {
  if (Array.isArray(node)) return node.map((n) => simplify(n, defs))
  if (node === null || typeof node !== 'object') return node
  const schema = node as JsonSchema
  if (typeof schema.$ref === 'string') return simplify(defs[schema.$ref.replace('#/$defs/', '')], defs)
  const anyOf = schema.anyOf as JsonSchema[] | undefined
  if (anyOf?.length === 2 && anyOf.some((s) => s.type === 'null')) {
    const other = simplify(
      anyOf.find((s) => s.type !== 'null'),
      defs,
    ) as JsonSchema
    if (typeof other.type === 'string') return { ...other, type: [other.type, 'null'] }
  }
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => key !== 'format' && key !== '$defs' && key !== '$schema')
      .map(([key, value]) => [key, simplify(value, defs)]),
  )
}

/**
 * Responses are written by fast-json-stringify from the route's zod schema (as JSON Schema):
 * only the declared fields leave the server, and a 50-row list costs a fraction of validating it
 * with zod on every reply. The handlers' return types are checked against the same schemas by tsc.
 * Each is compiled when first used: compiling every route's every status at start took ~0.5 s of
 * a server start (issue 9's crash harness restarts it hundreds of times), mostly for error
 * statuses a route may never answer.
 */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) => {
  let stringify: ((data: unknown) => string) | undefined
  return (data) => {
    if (!stringify) {
      const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema
      stringify = fastJson(simplify(json, (json.$defs ?? {}) as Record<string, JsonSchema>) as JsonSchema)
    }
    return stringify(data)
  }
}
