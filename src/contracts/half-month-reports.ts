import { z } from 'zod'
import { isHalfMonth } from '../core/half-month/half-month'
import { InstantSchema, LocalDateSchema } from './common'

/** A half-month: `YYYY-MM-1` (the 1st–15th) or `YYYY-MM-2` (the 16th to the month's end). */
export const HalfMonthSchema = z
  .string()
  .refine(isHalfMonth, { error: 'field.invalid_half_month' })
  .meta({ example: '2026-11-1' })

export const HalfMonthParamsSchema = z.strictObject({ period: HalfMonthSchema })

/**
 * Which kept version to read; the latest when left out. Versions are an `integer` column: a larger
 * number failed the PostgreSQL query as a 500 (found by the schema fuzzer).
 */
export const HalfMonthVersionQuerySchema = z.strictObject({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(2_147_483_647)
    .optional()
    .describe('a kept version; default the latest'),
})
export type HalfMonthVersionQuery = z.infer<typeof HalfMonthVersionQuerySchema>

export const HalfMonthListQuerySchema = z.strictObject({
  before: HalfMonthSchema.optional().describe('list the half-months before this one (the next page)'),
  limit: z.coerce.number().int().min(1).max(120).default(24),
})
export type HalfMonthListQuery = z.infer<typeof HalfMonthListQuerySchema>

const money = z.number().int()
const figures = {
  orders: z.number().int().describe('confirmed live orders owned by the rep, dated in the half-month'),
  sales: money.describe('their total, cents'),
  collections: money.describe(
    "collections credited to the rep (the order's rep, else the customer's owner), cents",
  ),
  receivable: money.describe(
    "confirmed orders − collections credited to the rep up to the half-month's last day, cents",
  ),
  expenses: money.describe('approved expenses of the rep dated in the half-month, cents'),
  expenseRatio: z
    .number()
    .nullable()
    .describe('approved expenses / sales, a fraction; null when nothing was sold'),
  newCustomers: z
    .number()
    .int()
    .describe(
      "customers whose first confirmed order ever is in the half-month, credited to that order's owner",
    ),
}
export const HalfMonthFiguresSchema = z.object(figures)
export const HalfMonthRowSchema = z.object({ repId: z.string(), repName: z.string(), ...figures })

/** Who made a kept version: a person, or the server when the half-month closed (null). */
const GeneratedBySchema = z.object({ id: z.string(), name: z.string() }).nullable()

/**
 * A half-month's figures as the reader may see them: the kept report (its latest version unless
 * one is asked for), or — for a closed half-month not generated yet — the figures as they are now
 * (`kept: false`). Admin, finance and the auditor read every rep; a manager their tree; a rep their
 * own row. `total` is the total of the rows shown.
 */
export const HalfMonthReportSchema = z.object({
  period: z.string(),
  from: LocalDateSchema,
  to: LocalDateSchema,
  organisation: z.string(),
  kept: z.boolean(),
  version: z.number().int().nullable(),
  versions: z.number().int().describe('kept versions of this half-month'),
  generatedAt: InstantSchema.describe('when the kept version was made, or when these live figures were read'),
  generatedBy: GeneratedBySchema,
  /** Fewer rows than the company's: the reader sees their team (or themselves) only. */
  restricted: z.boolean(),
  rows: z.array(HalfMonthRowSchema),
  total: HalfMonthFiguresSchema,
})
export type HalfMonthReport = z.infer<typeof HalfMonthReportSchema>

export const HALF_MONTH_STATUSES = ['open', 'generated', 'not_generated'] as const

export const HalfMonthListItemSchema = z.object({
  period: z.string(),
  from: LocalDateSchema,
  to: LocalDateSchema,
  /** open: not over yet; generated: kept (see latest); not_generated: over, nothing kept yet. */
  status: z.enum(HALF_MONTH_STATUSES),
  closesOn: LocalDateSchema.describe('the first day the half-month is over'),
  versions: z.number().int(),
  latest: z
    .object({
      version: z.number().int(),
      generatedAt: InstantSchema,
      generatedBy: GeneratedBySchema,
      repCount: z.number().int().describe("rows of the company's report"),
    })
    .nullable(),
})
export type HalfMonthListItem = z.infer<typeof HalfMonthListItemSchema>

export const HalfMonthListSchema = z.object({
  items: z.array(HalfMonthListItemSchema),
  /** Pass as `before` for the page after this one. */
  nextBefore: z.string().nullable(),
  /** Whether the reader may generate (admin, finance). */
  canGenerate: z.boolean(),
})
export type HalfMonthList = z.infer<typeof HalfMonthListSchema>
