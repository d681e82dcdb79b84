import { z } from 'zod'
import { TIERS } from '../core/follow-ups/tier'
import { IdSchema, LocalDateSchema } from './common'
import { CoverageSchema } from './coverage'
import { periodInOrder, periodShape } from './period'

export const TeamMonitorQuerySchema = z.strictObject(periodShape).superRefine(periodInOrder)
export type TeamMonitorQuery = z.infer<typeof TeamMonitorQuerySchema>

export const TierCountsSchema = z.object({
  A: z.number().int(),
  B: z.number().int(),
  C: z.number().int(),
  total: z.number().int(),
})

const figures = {
  /** Customers overdue today, by effective tier (the agenda's rule). */
  overdue: TierCountsSchema,
  coverage: CoverageSchema,
  /** Customers counted in coverage that had no follow-up in the period. */
  untouched: TierCountsSchema,
  /** Follow-ups the rep logged in the period. */
  touches: z.number().int(),
  promoted: z.number().int(),
  demoted: z.number().int(),
  /** Prospects converted: customers whose first confirmed order is dated in the period. */
  converted: z.number().int(),
}

export const MonitorRowSchema = z.object({
  repId: z.string(),
  repName: z.string(),
  role: z.string(),
  managerId: z.string().nullable(),
  ...figures,
})
export type MonitorRow = z.infer<typeof MonitorRowSchema>

export const TeamMonitorSchema = z.object({
  from: LocalDateSchema,
  to: LocalDateSchema,
  today: LocalDateSchema,
  tierAsOf: LocalDateSchema,
  reps: z.array(MonitorRowSchema),
  total: z.object(figures),
})
export type TeamMonitor = z.infer<typeof TeamMonitorSchema>

/** What a number of the monitor is made of: the customers behind it. */
export const MONITOR_DRILLS = ['overdue', 'untouched', 'promoted', 'demoted', 'converted'] as const
export type MonitorDrill = (typeof MONITOR_DRILLS)[number]

export const MonitorCustomersQuerySchema = z
  .strictObject({
    ...periodShape,
    rep: IdSchema,
    what: z.enum(MONITOR_DRILLS),
    tier: z.enum(TIERS).optional(),
  })
  .superRefine(periodInOrder)
export type MonitorCustomersQuery = z.infer<typeof MonitorCustomersQuerySchema>

export const MonitorCustomerSchema = z.object({
  customerId: z.string(),
  customerName: z.string(),
  /** The effective tier (overdue, untouched) or the tier after the change (promoted, demoted). */
  tier: z.enum(TIERS),
  previousTier: z.enum(TIERS).nullable(),
  lastFollowUpOn: LocalDateSchema.nullable(),
  nextDue: LocalDateSchema.nullable(),
  daysOverdue: z.number().int().nullable(),
  firstOrderOn: LocalDateSchema.nullable(),
})
export type MonitorCustomer = z.infer<typeof MonitorCustomerSchema>

export const MonitorCustomersSchema = z.object({
  repId: z.string(),
  repName: z.string(),
  what: z.enum(MONITOR_DRILLS),
  from: LocalDateSchema,
  to: LocalDateSchema,
  items: z.array(MonitorCustomerSchema),
})
export type MonitorCustomers = z.infer<typeof MonitorCustomersSchema>
