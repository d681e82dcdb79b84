import type { z } from 'zod'
import { AppError } from '../core/app-error'
import { fieldIssues } from './field-issues'

/** Validates input outside HTTP (CLI, jobs) with the same schema and the same errors as the API. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  throw new AppError('validation', 'error.validation', {}, fieldIssues(result.error, input))
}
