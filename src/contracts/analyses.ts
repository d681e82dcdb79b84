import { z } from 'zod'
import { GAIN_LOSS_GROUPS } from '../core/analyses/gain-loss'
import { GROWTH_UNITS } from '../core/analyses/growth'
import { TIERS } from '../core/follow-ups/tier'
import { IdSchema, LocalDateSchema } from './common'

/**
 * A period P and the previous period Q it is read against (DOMAIN.md "Analyses"). Left out, P is
 * this calendar year and Q last year; Q left out is the period of equal length just before P
 * (core/analyses/period.ts). Both ends of each, or neither.
 */
const periodPairShape = {
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
  prevFrom: LocalDateSchema.optional(),
  prevTo: LocalDateSchema.optional(),
}

type PairInput = { from?: string; to?: string; prevFrom?: string; prevTo?: string }

/** Both ends or neither; each period in order. Whether Q ends before P is checked once P is known. */
const pairInOrder = (q: PairInput, ctx: z.RefinementCtx) => {
  if ((q.from === undefined) !== (q.to === undefined))
    ctx.addIssue({ code: 'custom', path: [q.from === undefined ? 'from' : 'to'], message: 'field.required' })
  if (q.from && q.to && q.to < q.from)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'field.period_order' })
  if ((q.prevFrom === undefined) !== (q.prevTo === undefined))
    ctx.addIssue({
      code: 'custom',
      path: [q.prevFrom === undefined ? 'prevFrom' : 'prevTo'],
      message: 'field.previous_both',
    })
  if (q.prevFrom && q.prevTo && q.prevTo < q.prevFrom)
    ctx.addIssue({ code: 'custom', path: ['prevTo'], message: 'field.previous_period_order' })
}

export const PeriodPairQuerySchema = z.strictObject(periodPairShape).superRefine(pairInOrder)
export type PeriodPairQuery = z.infer<typeof PeriodPairQuerySchema>

export const PeriodSchema = z.object({ from: LocalDateSchema, to: LocalDateSchema })

const FactValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('money'), value: z.number().int() }),
  z.object({ kind: z.literal('count'), value: z.number().int() }),
  z.object({ kind: z.literal('percent'), value: z.number() }),
  z.object({ kind: z.literal('period'), from: LocalDateSchema, to: LocalDateSchema }),
  z.object({ kind: z.literal('bucket'), value: z.string() }),
  z.object({ kind: z.literal('label'), key: z.string() }),
  z.object({ kind: z.literal('text'), value: z.string() }),
])

/** A headline finding: its message key and values (to render in any language) and its text in the reader's. */
export const FactSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), FactValueSchema),
  text: z.string(),
})
export type FactDto = z.infer<typeof FactSchema>

const money = z.number().int().describe('cents')

export const GainLossSchema = z.object({
  new: z.object({ count: z.number().int(), sales: money }),
  retained: z.object({ count: z.number().int(), sales: money, previousSales: money }),
  reactivated: z.object({ count: z.number().int(), sales: money }),
  lost: z.object({ count: z.number().int(), previousSales: money }),
  bridge: z
    .object({
      previous: money,
      new: money,
      reactivated: money,
      expansion: money,
      contraction: money,
      lost: money,
      current: money,
    })
    .describe('previous + new + reactivated + expansion − contraction − lost = current, exactly'),
})
export type GainLossDto = z.infer<typeof GainLossSchema>

export const CustomerAnalysisSchema = z.object({
  period: PeriodSchema,
  previous: PeriodSchema,
  ...GainLossSchema.shape,
  /** By the customers' owner; a null rep is the customer pool. */
  byRep: z.array(GainLossSchema.extend({ repId: z.string().nullable(), repName: z.string().nullable() })),
  /** By effective tier today. */
  byTier: z.array(GainLossSchema.extend({ tier: z.enum(TIERS) })),
  byRegion: z.array(GainLossSchema.extend({ region: z.string().nullable() })),
  /** The lost customers' recorded reasons (customers.lost_reason); null: none recorded. */
  lostReasons: z.array(
    z.object({ reason: z.string().nullable(), count: z.number().int(), previousSales: money }),
  ),
  facts: z.array(FactSchema),
})
export type CustomerAnalysis = z.infer<typeof CustomerAnalysisSchema>

export const CustomerGroupQuerySchema = z
  .strictObject({
    ...periodPairShape,
    group: z.enum(GAIN_LOSS_GROUPS),
    /** A rep's id, or `pool` for customers without an owner. */
    rep: IdSchema.optional(),
    tier: z.enum(TIERS).optional(),
    /** A region; empty for customers without one. */
    region: z.string().max(200).optional(),
  })
  .superRefine(pairInOrder)
export type CustomerGroupQuery = z.infer<typeof CustomerGroupQuerySchema>

export const CustomerGroupSchema = z.object({
  period: PeriodSchema,
  previous: PeriodSchema,
  group: z.enum(GAIN_LOSS_GROUPS),
  total: z.number().int(),
  /** The first 1,000, largest first (by sales in P; lost customers by sales in Q). */
  items: z.array(
    z.object({
      customerId: z.string(),
      name: z.string(),
      repId: z.string().nullable(),
      repName: z.string().nullable(),
      tier: z.enum(TIERS),
      region: z.string().nullable(),
      sales: money,
      previousSales: money,
      lostReason: z.string().nullable(),
    }),
  ),
})
export type CustomerGroup = z.infer<typeof CustomerGroupSchema>

const ChangeSchema = z.object({
  current: z.number(),
  previous: z.number(),
  difference: z.number(),
  change: z
    .number()
    .nullable()
    .describe('(current − previous) / previous, a fraction; null when previous is 0'),
})
export const SalesComparisonSchema = z.object({
  period: PeriodSchema,
  previous: PeriodSchema,
  sales: ChangeSchema,
  collections: ChangeSchema,
  /** At each period's last day. */
  receivables: ChangeSchema,
  /** Approved expenses dated in the period. */
  expenses: ChangeSchema,
  /** Approved expenses / sales of the same period; null without sales. */
  expenseRatio: z.object({
    current: z.number().nullable(),
    previous: z.number().nullable(),
    difference: z.number().nullable(),
    change: z.number().nullable(),
  }),
  /** Customers whose first confirmed order is dated in the period. */
  newCustomers: ChangeSchema,
  facts: z.array(FactSchema),
})
export type SalesComparison = z.infer<typeof SalesComparisonSchema>

export const MonthlyQuerySchema = z
  .strictObject({ from: LocalDateSchema.optional(), to: LocalDateSchema.optional() })
  .superRefine(pairInOrder)
export type MonthlyQuery = z.infer<typeof MonthlyQuerySchema>

export const MonthlySchema = z.object({
  period: PeriodSchema,
  /** Every month of the period up to this month, with or without figures. */
  months: z.array(z.object({ month: z.string(), sales: money, collections: money })),
})
export type Monthly = z.infer<typeof MonthlySchema>

export const GrowthQuerySchema = z
  .strictObject({
    from: LocalDateSchema.optional(),
    to: LocalDateSchema.optional(),
    by: z.enum(GROWTH_UNITS).default('year'),
  })
  .superRefine(pairInOrder)
export type GrowthQuery = z.infer<typeof GrowthQuerySchema>

export const GrowthSchema = z.object({
  period: PeriodSchema,
  by: z.enum(GROWTH_UNITS),
  series: z.array(
    z.object({
      period: z.string().describe('2026, 2026-Q4 or 2026-11'),
      sales: money,
      growth: z
        .number()
        .nullable()
        .describe(
          'over the bucket before, a fraction — for a last bucket the period holds only part of, over the same days of the bucket before; null for the first, after 0, or where part of a bucket would meet a whole one',
        ),
    }),
  ),
  cagr: z
    .number()
    .nullable()
    .describe(
      'compound annual growth rate between the first and last buckets the period holds whole, a fraction (quarters and months annualised)',
    ),
  facts: z.array(FactSchema),
})
export type Growth = z.infer<typeof GrowthSchema>
