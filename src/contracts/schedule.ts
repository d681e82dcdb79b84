import { z } from 'zod'
import { HOUR_PATTERN, MEETING_STYLES, PREFERRED_TIMES } from '../core/customers/customer-fields'
import { DUE_REASONS } from '../core/follow-ups/due-reason'
import { PLANNED_STATUSES } from '../core/follow-ups/planned-slot'
import { UNPLACED_REASONS } from '../core/follow-ups/schedule-week'
import { TIERS } from '../core/follow-ups/tier'
import { HourSchema, IdSchema, InstantSchema, LocalDateSchema } from './common'

/** `?rep&week`: any date of the week (its Monday is taken); this week when left out. */
export const ScheduleQuerySchema = z.strictObject({
  rep: IdSchema.optional(),
  week: LocalDateSchema.optional(),
})
export type ScheduleQuery = z.infer<typeof ScheduleQuerySchema>

// Only two valid times are compared: a malformed one has its own issue already.
const timesInOrder = (v: { start: string; end: string }) =>
  !HOUR_PATTERN.test(v.start) || !HOUR_PATTERN.test(v.end) || v.start < v.end
const timesIssue = { path: ['end'], error: 'field.time_order' }

const slotTime = { date: LocalDateSchema, start: HourSchema, end: HourSchema }

/**
 * A decision on a proposal: `accepted` plans the visit at this time (the default); `dropped` sets
 * the customer aside for the week, keeping the time it was proposed.
 */
export const CreateSlotSchema = z
  .strictObject({
    customerId: IdSchema,
    ...slotTime,
    status: z.enum(['accepted', 'dropped']).default('accepted'),
  })
  .refine(timesInOrder, timesIssue)
export type CreateSlot = z.infer<typeof CreateSlotSchema>

/** Moves a slot to another date or time; a set-aside one is planned again there. */
export const MoveSlotSchema = z.strictObject(slotTime).refine(timesInOrder, timesIssue)
export type MoveSlot = z.infer<typeof MoveSlotSchema>

export const PlannedSlotSchema = z.object({
  id: z.string(),
  repId: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  date: LocalDateSchema,
  start: z.string(),
  end: z.string(),
  status: z.enum(PLANNED_STATUSES),
  version: z.number().int(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
})
export type PlannedSlotDto = z.infer<typeof PlannedSlotSchema>

export const ProposedVisitSchema = z.object({
  customerId: z.string(),
  customerName: z.string(),
  tier: z.enum(TIERS),
  date: LocalDateSchema,
  start: z.string(),
  end: z.string(),
  meetingStyle: z.enum(MEETING_STYLES).nullable(),
  preferredTime: z.enum(PREFERRED_TIMES).nullable(),
  nextDue: LocalDateSchema,
  lastFollowUpOn: LocalDateSchema.nullable(),
  overdue: z.boolean(),
  daysOverdue: z.number().int(),
  dueReason: z.enum(DUE_REASONS),
  intervalDays: z.number().int(),
})

export const SCHEDULE_UNPLACED_REASONS = [...UNPLACED_REASONS, 'dropped'] as const

export const UnplacedVisitSchema = z.object({
  customerId: z.string(),
  customerName: z.string(),
  tier: z.enum(TIERS),
  nextDue: LocalDateSchema,
  overdue: z.boolean(),
  daysOverdue: z.number().int(),
  reason: z.enum(SCHEDULE_UNPLACED_REASONS),
  slotId: z.string().nullable(),
})

/** A rep's week: proposals, what could not be placed (with the reason), and the planned visits. */
export const WeekScheduleSchema = z.object({
  weekStart: LocalDateSchema,
  weekEnd: LocalDateSchema,
  today: LocalDateSchema,
  repId: z.string(),
  repName: z.string(),
  dailyCapacity: z.number().int(),
  proposed: z.array(ProposedVisitSchema),
  unplaced: z.array(UnplacedVisitSchema),
  // tier: null when the customer is no longer one of the rep's (reassigned, lost, deleted).
  accepted: z.array(PlannedSlotSchema.extend({ tier: z.enum(TIERS).nullable() })),
})
export type WeekScheduleDto = z.infer<typeof WeekScheduleSchema>
