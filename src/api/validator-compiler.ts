import type { FastifySchemaCompiler } from 'fastify'
import type { z } from 'zod'
import { AppError } from '../core/app-error'
import { fieldIssues } from '../contracts/field-issues'

/**
 * The path of a text holding U+0000, or null. No person types it, and PostgreSQL cannot store it:
 * it failed the insert (or the query) as a 500 — found by the schema fuzzer — so it is refused here,
 * for every route's parameters, query and body at once.
 */
function nulPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null
  if (value === null || typeof value !== 'object') return null
  for (const [key, inner] of Object.entries(value)) {
    const found = nulPath(inner, path ? `${path}.${key}` : key)
    if (found !== null) return found
  }
  return null
}

/**
 * Validates with the route's zod schema and turns a failure into an AppError whose issues name the
 * fields, so the error handler can say what is wrong in the reader's language.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const nul = nulPath(data)
    if (nul !== null)
      return {
        error: new AppError('validation', 'error.validation', {}, [{ path: nul, key: 'field.invalid' }]),
      }
    const result = schema.safeParse(data)
    if (result.success) return { value: result.data }
    return { error: new AppError('validation', 'error.validation', {}, fieldIssues(result.error, data)) }
  }
