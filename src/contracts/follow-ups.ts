import { z } from 'zod'
import { FOLLOW_UP_CHANNELS } from '../core/follow-ups/channels'
import { MAX_DURATION_MINUTES } from '../core/follow-ups/max-duration'
import { TIERS } from '../core/follow-ups/tier'
import { IdSchema, InstantSchema, LocalDateSchema, optionalText, requiredText } from './common'

export const CreateFollowUpSchema = z.strictObject({
  customerId: IdSchema,
  /** When it happened; now when left out. At most a day ahead (a time zone's worth of slack). */
  happenedAt: z.iso.datetime({ offset: true, error: 'field.invalid_instant' }).optional(),
  channel: z.enum(FOLLOW_UP_CHANNELS),
  durationMinutes: z.number().int().min(0).max(MAX_DURATION_MINUTES).default(0),
  summary: requiredText(4000),
  outcome: optionalText(2000),
  nextStep: optionalText(2000),
  nextDate: LocalDateSchema.nullish().transform((v) => v ?? null),
  externalId: optionalText(100),
})
export type CreateFollowUp = z.infer<typeof CreateFollowUpSchema>

export const FollowUpSchema = z.object({
  id: z.string(),
  externalId: z.string().nullable(),
  customerId: z.string(),
  customerName: z.string(),
  repId: z.string(),
  repName: z.string(),
  happenedAt: InstantSchema,
  happenedOn: LocalDateSchema,
  channel: z.enum(FOLLOW_UP_CHANNELS),
  durationMinutes: z.number().int(),
  summary: z.string(),
  outcome: z.string().nullable(),
  nextStep: z.string().nullable(),
  nextDate: LocalDateSchema.nullable(),
  version: z.number().int().meta({ description: 'For If-Match on DELETE.' }),
  createdAt: InstantSchema,
})
export type FollowUp = z.infer<typeof FollowUpSchema>

export const FollowUpListQuerySchema = z.strictObject({
  customer: IdSchema.optional(),
  rep: IdSchema.optional(),
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
})
export type FollowUpListQuery = z.infer<typeof FollowUpListQuerySchema>
export const FollowUpListSchema = z.object({
  items: z.array(FollowUpSchema),
  nextCursor: z.string().nullable(),
})

/** One line of a customer's timeline: a follow-up, an order or a collection, newest first. */
export const TimelineEntrySchema = z.object({
  kind: z.enum(['follow_up', 'order', 'collection']),
  id: z.string(),
  date: LocalDateSchema,
  at: InstantSchema,
  title: z.string(),
  detail: z.string().nullable(),
  amount: z.number().int().nullable(),
  who: z.string().nullable(),
  channel: z.enum(FOLLOW_UP_CHANNELS).nullable(),
})
export const TimelineSchema = z.object({
  items: z.array(TimelineEntrySchema),
  nextCursor: z.string().nullable(),
})
export const TimelineQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
})

export const AgendaQuerySchema = z.strictObject({
  rep: IdSchema.optional(),
  date: LocalDateSchema.optional(),
})
export const AgendaEntrySchema = z.object({
  customerId: z.string(),
  customerName: z.string(),
  phone: z.string().nullable(),
  tier: z.enum(TIERS),
  computedTier: z.enum(TIERS),
  lastFollowUpOn: LocalDateSchema.nullable(),
  nextDue: LocalDateSchema,
  overdue: z.boolean(),
  daysOverdue: z.number().int(),
})
export const AgendaSchema = z.object({
  date: LocalDateSchema,
  repId: z.string(),
  repName: z.string(),
  overdue: z.number().int(),
  dueToday: z.number().int(),
  items: z.array(AgendaEntrySchema),
  /**
   * The rep's visits of the day still to make (planned; missed once their end has passed) or to
   * review, after the visits of the last 30 days checked in and not yet reviewed.
   */
  visits: z.array(
    z.object({
      id: z.string(),
      customerId: z.string(),
      customerName: z.string(),
      date: LocalDateSchema,
      start: z.string().meta({ description: 'HH:MM in the organisation’s time zone.' }),
      end: z.string(),
      place: z.string().nullable(),
      status: z.enum(['planned', 'checked_in', 'missed']),
    }),
  ),
  collectionPlans: z.array(
    z.object({
      id: z.string(),
      customerId: z.string(),
      customerName: z.string(),
      dueOn: LocalDateSchema,
      outstanding: z.number().int(),
      overdue: z.boolean(),
    }),
  ),
})
export type Agenda = z.infer<typeof AgendaSchema>
