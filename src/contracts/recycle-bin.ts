import { z } from 'zod'
import { BIN_KINDS } from '../core/recycle-bin/bin-kinds'
import { IdSchema, InstantSchema, LocalDateSchema } from './common'

export const BinKindSchema = z.enum(BIN_KINDS)

export const BinListQuerySchema = z.strictObject({
  kind: BinKindSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
})
export type BinListQuery = z.infer<typeof BinListQuerySchema>

export const BinItemSchema = z
  .object({
    kind: BinKindSchema,
    id: z.string(),
    label: z.string().nullable().meta({
      description:
        "A customer's name, an order's number, the order a collection or plan was for, a follow-up's summary, an expense's note.",
    }),
    customerName: z.string().nullable(),
    date: LocalDateSchema.nullable().meta({ description: "The record's own date." }),
    amount: z.number().int().nullable().meta({ description: 'Minor units (cents).' }),
    category: z.string().nullable().meta({ description: "An expense's category." }),
    ownerName: z.string().nullable(),
    deletedAt: InstantSchema,
    deletedBy: z.string().nullable(),
    deletedByName: z.string().nullable(),
    restoreUntil: InstantSchema.meta({
      description: 'Restorable until this instant (90 days after deletion).',
    }),
    daysLeft: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'RecycleBinItem' })
export type BinItem = z.infer<typeof BinItemSchema>

export const BinListSchema = z.object({ items: z.array(BinItemSchema), nextCursor: z.string().nullable() })
export type BinList = z.infer<typeof BinListSchema>

export const BinRecordParamsSchema = z.strictObject({ kind: BinKindSchema, id: IdSchema })

export const RestoredRecordSchema = z.object({
  kind: BinKindSchema,
  id: z.string(),
  version: z.number().int(),
})
export type RestoredRecord = z.infer<typeof RestoredRecordSchema>

export const PurgeResultSchema = z.object({
  deletedBefore: InstantSchema,
  purged: z.object({
    customer: z.number().int(),
    order: z.number().int(),
    collection: z.number().int(),
    collection_plan: z.number().int(),
    expense: z.number().int(),
    follow_up: z.number().int(),
  }),
  total: z.number().int(),
  kept: z
    .number()
    .int()
    .meta({ description: 'Past restoring but still named by other records, so kept out of sight.' }),
})
export type PurgeResult = z.infer<typeof PurgeResultSchema>
