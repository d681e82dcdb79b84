import { z } from 'zod'
import { LOST_REASONS } from '../core/opportunities/lost-reasons'
import { OPEN_STAGES, OPPORTUNITY_STAGES } from '../core/opportunities/stages'
import { IdSchema, InstantSchema, LocalDateSchema, optionalText, requiredText } from './common'
import { periodInOrder, periodShape } from './period'
import { MONEY_LIMIT_MINOR } from '../core/money/money-limit'

const Amount = z
  .number()
  .int()
  .min(0)
  .max(MONEY_LIMIT_MINOR)
  .meta({ description: 'Minor units (cents); 0 while the amount is not known yet.' })

export const CreateOpportunitySchema = z.strictObject({
  customerId: IdSchema,
  ownerId: IdSchema.optional().meta({
    description: "Default: the caller when they sell, else the customer's owner.",
  }),
  title: requiredText(200),
  amount: Amount,
  expectedOn: LocalDateSchema.meta({ description: 'Expected close date.' }),
  stage: z.enum(OPEN_STAGES).default('person').meta({ description: 'The hurdle it starts at.' }),
  note: optionalText(2000),
})
export type CreateOpportunity = z.infer<typeof CreateOpportunitySchema>

/** Details of an open opportunity; its stage changes only by a move. */
export const UpdateOpportunitySchema = z.strictObject({
  customerId: IdSchema.optional(),
  ownerId: IdSchema.optional(),
  title: requiredText(200).optional(),
  amount: Amount.optional(),
  expectedOn: LocalDateSchema.optional(),
  note: optionalText(2000).optional(),
})
export type UpdateOpportunity = z.infer<typeof UpdateOpportunitySchema>

export const MoveOpportunitySchema = z
  .strictObject({
    stage: z.enum(OPPORTUNITY_STAGES),
    lossReason: z
      .enum(LOST_REASONS)
      .nullish()
      .transform((v) => v ?? null),
    lostNote: optionalText(2000),
    closedOn: LocalDateSchema.optional().meta({
      description: 'For won or lost: the day it closed (default today); never in the future.',
    }),
  })
  .superRefine((m, ctx) => {
    // DOMAIN.md: lost "with a reason" — refused here, before anything is read or written.
    if (m.stage === 'lost' && !m.lossReason)
      ctx.addIssue({ code: 'custom', path: ['lossReason'], message: 'error.opportunity_lost_reason' })
  })
export type MoveOpportunity = z.infer<typeof MoveOpportunitySchema>

export const StageChangeSchema = z.object({
  id: IdSchema,
  fromStage: z.enum(OPPORTUNITY_STAGES).nullable(),
  toStage: z.enum(OPPORTUNITY_STAGES),
  lossReason: z.enum(LOST_REASONS).nullable(),
  changedAt: InstantSchema,
  changedOn: LocalDateSchema,
  actorId: IdSchema.nullable(),
  actorName: z.string().nullable(),
})
export type StageChange = z.infer<typeof StageChangeSchema>

export const OpportunitySchema = z
  .object({
    id: IdSchema,
    customerId: IdSchema,
    customerName: z.string(),
    ownerId: IdSchema,
    ownerName: z.string(),
    title: z.string(),
    amount: z.number().int(),
    expectedOn: LocalDateSchema,
    stage: z.enum(OPPORTUNITY_STAGES),
    highestStage: z.enum(OPEN_STAGES),
    lostAtStage: z.enum(OPEN_STAGES).nullable(),
    lossReason: z.enum(LOST_REASONS).nullable(),
    lostNote: z.string().nullable(),
    closedOn: LocalDateSchema.nullable(),
    note: z.string().nullable(),
    version: z.number().int(),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .meta({ id: 'Opportunity' })
export type Opportunity = z.infer<typeof OpportunitySchema>

export const OpportunityDetailSchema = OpportunitySchema.extend({
  history: z.array(StageChangeSchema),
}).meta({ id: 'OpportunityDetail' })
export type OpportunityDetail = z.infer<typeof OpportunityDetailSchema>

const filterShape = {
  owner: IdSchema.optional(),
  customer: IdSchema.optional(),
  stage: z.enum(OPPORTUNITY_STAGES).optional(),
  from: LocalDateSchema.optional().meta({
    description: 'Closes on or after: expected date when open, close date when won or lost.',
  }),
  to: LocalDateSchema.optional(),
}

export const OpportunityListQuerySchema = z
  .strictObject({
    ...filterShape,
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .superRefine(periodInOrder)
export type OpportunityListQuery = z.infer<typeof OpportunityListQuerySchema>
export const OpportunityListSchema = z.object({
  items: z.array(OpportunitySchema),
  nextCursor: z.string().nullable(),
})

export const BoardQuerySchema = z
  .strictObject({ owner: filterShape.owner, from: filterShape.from, to: filterShape.to })
  .superRefine(periodInOrder)
export type BoardQuery = z.infer<typeof BoardQuerySchema>
export const BoardSchema = z
  .object({
    columns: z.array(
      z.object({
        stage: z.enum(OPPORTUNITY_STAGES),
        count: z.number().int(),
        amount: z.number().int(),
        /** The first cards; `count` says how many match in all. */
        items: z.array(OpportunitySchema),
      }),
    ),
  })
  .meta({ id: 'OpportunityBoard' })
export type Board = z.infer<typeof BoardSchema>

export const WinLossQuerySchema = z
  .strictObject({ ...periodShape, owner: IdSchema.optional() })
  .superRefine(periodInOrder)
export type WinLossQuery = z.infer<typeof WinLossQuerySchema>

const tally = {
  won: z.number().int(),
  lost: z.number().int(),
  wonAmount: z.number().int(),
  lostAmount: z.number().int(),
  winRate: z.number().nullable(),
}
export const WinLossSchema = z
  .object({
    from: LocalDateSchema,
    to: LocalDateSchema,
    total: z.object({ ...tally, count: z.number().int(), amount: z.number().int() }),
    stages: z.array(
      z.object({
        stage: z.enum(['person', 'platform', 'money', 'won']),
        reached: z.number().int(),
        reachedAmount: z.number().int(),
        lostAt: z.number().int(),
        lostAtAmount: z.number().int(),
        conversion: z.number().nullable(),
      }),
    ),
    reasons: z.array(
      z.object({
        reason: z.enum(LOST_REASONS),
        count: z.number().int(),
        amount: z.number().int(),
        share: z.number(),
      }),
    ),
    reps: z.array(z.object({ ...tally, ownerId: IdSchema, ownerName: z.string() })),
    months: z.array(z.object({ ...tally, month: z.string() })),
  })
  .meta({ id: 'WinLoss' })
export type WinLossView = z.infer<typeof WinLossSchema>
