type JsonSchema = { [key: string]: unknown }

/**
 * An OpenAPI 3.0 schema object as plain JSON Schema (draft-07), so Ajv and the generators read one
 * dialect: `nullable: true` becomes `anyOf [schema, null]`, and 3.0's boolean
 * `exclusiveMinimum`/`exclusiveMaximum` become the numeric bounds of later drafts.
 */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema)
  if (node === null || typeof node !== 'object') return node
  const { nullable, ...rest } = node as JsonSchema
  const schema: JsonSchema = {}
  for (const [key, value] of Object.entries(rest)) {
    // Keywords whose value is a map of schemas, not a schema: convert each entry, keep the keys.
    if (key === 'properties' && value && typeof value === 'object')
      schema[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v)]))
    else if (key === 'example' || key === 'default' || key === 'enum' || key === 'const') schema[key] = value
    else schema[key] = toJsonSchema(value)
  }
  if (schema.exclusiveMinimum === true) {
    schema.exclusiveMinimum = schema.minimum
    delete schema.minimum
  } else if (schema.exclusiveMinimum === false) delete schema.exclusiveMinimum
  if (schema.exclusiveMaximum === true) {
    schema.exclusiveMaximum = schema.maximum
    delete schema.maximum
  } else if (schema.exclusiveMaximum === false) delete schema.exclusiveMaximum
  if (nullable !== true) return schema
  // A nullable enum lists null among its values in 3.0 only implicitly: say it.
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null]
  return { anyOf: [schema, { type: 'null' }] }
}
