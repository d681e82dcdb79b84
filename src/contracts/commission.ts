import { z } from 'zod'
import { COMMISSION_MODES } from '../core/commission/commission-plan'
import { MONEY_LIMIT_MINOR } from '../core/money/money-limit'
import { IdSchema, InstantSchema, LocalDateSchema, optionalText, requiredText } from './common'
import { periodInOrder, periodShape } from './period'

/** Money: an integer of minor units (cents). */
const Money = z.number().int().min(0).max(MONEY_LIMIT_MINOR).meta({ description: 'Minor units (cents).' })
const SignedMoney = z.number().int().meta({ description: 'Minor units (cents), signed.' })

/**
 * A bracket as sent: integers only. Where each bracket starts and ends, and that its rate lies in
 * 0–100 %, is checked by core/commission/plan-issues.ts, which names the bracket in its errors.
 */
export const BracketSchema = z.strictObject({
  from: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).meta({
    description: 'Collections from (inclusive), minor units; the first bracket starts at 0.',
  }),
  to: z
    .number()
    .int()
    .min(-Number.MAX_SAFE_INTEGER)
    .max(Number.MAX_SAFE_INTEGER)
    .nullish()
    .transform((v) => v ?? null)
    .meta({ description: 'Up to (exclusive), minor units; null: open-ended (the last bracket only).' }),
  rateBp: z.number().int().min(-1_000_000).max(1_000_000).meta({ description: 'Basis points: 300 = 3 %.' }),
})

export const PlanInputSchema = z.strictObject({
  name: requiredText(100),
  mode: z.enum(COMMISSION_MODES).meta({
    description: 'progressive: each rate to its slice; whole: the reached bracket’s rate to everything.',
  }),
  brackets: z.array(BracketSchema).min(1).max(20),
  newCustomerBonus: Money.default(0).meta({ description: 'Per new customer, minor units; 0: none.' }),
  bonusMinOrder: Money.nullish()
    .transform((v) => v ?? null)
    .meta({ description: 'The first order must be at least this (minor units); null: any amount.' }),
  note: optionalText(1000),
})
export type PlanInput = z.infer<typeof PlanInputSchema>

const BracketOutSchema = z.object({
  from: z.number().int(),
  to: z.number().int().nullable(),
  rateBp: z.number().int(),
})

export const PlanSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    mode: z.enum(COMMISSION_MODES),
    brackets: z.array(BracketOutSchema),
    newCustomerBonus: z.number().int(),
    bonusMinOrder: z.number().int().nullable(),
    note: z.string().nullable(),
    /** Live assignments of this plan: a plan in use cannot be deleted. */
    assignments: z.number().int(),
    version: z.number().int(),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .meta({ id: 'CommissionPlan' })
export type Plan = z.infer<typeof PlanSchema>
export const PlanListSchema = z.object({ items: z.array(PlanSchema) })

const periodOf = { periodFrom: LocalDateSchema, periodTo: LocalDateSchema }
const periodFromTo = (v: { periodFrom: string; periodTo: string }, ctx: z.RefinementCtx) => {
  if (v.periodTo < v.periodFrom)
    ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'field.period_order' })
}

export const CreateAssignmentSchema = z
  .strictObject({ repId: IdSchema, planId: IdSchema, ...periodOf })
  .superRefine(periodFromTo)
export type CreateAssignment = z.infer<typeof CreateAssignmentSchema>

export const AssignmentSchema = z
  .object({
    id: IdSchema,
    repId: IdSchema,
    repName: z.string(),
    planId: IdSchema,
    planName: z.string(),
    periodFrom: z.string(),
    periodTo: z.string(),
    version: z.number().int(),
    createdAt: InstantSchema,
  })
  .meta({ id: 'CommissionAssignment' })
export type Assignment = z.infer<typeof AssignmentSchema>
export const AssignmentListSchema = z.object({ items: z.array(AssignmentSchema) })
export const AssignmentQuerySchema = z
  .strictObject({ rep: IdSchema.optional(), plan: IdSchema.optional(), ...periodShape })
  .superRefine(periodInOrder)

export const CreateAdjustmentSchema = z
  .strictObject({
    repId: IdSchema,
    ...periodOf,
    amount: SignedMoney.min(-MONEY_LIMIT_MINOR)
      .max(MONEY_LIMIT_MINOR)
      .refine((v) => v !== 0, { error: 'field.nonzero' }),
    reason: requiredText(500),
  })
  .superRefine(periodFromTo)
export type CreateAdjustment = z.infer<typeof CreateAdjustmentSchema>

export const AdjustmentSchema = z
  .object({
    id: IdSchema,
    repId: IdSchema,
    repName: z.string(),
    periodFrom: z.string(),
    periodTo: z.string(),
    amount: z.number().int(),
    reason: z.string(),
    version: z.number().int(),
    createdAt: InstantSchema,
  })
  .meta({ id: 'CommissionAdjustment' })
export type Adjustment = z.infer<typeof AdjustmentSchema>
export const AdjustmentListSchema = z.object({ items: z.array(AdjustmentSchema) })
/** Adjustments whose period ends in `[from, to]`: the ones a computation of that period counts. */
export const AdjustmentQuerySchema = z
  .strictObject({ rep: IdSchema.optional(), ...periodShape })
  .superRefine(periodInOrder)

export const CommissionQuerySchema = z
  .strictObject({ rep: IdSchema.optional(), ...periodShape })
  .superRefine(periodInOrder)
export type CommissionQuery = z.infer<typeof CommissionQuerySchema>
export const StatementQuerySchema = z.strictObject(periodShape).superRefine(periodInOrder)
export const RepParamsSchema = z.strictObject({ repId: IdSchema })

const newCustomer = {
  customerId: IdSchema,
  customerName: z.string(),
  orderId: IdSchema,
  orderNumber: z.string(),
  orderDate: LocalDateSchema,
  orderAmount: z.number().int(),
}

/** One line of the arithmetic; `amount` is already rounded (down, to the cent), and lines add up to the total. */
export const StatementLineSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('bracket'),
    segment: z.number().int().meta({ description: 'Index into segments.' }),
    bracket: z.number().int().meta({ description: 'The bracket, counted from 1.' }),
    bracketFrom: z.number().int(),
    bracketTo: z.number().int().nullable(),
    base: z.number().int(),
    rateBp: z.number().int(),
    amount: z.number().int(),
  }),
  z.object({ kind: z.literal('bonus'), segment: z.number().int(), ...newCustomer, amount: z.number().int() }),
  z
    .object({
      kind: z.literal('earlier'),
      segment: z.number().int(),
      from: LocalDateSchema,
      to: LocalDateSchema,
      base: z.number().int(),
      amount: z.number().int(),
    })
    .meta({
      description:
        'What the brackets paid on the collections of the same assignment before this segment (from … to), taken off: brackets count an assignment’s collections from its first day.',
    }),
  z.object({
    kind: z.literal('adjustment'),
    adjustmentId: IdSchema,
    from: LocalDateSchema,
    to: LocalDateSchema,
    reason: z.string(),
    amount: z.number().int(),
  }),
])
export type StatementLine = z.infer<typeof StatementLineSchema>

export const StatementSchema = z
  .object({
    repId: IdSchema,
    repName: z.string(),
    from: LocalDateSchema,
    to: LocalDateSchema,
    /** All collections credited to the rep in the period. */
    collected: z.number().int(),
    segments: z.array(
      z.object({
        assignmentId: IdSchema,
        planId: IdSchema,
        planName: z.string(),
        mode: z.enum(COMMISSION_MODES),
        from: LocalDateSchema,
        to: LocalDateSchema,
        collected: z.number().int(),
        assignedFrom: LocalDateSchema.meta({ description: 'The assignment’s own first day.' }),
        collectedBefore: z.number().int().meta({
          description: 'Collected under the assignment before this segment: counted by its brackets.',
        }),
      }),
    ),
    /** Days of the period under no plan, and what was collected on them (earning no bracket commission). */
    uncovered: z.array(z.object({ from: LocalDateSchema, to: LocalDateSchema, collected: z.number().int() })),
    lines: z.array(StatementLineSchema),
    /** New customers of the period that earned no bonus, and why. */
    unpaid: z.array(
      z.object({
        ...newCustomer,
        reason: z.enum(['no_plan', 'below_minimum']),
        minimum: z.number().int().nullable(),
      }),
    ),
    bracketTotal: z.number().int(),
    bonusTotal: z.number().int(),
    adjustmentTotal: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: 'CommissionStatement' })
export type Statement = z.infer<typeof StatementSchema>

export const CommissionResultSchema = z.object({
  from: LocalDateSchema,
  to: LocalDateSchema,
  reps: z.array(StatementSchema),
  total: z.number().int(),
})
export type CommissionResult = z.infer<typeof CommissionResultSchema>

/** What a team table needs per rep (app/commission.ts commissionTotals). */
export type CommissionTotals = {
  repId: string
  repName: string
  collected: number
  bracketTotal: number
  bonusTotal: number
  adjustmentTotal: number
  total: number
}
