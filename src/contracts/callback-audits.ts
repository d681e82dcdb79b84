import { z } from 'zod'
import { AUDIT_RECORD_KINDS, AUDIT_RESULTS } from '../core/callback-audits/audit-results'
import { FOLLOW_UP_CHANNELS } from '../core/follow-ups/channels'
import { IdSchema, InstantSchema, LocalDateSchema, optionalText } from './common'
import { periodInOrder } from './period'

/** The largest seed: the generator works on 32 bits (core/random/seeded-random.ts). */
export const MAX_SEED = 2 ** 32 - 1

/**
 * A draw (DOMAIN.md "Callback audits"): a period, and a share of each rep's records (0.1 = 10 %,
 * at least 0.0001) or a count per rep — one of the two. The seed is made up when left out; it is
 * stored either way, so the draw can be replayed.
 */
export const CreateDrawSchema = z
  .strictObject({
    from: LocalDateSchema,
    to: LocalDateSchema,
    sampleShare: z
      .number({ error: 'field.sample_share' })
      .refine((v) => v >= 0.0001 && v <= 1, { error: 'field.sample_share' })
      .optional(),
    sampleCount: z.number().int().min(1).max(1000).optional(),
    seed: z.number().int().min(0).max(MAX_SEED).optional(),
  })
  .superRefine(periodInOrder)
  .superRefine((q, ctx) => {
    if ((q.sampleShare === undefined) === (q.sampleCount === undefined))
      ctx.addIssue({ code: 'custom', path: ['sampleShare'], message: 'field.share_or_count' })
  })
export type CreateDraw = z.infer<typeof CreateDrawSchema>

export const DrawRepSchema = z.object({
  repId: z.string(),
  repName: z.string(),
  recorded: z.number().int(),
  eligible: z.number().int(),
  quota: z.number().int(),
  drawn: z.number().int(),
})

export const DrawSummarySchema = z.object({
  id: z.string(),
  from: LocalDateSchema,
  to: LocalDateSchema,
  rule: z.enum(['share', 'count']),
  /** The share as a fraction (0.1 = 10 %), or null for a count. */
  sampleShare: z.number().nullable(),
  sampleCount: z.number().int().nullable(),
  seed: z.number().int(),
  /** Customers called on or after this day, or drawn elsewhere and not called yet, were skipped. */
  excludedSince: LocalDateSchema,
  population: z.number().int(),
  sampled: z.number().int(),
  called: z.number().int(),
  discrepancies: z.number().int(),
  actorName: z.string().nullable(),
  createdAt: InstantSchema,
})
export type DrawSummary = z.infer<typeof DrawSummarySchema>

export const DrawSchema = DrawSummarySchema.extend({ reps: z.array(DrawRepSchema) })
export type Draw = z.infer<typeof DrawSchema>

export const DrawListSchema = z.object({ items: z.array(DrawSummarySchema) })

export const AuditItemSchema = z.object({
  id: z.string(),
  drawId: z.string(),
  position: z.number().int(),
  repId: z.string(),
  repName: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  customerPhone: z.string().nullable(),
  contacts: z.array(z.object({ name: z.string(), title: z.string().nullable(), phone: z.string() })),
  /** What the rep claimed: a follow-up record, or a visit checked in. */
  recordKind: z.enum(AUDIT_RECORD_KINDS),
  recordId: z.string(),
  recordOn: LocalDateSchema,
  recordAt: InstantSchema.nullable(),
  channel: z.enum(FOLLOW_UP_CHANNELS).nullable(),
  durationMinutes: z.number().int().nullable(),
  summary: z.string().nullable(),
  outcome: z.string().nullable(),
  nextStep: z.string().nullable(),
  visitEndsAt: InstantSchema.nullable(),
  place: z.string().nullable(),
  objectives: z.array(z.object({ kind: z.string(), text: z.string() })),
  result: z.enum(AUDIT_RESULTS).nullable(),
  satisfaction: z.number().int().nullable(),
  note: z.string().nullable(),
  calledOn: LocalDateSchema.nullable(),
  calledByName: z.string().nullable(),
  version: z.number().int(),
})
export type AuditItem = z.infer<typeof AuditItemSchema>

export const AuditItemListSchema = z.object({ items: z.array(AuditItemSchema) })

export const DrawItemsParamsSchema = z.strictObject({ id: IdSchema })
export const RecordResultParamsSchema = z.strictObject({ id: IdSchema, recordId: IdSchema })

/**
 * What the call found. Satisfaction 1–5 is asked of a customer reached; when unreachable there is
 * nobody to ask, so it may be left out. A discrepancy needs a note: the rep's manager is told, and
 * must know what did not match. The call's day is today unless said (a call noted the next morning).
 */
export const RecordResultSchema = z
  .strictObject({
    result: z.enum(AUDIT_RESULTS),
    satisfaction: z
      .number()
      .int()
      .min(1)
      .max(5)
      .nullish()
      .transform((v) => v ?? null),
    note: optionalText(2000),
    calledOn: LocalDateSchema.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.result !== 'unreachable' && r.satisfaction === null)
      ctx.addIssue({ code: 'custom', path: ['satisfaction'], message: 'field.satisfaction_required' })
    if (r.result === 'discrepancy' && !r.note)
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'field.discrepancy_note' })
  })
export type RecordResult = z.infer<typeof RecordResultSchema>

export const AuditItemsQuerySchema = z
  .strictObject({
    draw: IdSchema.optional(),
    rep: IdSchema.optional(),
    from: LocalDateSchema.optional(),
    to: LocalDateSchema.optional(),
  })
  .superRefine(periodInOrder)
export type AuditItemsQuery = z.infer<typeof AuditItemsQuerySchema>

/** Rates of one draw (`draw`), or of the records dated in a period (`from`–`to`, default this month). */
export const AuditRatesQuerySchema = z
  .strictObject({
    draw: IdSchema.optional(),
    from: LocalDateSchema.optional(),
    to: LocalDateSchema.optional(),
  })
  .superRefine(periodInOrder)
export type AuditRatesQuery = z.infer<typeof AuditRatesQuerySchema>

const rates = {
  drawn: z.number().int(),
  pending: z.number().int(),
  confirmed: z.number().int(),
  discrepancy: z.number().int(),
  unreachable: z.number().int(),
  /** confirmed / (confirmed + discrepancy); unreachable calls are left out. Null when none reached. */
  confirmationRate: z.number().nullable(),
  satisfaction: z.number().nullable(),
  satisfactionCount: z.number().int(),
}
export const AuditRatesSchema = z.object({
  drawId: z.string().nullable(),
  from: LocalDateSchema,
  to: LocalDateSchema,
  reps: z.array(z.object({ repId: z.string(), repName: z.string(), ...rates })),
  total: z.object(rates),
})
export type AuditRatesReport = z.infer<typeof AuditRatesSchema>
