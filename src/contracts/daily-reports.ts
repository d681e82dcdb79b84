import { z } from 'zod'
import { FOLLOW_UP_CHANNELS } from '../core/follow-ups/channels'
import { TIERS } from '../core/follow-ups/tier'
import { ROLES } from '../core/access/roles'
import { VISIT_STATUSES } from '../core/visits/visit-status'
import { IdSchema, InstantSchema, LocalDateSchema, optionalText, requiredText } from './common'
import { periodInOrder, periodShape } from './period'

/** One follow-up or visit of the day, as the daily check-in (日報) lists it. */
export const DoneItemSchema = z.object({
  kind: z.enum(['follow_up', 'visit']),
  id: z.string(),
  at: InstantSchema,
  time: z.string().describe('local HH:MM'),
  channel: z.enum(FOLLOW_UP_CHANNELS).nullable(),
  visitStatus: z.enum(VISIT_STATUSES).nullable(),
  summary: z.string().nullable(),
})
export const DoneGroupSchema = z.object({
  customerId: z.string(),
  customerName: z.string(),
  items: z.array(DoneItemSchema),
})
/** One line of tomorrow's plan: a planned visit, a planned follow-up slot, or a customer due. */
export const PlanItemSchema = z.object({
  kind: z.enum(['visit', 'planned_follow_up', 'due']),
  id: z.string().nullable(),
  customerId: z.string(),
  customerName: z.string(),
  start: z.string().nullable().describe('local HH:MM'),
  end: z.string().nullable(),
  tier: z.enum(TIERS).nullable(),
  overdue: z.boolean(),
})
export type DoneGroupDto = z.infer<typeof DoneGroupSchema>
export type PlanItemDto = z.infer<typeof PlanItemSchema>

export const DailyReportSchema = z.object({
  id: z.string(),
  repId: z.string(),
  repName: z.string(),
  date: LocalDateSchema,
  done: z.string(),
  plan: z.string().nullable(),
  doneGroups: z.array(DoneGroupSchema),
  planItems: z.array(PlanItemSchema),
  followUps: z.number().int(),
  visits: z.number().int(),
  /** The first submission: when the rep checked in. */
  submittedAt: InstantSchema,
  updatedAt: InstantSchema,
  version: z.number().int(),
})
export type DailyReport = z.infer<typeof DailyReportSchema>

/**
 * A rep's day for the check-in form: the report if there is one, and what the data says now — the
 * day's follow-ups and visits and tomorrow's plan, as lists and as prefilled text.
 */
export const DailyReportFormSchema = z.object({
  date: LocalDateSchema,
  tomorrow: LocalDateSchema,
  repId: z.string(),
  repName: z.string(),
  /** Whether the reader may submit it: only the rep, for a day up to tomorrow. */
  mine: z.boolean(),
  report: DailyReportSchema.nullable(),
  prefill: z.object({
    done: z.string(),
    plan: z.string(),
    doneGroups: z.array(DoneGroupSchema),
    planItems: z.array(PlanItemSchema),
    followUps: z.number().int(),
    visits: z.number().int(),
  }),
})
export type DailyReportForm = z.infer<typeof DailyReportFormSchema>

export const DailyReportFormQuerySchema = z.strictObject({
  date: LocalDateSchema.optional(),
  rep: IdSchema.optional(),
})

/** The rep's own check-in for a day; submitting again rewrites it and keeps when it was first sent. */
export const SubmitDailyReportSchema = z.strictObject({
  date: LocalDateSchema,
  done: requiredText(8000),
  plan: optionalText(8000),
})
export type SubmitDailyReport = z.infer<typeof SubmitDailyReportSchema>

export const DailyReportListQuerySchema = z
  .strictObject({
    ...periodShape,
    rep: IdSchema.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .superRefine(periodInOrder)
export type DailyReportListQuery = z.infer<typeof DailyReportListQuerySchema>
export const DailyReportListSchema = z.object({
  items: z.array(DailyReportSchema),
  nextCursor: z.string().nullable(),
})

export const CheckInsQuerySchema = z.strictObject({
  date: LocalDateSchema.optional(),
  team: IdSchema.optional(),
})
/** Who has and has not checked in on a day, among the people the reader watches. */
export const CheckInsSchema = z.object({
  date: LocalDateSchema,
  checkedIn: z.number().int(),
  missing: z.number().int(),
  reps: z.array(
    z.object({
      repId: z.string(),
      repName: z.string(),
      role: z.enum(ROLES),
      managerId: z.string().nullable(),
      managerName: z.string().nullable(),
      reportId: z.string().nullable(),
      submittedAt: InstantSchema.nullable(),
      updatedAt: InstantSchema.nullable(),
      /** What the data shows for the day, checked in or not. */
      followUps: z.number().int(),
      visits: z.number().int(),
    }),
  ),
})
export type CheckIns = z.infer<typeof CheckInsSchema>
