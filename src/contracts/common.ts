import { z } from 'zod'
import { isLocalDate } from '../core/dates/local-date'
import { HOUR_PATTERN } from '../core/customers/customer-fields'

/** A calendar date `YYYY-MM-DD` that exists (2026-02-29 does not). */
export const LocalDateSchema = z
  .string()
  .refine(isLocalDate, { error: 'field.invalid_date' })
  .meta({ format: 'date', example: '2026-11-27' })

export const HourSchema = z
  .string()
  .regex(HOUR_PATTERN, { error: 'field.invalid_hour' })
  .meta({ example: '09:30' })

/** An instant, ISO-8601 in UTC. */
export const InstantSchema = z.string().meta({ format: 'date-time' })

export const IdSchema = z.string().min(1).max(64)
export const IdParamsSchema = z.strictObject({ id: IdSchema })

/** Optional free text: trimmed, and an empty string means "none". */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null))

export const requiredText = (max: number) => z.string().trim().min(1).max(max)

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' })
export type ErrorBody = z.infer<typeof ErrorSchema>

export const OkSchema = z.object({ ok: z.literal(true) })
