import { z } from 'zod'
import { TIERS } from '../core/customers/customer-fields'
import { IdSchema, InstantSchema, LocalDateSchema, optionalText } from './common'
import { CustomerListItemSchema, CustomerListQuerySchema } from './customers'

/** The pool's list takes the customer list's filters, sort and cursor; the owner is always none. */
export const PoolListQuerySchema = CustomerListQuerySchema.omit({ owner: true })
export type PoolListQuery = z.infer<typeof PoolListQuerySchema>

export const PoolListItemSchema = CustomerListItemSchema.extend({
  enteredOn: LocalDateSchema.nullable().meta({
    description: 'When it last came back to the pool (release or return); null if never owned.',
  }),
  previousOwnerName: z.string().nullable(),
}).meta({ id: 'PoolListItem' })
export type PoolListItem = z.infer<typeof PoolListItemSchema>

const ClaimStatusSchema = z
  .object({ owned: z.number().int(), limit: z.number().int().nullable() })
  .meta({ description: 'How many customers the caller owns, and the owned limit (null: none).' })

export const PoolListSchema = z.object({
  items: z.array(PoolListItemSchema),
  nextCursor: z.string().nullable(),
  /** Null for those who may not claim (admins, finance, auditors). */
  claim: ClaimStatusSchema.nullable(),
})
export type PoolList = z.infer<typeof PoolListSchema>

export const AssignBodySchema = z.strictObject({ ownerId: IdSchema })
export type AssignBody = z.infer<typeof AssignBodySchema>

/** A release needs no reason: `{}` will do. */
export const ReleaseBodySchema = z.strictObject({ reason: optionalText(500) })
export type ReleaseBody = z.infer<typeof ReleaseBodySchema>

export const POOL_EVENT_KINDS = ['claim', 'assign', 'release', 'return', 'warn'] as const
export type PoolEventKind = (typeof POOL_EVENT_KINDS)[number]

export const PoolEventSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(POOL_EVENT_KINDS),
    at: InstantSchema,
    onDate: LocalDateSchema,
    fromOwnerId: IdSchema.nullable(),
    fromOwnerName: z.string().nullable(),
    toOwnerId: IdSchema.nullable(),
    toOwnerName: z.string().nullable(),
    actorId: IdSchema.nullable().meta({ description: 'Null for the automatic return and its warnings.' }),
    actorName: z.string().nullable(),
    reason: z.string().nullable(),
    returnOn: LocalDateSchema.nullable().meta({
      description: 'For a warning: the day it returns unless touched.',
    }),
  })
  .meta({ id: 'PoolEvent' })
export type PoolEvent = z.infer<typeof PoolEventSchema>
export const PoolHistorySchema = z.object({ items: z.array(PoolEventSchema) })
export type PoolHistory = z.infer<typeof PoolHistorySchema>

export const PoolFlowsQuerySchema = z
  .strictObject({ from: LocalDateSchema, to: LocalDateSchema })
  .refine((q) => q.from <= q.to, { path: ['to'], error: 'field.period_order' })
export type PoolFlowsQuery = z.infer<typeof PoolFlowsQuerySchema>

export const PoolFlowSchema = z
  .object({
    ownerId: IdSchema,
    ownerName: z.string(),
    claimed: z.number().int(),
    assigned: z.number().int(),
    released: z.number().int(),
    returned: z.number().int(),
    reassignedAway: z.number().int(),
    in: z.number().int().meta({ description: 'claimed + assigned' }),
    out: z.number().int().meta({ description: 'released + returned + reassignedAway' }),
  })
  .meta({ id: 'PoolFlow' })
export type PoolFlow = z.infer<typeof PoolFlowSchema>
export const PoolFlowsSchema = z.object({
  from: LocalDateSchema,
  to: LocalDateSchema,
  items: z.array(PoolFlowSchema),
})
export type PoolFlows = z.infer<typeof PoolFlowsSchema>

export const PoolWarningSchema = z
  .object({
    customerId: IdSchema,
    customerName: z.string(),
    ownerId: IdSchema,
    ownerName: z.string().nullable(),
    tier: z.enum(TIERS),
    lastTouchOn: LocalDateSchema,
    returnOn: LocalDateSchema,
    daysLeft: z.number().int(),
  })
  .meta({ id: 'PoolWarning' })
export type PoolWarning = z.infer<typeof PoolWarningSchema>
export const PoolWarningsSchema = z.object({
  warnDays: z.number().int(),
  items: z.array(PoolWarningSchema),
})
export type PoolWarnings = z.infer<typeof PoolWarningsSchema>

export const PoolReturnRunSchema = z.object({
  date: LocalDateSchema,
  returned: z.number().int(),
  warned: z.number().int(),
})
export type PoolReturnRun = z.infer<typeof PoolReturnRunSchema>

export const CustomerIdParamsSchema = z.strictObject({ customerId: IdSchema })
