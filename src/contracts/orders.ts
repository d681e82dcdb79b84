import { z } from 'zod'
import { COLLECTION_METHODS, ORDER_STATUSES, QUANTITY_SCALE } from '../core/ledger/order-lines'
import { IdSchema, InstantSchema, LocalDateSchema, optionalText, requiredText } from './common'
import { MONEY_LIMIT_MINOR } from '../core/money/money-limit'

/** Money in requests and responses: an integer of minor units (cents). */
const Money = z.number().int().min(0).max(MONEY_LIMIT_MINOR).meta({ description: 'Minor units (cents).' })

const Quantity = z
  .number()
  .gt(0)
  .max(1e9)
  .refine((q) => Math.abs(q * QUANTITY_SCALE - Math.round(q * QUANTITY_SCALE)) < 1e-6, {
    error: 'field.invalid',
  })
  .meta({ description: 'Up to three decimals.' })

export const OrderLineInputSchema = z.strictObject({
  product: requiredText(200),
  quantity: Quantity,
  unitPrice: Money,
  discount: Money.default(0),
})

const linesOrTotal = (v: { lines?: unknown[] | null; total?: number | null }) =>
  (v.lines?.length ? 1 : 0) + (v.total != null ? 1 : 0) === 1
const linesOrTotalIssue = { path: ['total'], error: 'field.lines_or_total' }

export const CreateOrderSchema = z
  .strictObject({
    number: requiredText(50),
    externalId: optionalText(100),
    customerId: IdSchema,
    ownerId: IdSchema.optional(),
    orderDate: LocalDateSchema,
    status: z.enum(ORDER_STATUSES).default('confirmed'),
    lines: z.array(OrderLineInputSchema).max(500).optional(),
    total: Money.optional(),
    note: optionalText(2000),
  })
  .refine(linesOrTotal, linesOrTotalIssue)
export type CreateOrder = z.infer<typeof CreateOrderSchema>

export const UpdateOrderSchema = z
  .strictObject({
    orderDate: LocalDateSchema.optional(),
    status: z.enum(ORDER_STATUSES).optional(),
    ownerId: IdSchema.optional(),
    lines: z.array(OrderLineInputSchema).max(500).optional(),
    total: Money.optional(),
    note: optionalText(2000).optional(),
  })
  .refine((v) => !(v.lines?.length && v.total !== undefined), linesOrTotalIssue)
export type UpdateOrder = z.infer<typeof UpdateOrderSchema>

export const OrderLineSchema = z.object({
  id: IdSchema,
  product: z.string(),
  quantity: z.number(),
  unitPrice: z.number().int(),
  discount: z.number().int(),
  amount: z.number().int(),
})

export const OrderSchema = z
  .object({
    id: IdSchema,
    externalId: z.string().nullable(),
    number: z.string(),
    customerId: IdSchema,
    customerName: z.string(),
    ownerId: IdSchema,
    ownerName: z.string(),
    orderDate: z.string(),
    status: z.enum(ORDER_STATUSES),
    total: z.number().int(),
    note: z.string().nullable(),
    lines: z.array(OrderLineSchema),
    version: z.number().int(),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .meta({ id: 'Order' })
export type Order = z.infer<typeof OrderSchema>

export const OrderListItemSchema = OrderSchema.omit({ lines: true }).meta({ id: 'OrderListItem' })
export type OrderListItem = z.infer<typeof OrderListItemSchema>

/** Ledger lists: newest first, filtered by customer, owner and a closed date range. */
export const LedgerListQuerySchema = z.strictObject({
  customer: IdSchema.optional(),
  owner: IdSchema.optional(),
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
})
export type LedgerListQuery = z.infer<typeof LedgerListQuerySchema>

export const OrderListSchema = z.object({
  items: z.array(OrderListItemSchema),
  nextCursor: z.string().nullable(),
})

export const CreateCollectionSchema = z.strictObject({
  customerId: IdSchema,
  orderId: IdSchema.nullish().transform((v) => v ?? null),
  externalId: optionalText(100),
  collectedOn: LocalDateSchema,
  amount: Money.refine((v) => v > 0, { error: 'field.positive' }),
  method: z.enum(COLLECTION_METHODS).default('transfer'),
  note: optionalText(2000),
})
export type CreateCollection = z.infer<typeof CreateCollectionSchema>

export const CollectionSchema = z
  .object({
    id: IdSchema,
    externalId: z.string().nullable(),
    customerId: IdSchema,
    customerName: z.string(),
    orderId: IdSchema.nullable(),
    orderNumber: z.string().nullable(),
    ownerId: IdSchema,
    ownerName: z.string(),
    collectedOn: z.string(),
    amount: z.number().int(),
    method: z.enum(COLLECTION_METHODS),
    note: z.string().nullable(),
    version: z.number().int(),
    createdAt: InstantSchema,
  })
  .meta({ id: 'Collection' })
export type Collection = z.infer<typeof CollectionSchema>
export const CollectionListSchema = z.object({
  items: z.array(CollectionSchema),
  nextCursor: z.string().nullable(),
})

export const RECEIVABLE_GROUPS = ['customer', 'order', 'rep'] as const
export const ReceivableQuerySchema = z.strictObject({
  by: z.enum(RECEIVABLE_GROUPS).default('customer'),
  customer: IdSchema.optional(),
  open: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'Only rows with something still to collect.' }),
  asOf: LocalDateSchema.optional().meta({
    description: 'Orders and collections up to this date (default: all).',
  }),
})
export const ReceivableSchema = z.object({
  id: IdSchema,
  name: z.string(),
  ordered: z.number().int(),
  collected: z.number().int(),
  receivable: z.number().int(),
})
export const ReceivableListSchema = z.object({
  items: z.array(ReceivableSchema),
  total: ReceivableSchema.omit({ id: true, name: true }),
})

export const CreateCollectionPlanSchema = z.strictObject({
  customerId: IdSchema,
  orderId: IdSchema.nullish().transform((v) => v ?? null),
  dueOn: LocalDateSchema,
  amount: Money.refine((v) => v > 0, { error: 'field.positive' }),
  note: optionalText(2000),
})
export type CreateCollectionPlan = z.infer<typeof CreateCollectionPlanSchema>

export const CollectionPlanSchema = z
  .object({
    id: IdSchema,
    customerId: IdSchema,
    customerName: z.string(),
    orderId: IdSchema.nullable(),
    ownerId: IdSchema,
    ownerName: z.string(),
    dueOn: z.string(),
    amount: z.number().int(),
    outstanding: z
      .number()
      .int()
      .meta({ description: 'Not yet covered by collections (first due, first paid).' }),
    overdue: z.boolean(),
    note: z.string().nullable(),
    version: z.number().int().meta({ description: 'For If-Match on DELETE.' }),
  })
  .meta({ id: 'CollectionPlan' })
export type CollectionPlan = z.infer<typeof CollectionPlanSchema>

export const CollectionPlanQuerySchema = z.strictObject({
  customer: IdSchema.optional(),
  owner: IdSchema.optional(),
  overdue: z.enum(['true', 'false']).optional().meta({ description: 'Only plans overdue today.' }),
  open: z.enum(['true', 'false']).optional().meta({ description: 'Only plans with something outstanding.' }),
})
export const CollectionPlanListSchema = z.object({ items: z.array(CollectionPlanSchema) })
export const OverdueByRepSchema = z.object({
  items: z.array(
    z.object({
      ownerId: IdSchema,
      ownerName: z.string(),
      count: z.number().int(),
      outstanding: z.number().int(),
    }),
  ),
})
