import { z } from 'zod'
import { isLocalDate } from '../core/dates/local-date'
import { FOLLOW_UP_CHANNELS } from '../core/follow-ups/channels'
import { MEETING_STYLES, PREFERRED_TIMES, TIERS } from '../core/customers/customer-fields'
import { OBJECTIVE_KINDS, OBJECTIVE_RESULTS, VISIT_STATUSES } from '../core/visits/visit-status'
import { HourSchema, IdSchema, InstantSchema, LocalDateSchema, optionalText, requiredText } from './common'
import { periodInOrder, periodShape } from './period'

/** The end of a plan's time after its start (both HH:MM in the organisation's time zone). */
const timesInOrder = (v: { startTime: string; endTime: string }, ctx: z.RefinementCtx) => {
  if (v.endTime <= v.startTime)
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'field.time_order' })
}

export const ObjectiveInputSchema = z.strictObject({
  kind: z.enum(OBJECTIVE_KINDS),
  text: requiredText(500),
})
export const ObjectionInputSchema = z.strictObject({
  objection: requiredText(500),
  response: requiredText(1000),
})
/** DOMAIN.md: a FAB item's benefit is required; its feature and advantage may be empty. */
export const FabItemInputSchema = z.strictObject({
  feature: optionalText(500),
  advantage: optionalText(500),
  benefit: z
    .string({ error: 'field.benefit_required' })
    .trim()
    .min(1, { error: 'field.benefit_required' })
    .max(500),
})

const planFields = {
  /** The day and the times, on the organisation's clock. */
  date: LocalDateSchema,
  startTime: HourSchema,
  endTime: HourSchema,
  place: optionalText(300),
  /** Ids of the customer's contacts to meet. */
  contactIds: z.array(IdSchema).max(20).default([]),
  whyThisTime: optionalText(2000),
  objectives: z.array(ObjectiveInputSchema).min(1).max(20),
  objections: z.array(ObjectionInputSchema).max(20).default([]),
  materials: z.array(requiredText(300)).max(30).default([]),
  fabItems: z.array(FabItemInputSchema).max(20).default([]),
}

export const PlanVisitSchema = z
  .strictObject({
    customerId: IdSchema,
    /** The rep who visits: the actor when they sell, else the customer's owner, unless named. */
    repId: IdSchema.optional(),
    ...planFields,
  })
  .superRefine(timesInOrder)
export type PlanVisit = z.infer<typeof PlanVisitSchema>

export const UpdateVisitSchema = z.strictObject(planFields).superRefine(timesInOrder)
export type UpdateVisit = z.infer<typeof UpdateVisitSchema>

export const CheckInSchema = z.strictObject({
  /** The actual start; now when left out. */
  at: z.iso.datetime({ offset: true, error: 'field.invalid_instant' }).optional(),
  place: optionalText(300),
})
export type CheckIn = z.infer<typeof CheckInSchema>

export const CancelVisitSchema = z.strictObject({ reason: optionalText(500) })

/** An improvement action's due date: required (DOMAIN.md "improvement actions with due dates"). */
const DueOnSchema = z
  .string({ error: 'field.due_required' })
  .min(1, { error: 'field.due_required', abort: true })
  .refine(isLocalDate, { error: 'field.invalid_date' })
  .meta({ format: 'date', example: '2026-12-04' })

export const ReviewVisitSchema = z.strictObject({
  /** Every planned objective's result; a reason unless yes (checked in core/visits/review-issues.ts). */
  objectives: z
    .array(
      z.strictObject({
        id: IdSchema,
        result: z.enum(OBJECTIVE_RESULTS).nullish(),
        reason: optionalText(1000),
      }),
    )
    .max(20),
  customerView: optionalText(4000),
  toImprove: optionalText(4000),
  actions: z
    .array(z.strictObject({ text: requiredText(500), dueOn: DueOnSchema }))
    .max(20)
    .default([]),
  /** New open issues raised at this visit, carried until a later visit resolves them. */
  issues: z.array(requiredText(500)).max(20).default([]),
  /** Carried open issues this visit resolved. */
  resolveIssues: z
    .array(z.strictObject({ id: IdSchema, resolution: optionalText(1000) }))
    .max(50)
    .default([]),
  /** Carried improvement actions this visit finished. */
  doneActions: z.array(IdSchema).max(50).default([]),
  /** The follow-up record's summary; made from the objectives when left out. */
  summary: optionalText(4000),
  nextStep: optionalText(2000),
  nextDate: LocalDateSchema.nullish().transform((v) => v ?? null),
})
export type ReviewVisit = z.infer<typeof ReviewVisitSchema>

export const ActionDoneSchema = z.strictObject({
  /** The day it was done; today when left out. */
  doneOn: LocalDateSchema.optional(),
})

export const ObjectiveSchema = z.object({
  id: z.string(),
  kind: z.enum(OBJECTIVE_KINDS),
  text: z.string(),
  result: z.enum(OBJECTIVE_RESULTS).nullable(),
  reason: z.string().nullable(),
})
export const ObjectionSchema = z.object({ id: z.string(), objection: z.string(), response: z.string() })
export const FabItemSchema = z.object({
  id: z.string(),
  feature: z.string().nullable(),
  advantage: z.string().nullable(),
  benefit: z.string(),
})
export const VisitActionSchema = z.object({
  id: z.string(),
  visitId: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  repId: z.string(),
  repName: z.string(),
  text: z.string(),
  dueOn: LocalDateSchema,
  doneOn: LocalDateSchema.nullable(),
  /** Not done and past its due date. */
  overdue: z.boolean(),
  version: z.number().int(),
})
export type VisitAction = z.infer<typeof VisitActionSchema>
export const VisitIssueSchema = z.object({
  id: z.string(),
  visitId: z.string(),
  /** The day of the visit that raised it. */
  raisedOn: LocalDateSchema,
  text: z.string(),
  resolvedVisitId: z.string().nullable(),
  resolvedOn: LocalDateSchema.nullable(),
  resolution: z.string().nullable(),
})
export type VisitIssue = z.infer<typeof VisitIssueSchema>

const visitHead = {
  id: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  repId: z.string(),
  repName: z.string(),
  startsAt: InstantSchema,
  endsAt: InstantSchema,
  startsOn: LocalDateSchema,
  /** The times on the organisation's clock, HH:MM. */
  startTime: z.string(),
  endTime: z.string(),
  place: z.string().nullable(),
  /** As of now: a plan whose end passed unchecked reads `missed` even before the daily sweep. */
  status: z.enum(VISIT_STATUSES),
  checkedInAt: InstantSchema.nullable(),
  reviewedAt: InstantSchema.nullable(),
  followUpId: z.string().nullable(),
  /** When the review is due: 24 h after the later of the end and the check-in. */
  reviewDueAt: InstantSchema,
  version: z.number().int(),
}

export const VisitListItemSchema = z.object({
  ...visitHead,
  objectives: z.number().int(),
  achieved: z.number().int(),
})
export type VisitListItem = z.infer<typeof VisitListItemSchema>

export const VisitSchema = z.object({
  ...visitHead,
  contacts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      title: z.string().nullable(),
      phone: z.string().nullable(),
    }),
  ),
  contactIds: z.array(z.string()),
  whyThisTime: z.string().nullable(),
  checkInPlace: z.string().nullable(),
  customerView: z.string().nullable(),
  toImprove: z.string().nullable(),
  cancelledAt: InstantSchema.nullable(),
  cancelReason: z.string().nullable(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  objectives: z.array(ObjectiveSchema),
  objections: z.array(ObjectionSchema),
  materials: z.array(z.string()),
  fabItems: z.array(FabItemSchema),
  /** Improvement actions and open issues this visit's review wrote. */
  actions: z.array(VisitActionSchema),
  issues: z.array(VisitIssueSchema),
  /** From earlier visits to the customer: still open, or finished at this visit. */
  carriedActions: z.array(VisitActionSchema),
  carriedIssues: z.array(VisitIssueSchema),
})
export type Visit = z.infer<typeof VisitSchema>

export const VisitListQuerySchema = z.strictObject({
  rep: IdSchema.optional(),
  customer: IdSchema.optional(),
  status: z.enum(VISIT_STATUSES).optional(),
  /** upcoming: starting from now on, soonest first; past: started before now, latest first. */
  when: z.enum(['upcoming', 'past']).optional(),
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
})
export type VisitListQuery = z.infer<typeof VisitListQuerySchema>
export const VisitListSchema = z.object({
  items: z.array(VisitListItemSchema),
  nextCursor: z.string().nullable(),
})

export const ActionListQuerySchema = z.strictObject({
  rep: IdSchema.optional(),
  customer: IdSchema.optional(),
  /** open (the default): not done; done; all. */
  state: z.enum(['open', 'done', 'all']).default('open'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
})
export const ActionListSchema = z.object({ items: z.array(VisitActionSchema) })

/** The one-page brief a rep reads before going in. */
export const VisitBriefSchema = z.object({
  visit: VisitSchema,
  customer: z.object({
    id: z.string(),
    name: z.string(),
    companyName: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    tier: z.enum(TIERS),
    interests: z.array(z.string()),
    preferredTime: z.enum(PREFERRED_TIMES).nullable(),
    meetingStyle: z.enum(MEETING_STYLES).nullable(),
    preferredWeekdays: z.array(z.number().int()),
    preferredHoursFrom: z.string().nullable(),
    preferredHoursTo: z.string().nullable(),
    notes: z.string().nullable(),
    nextFollowUpOn: LocalDateSchema.nullable(),
  }),
  lastFollowUps: z.array(
    z.object({
      id: z.string(),
      happenedOn: LocalDateSchema,
      channel: z.enum(FOLLOW_UP_CHANNELS),
      summary: z.string(),
      outcome: z.string().nullable(),
      nextStep: z.string().nullable(),
      repName: z.string(),
    }),
  ),
  receivable: z
    .object({
      ordered: z.number().int(),
      collected: z.number().int(),
      receivable: z.number().int(),
    })
    .nullable()
    .describe('null for a reader who reads no money (the auditor)'),
})
export type VisitBrief = z.infer<typeof VisitBriefSchema>

export const VisitMetricsQuerySchema = z
  .strictObject({ ...periodShape, rep: IdSchema.optional(), team: IdSchema.optional() })
  .superRefine(periodInOrder)

const metricsShape = {
  visits: z.number().int(),
  reviewed: z.number().int(),
  missed: z.number().int(),
  objectivesPlanned: z.number().int(),
  objectivesAchieved: z.number().int(),
  objectivesPartly: z.number().int(),
  objectivesNotAchieved: z.number().int(),
  objectivesOpen: z.number().int(),
  achievedRate: z.number().nullable(),
  reviewsDue: z.number().int(),
  reviewsOnTime: z.number().int(),
  reviewsLate: z.number().int(),
  onTimeRate: z.number().nullable(),
  actionsDue: z.number().int(),
  actionsDoneOnTime: z.number().int(),
  actionsDoneLate: z.number().int(),
  actionsOpen: z.number().int(),
  actionsOnTimeRate: z.number().nullable(),
}
export const VisitMetricsSchema = z.object({
  from: LocalDateSchema,
  to: LocalDateSchema,
  rows: z.array(
    z.object({ repId: z.string(), repName: z.string(), managerId: z.string().nullable(), ...metricsShape }),
  ),
  /** All the rows together: the team's (a manager's tree when `team` is given). */
  total: z.object(metricsShape),
})
export type VisitMetricsReport = z.infer<typeof VisitMetricsSchema>

/** What a new plan to a customer carries in: its open improvement actions and unresolved issues. */
export const CarriedQuerySchema = z.strictObject({ customer: IdSchema })
export const CarriedSchema = z.object({
  actions: z.array(VisitActionSchema),
  issues: z.array(VisitIssueSchema),
})
export type Carried = z.infer<typeof CarriedSchema>

export const VisitSweepSchema = z.object({ missed: z.number().int() })
