import type { FastifySchemaCompiler } from 'fastify'
import type { z } from 'zod'
import { AppError } from '../core/app-error'
import { fieldIssues } from '../contracts/field-issues'

/**
 * Validates with the route's zod schema and turns a failure into an AppError whose issues name the
 * fields, so the error handler can say what is wrong in the reader's language.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data)
    if (result.success) return { value: result.data }
    return { error: new AppError('validation', 'error.validation', {}, fieldIssues(result.error, data)) }
  }
