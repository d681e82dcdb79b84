import { z } from 'zod'
import { isMonth } from '../core/field-reports/month'
import { IdSchema, InstantSchema, LocalDateSchema, optionalText, requiredText } from './common'

export const MONTHLY_REPORT_STATUSES = ['draft', 'submitted'] as const

/** A calendar month `YYYY-MM`. */
export const MonthSchema = z
  .string()
  .refine(isMonth, { error: 'field.invalid_month' })
  .meta({ example: '2026-11' })

/** DOMAIN.md "Reports from the field": every problem must carry a proposed solution, or it is rejected. */
export const ProblemSchema = z.strictObject({
  problem: requiredText(2000),
  solution: z
    .string({ error: 'field.solution_required' })
    .trim()
    .min(1, { error: 'field.solution_required' })
    .max(2000),
})

const contentShape = {
  summary: optionalText(8000),
  problems: z.array(ProblemSchema).max(30),
  nextMonthPlan: optionalText(8000),
}

export const CreateMonthlyReportSchema = z.strictObject({
  month: MonthSchema,
  ...contentShape,
  problems: contentShape.problems.default([]),
})
export type CreateMonthlyReport = z.infer<typeof CreateMonthlyReportSchema>

/** A draft's new content; what is left out stays. */
export const UpdateMonthlyReportSchema = z.strictObject({
  summary: contentShape.summary.optional(),
  problems: contentShape.problems.optional(),
  nextMonthPlan: contentShape.nextMonthPlan.optional(),
})
export type UpdateMonthlyReport = z.infer<typeof UpdateMonthlyReportSchema>

/** The month's numbers (integer minor units for money), generated from the data. */
export const MonthFiguresSchema = z.object({
  from: LocalDateSchema,
  to: LocalDateSchema,
  ordersCount: z.number().int(),
  ordersTotal: z.number().int(),
  collected: z.number().int(),
  receivable: z.number().int().describe('confirmed orders − collections up to the month’s last day'),
  newCustomers: z.number().int().describe('customers whose first confirmed order is in the month'),
  followUps: z.number().int(),
  visits: z.number().int().describe('visits checked in or reviewed'),
  visitsMissed: z.number().int(),
  coverage: z.number().nullable().describe('0…1 (DOMAIN.md "Follow-up cadence"); null with no customers'),
  expensesApproved: z.number().int(),
  expensesApprovedCount: z.number().int(),
})
export type MonthFigures = z.infer<typeof MonthFiguresSchema>

export const MonthFiguresQuerySchema = z.strictObject({ month: MonthSchema, rep: IdSchema.optional() })
export const RepMonthFiguresSchema = z.object({
  repId: z.string(),
  repName: z.string(),
  month: MonthSchema,
  figures: MonthFiguresSchema,
})

export const CommentSchema = z.object({
  id: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  body: z.string(),
  createdAt: InstantSchema,
})
export const CreateCommentSchema = z.strictObject({ body: requiredText(4000) })

export const MonthlyReportSchema = z.object({
  id: z.string(),
  repId: z.string(),
  repName: z.string(),
  month: MonthSchema,
  status: z.enum(MONTHLY_REPORT_STATUSES),
  summary: z.string().nullable(),
  problems: z.array(z.object({ problem: z.string(), solution: z.string() })),
  nextMonthPlan: z.string().nullable(),
  figures: MonthFiguresSchema,
  /** Frozen at submission; a draft shows the numbers as they are now. */
  figuresFrozen: z.boolean(),
  submittedAt: InstantSchema.nullable(),
  comments: z.array(CommentSchema),
  /** What the reader may do with it. */
  mayEdit: z.boolean(),
  mayComment: z.boolean(),
  version: z.number().int(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
})
export type MonthlyReport = z.infer<typeof MonthlyReportSchema>

export const MonthlyReportListQuerySchema = z.strictObject({
  rep: IdSchema.optional(),
  month: MonthSchema.optional(),
  status: z.enum(MONTHLY_REPORT_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
})
export type MonthlyReportListQuery = z.infer<typeof MonthlyReportListQuerySchema>
export const MonthlyReportSummarySchema = z.object({
  id: z.string(),
  repId: z.string(),
  repName: z.string(),
  month: MonthSchema,
  status: z.enum(MONTHLY_REPORT_STATUSES),
  problems: z.number().int(),
  comments: z.number().int(),
  submittedAt: InstantSchema.nullable(),
  updatedAt: InstantSchema,
})
export const MonthlyReportListSchema = z.object({
  items: z.array(MonthlyReportSummarySchema),
  nextCursor: z.string().nullable(),
})
