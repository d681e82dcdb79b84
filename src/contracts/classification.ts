import { z } from 'zod'
import { TIERS } from '../core/follow-ups/tier'
import { IdSchema, InstantSchema, LocalDateSchema } from './common'

const Money = z.number().int().meta({ description: 'Minor units (cents).' })
const TierSchema = z.enum(TIERS)

export const ClassifyBodySchema = z.strictObject({
  asOf: LocalDateSchema.optional().meta({
    description: 'The last day of the window (inclusive); default today in the organisation.',
  }),
})
export type ClassifyBody = z.infer<typeof ClassifyBodySchema>

/** One ABC run as kept (DOMAIN.md "ABC classification"): its window, rule and counts. */
export const ClassificationRunSchema = z
  .object({
    id: IdSchema,
    asOf: z.string(),
    from: z.string(),
    to: z.string(),
    metric: z.enum(['sales', 'collections']),
    shareA: z.number(),
    shareB: z.number(),
    total: Money,
    counts: z.object({ A: z.number().int(), B: z.number().int(), C: z.number().int() }),
    actorId: IdSchema.nullable(),
    actorName: z.string().nullable(),
    createdAt: InstantSchema,
  })
  .meta({ id: 'ClassificationRun' })
export type ClassificationRun = z.infer<typeof ClassificationRunSchema>

export const RunListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
})
export type RunListQuery = z.infer<typeof RunListQuerySchema>

export const RunListSchema = z.object({
  items: z.array(ClassificationRunSchema),
  nextCursor: z.string().nullable(),
})

/**
 * One bar of the Pareto chart: a customer, or when there are many, a run of consecutive ranks.
 * `cumulativeShare` is the share of the run's total held by every customer ranked up to `lastRank`.
 */
export const ParetoPointSchema = z.object({
  firstRank: z.number().int(),
  lastRank: z.number().int(),
  customers: z.number().int(),
  name: z.string().nullable().meta({ description: 'The customer, when the point is one customer.' }),
  value: Money,
  cumulativeShare: z.number(),
  tier: TierSchema.meta({ description: 'The best tier among the point’s customers.' }),
})
export type ParetoPoint = z.infer<typeof ParetoPointSchema>

export const RunDetailSchema = z
  .object({
    run: ClassificationRunSchema,
    /** What the caller may see of the run: every customer for an admin, their team's for a manager. */
    visible: z.object({
      customers: z.number().int(),
      counts: z.object({ A: z.number().int(), B: z.number().int(), C: z.number().int() }),
      promoted: z.number().int(),
      demoted: z.number().int(),
    }),
    pareto: z.array(ParetoPointSchema),
  })
  .meta({ id: 'ClassificationRunDetail' })
export type RunDetail = z.infer<typeof RunDetailSchema>

export const RUN_CUSTOMER_CHANGES = ['promoted', 'demoted', 'changed'] as const

export const RunCustomersQuerySchema = z.strictObject({
  change: z
    .enum(RUN_CUSTOMER_CHANGES)
    .optional()
    .meta({ description: 'Only promotions, demotions or both.' }),
  tier: TierSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(500).optional(),
})
export type RunCustomersQuery = z.infer<typeof RunCustomersQuerySchema>

export const RunCustomerSchema = z.object({
  customerId: IdSchema,
  externalId: z.string().nullable(),
  name: z.string(),
  ownerId: IdSchema.nullable(),
  ownerName: z.string().nullable(),
  rank: z.number().int(),
  value: Money,
  tier: TierSchema,
  previousTier: TierSchema.nullable(),
})
export type RunCustomer = z.infer<typeof RunCustomerSchema>

export const RunCustomerListSchema = z.object({
  items: z.array(RunCustomerSchema),
  nextCursor: z.string().nullable(),
})
export type RunCustomerList = z.infer<typeof RunCustomerListSchema>

export const RunParamsSchema = z.strictObject({ id: IdSchema })

/** A customer's tiers: computed by the last run, the manual override, and the one that counts. */
export const CustomerTierSchema = z
  .object({
    customerId: IdSchema,
    tier: TierSchema.meta({ description: 'Computed by the last ABC run.' }),
    override: z.object({ tier: TierSchema, reason: z.string(), until: z.string().nullable() }).nullable(),
    effectiveTier: TierSchema.meta({
      description: 'The override until its last day, else the computed tier.',
    }),
    canOverride: z.boolean(),
    version: z.number().int(),
    history: z.array(
      z.object({
        runId: IdSchema,
        asOf: z.string(),
        metric: z.enum(['sales', 'collections']),
        rank: z.number().int(),
        value: Money,
        tier: TierSchema,
        previousTier: TierSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'CustomerTier' })
export type CustomerTier = z.infer<typeof CustomerTierSchema>

/** A manual tier: the reason is required (DOMAIN.md); without `until` it stands until removed. */
export const TierOverrideBodySchema = z.strictObject({
  tier: TierSchema,
  reason: z
    .string()
    .trim()
    .max(500)
    .nullish()
    .transform((v, ctx) => {
      if (v) return v
      // Missing, null or blank all read as "required": an override nobody can explain is refused.
      ctx.addIssue({ code: 'custom', message: 'field.required' })
      return z.NEVER
    }),
  until: LocalDateSchema.nullish()
    .transform((v) => v ?? null)
    .meta({ description: 'Its last day (inclusive), today or later.' }),
})
export type TierOverrideBody = z.infer<typeof TierOverrideBodySchema>
