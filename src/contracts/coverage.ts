import { z } from 'zod'
import { IdSchema, LocalDateSchema } from './common'
import { periodInOrder, periodShape } from './period'

export const CoverageQuerySchema = z
  .strictObject({ ...periodShape, rep: IdSchema.optional(), team: IdSchema.optional() })
  .superRefine(periodInOrder)
export type CoverageQuery = z.infer<typeof CoverageQuerySchema>

/** Required touches Σr, touches done Σd, counted Σmin(d, r), and coverage = counted / required. */
export const CoverageLineSchema = z.object({
  required: z.number().int(),
  done: z.number().int(),
  counted: z.number().int(),
  coverage: z.number().nullable().describe('0…1; null when no customer was counted'),
})
export const CoverageSchema = CoverageLineSchema.extend({
  customers: z.number().int(),
  byTier: z.object({ A: CoverageLineSchema, B: CoverageLineSchema, C: CoverageLineSchema }),
})
export type CoverageDto = z.infer<typeof CoverageSchema>

export const CoverageReportSchema = z.object({
  from: LocalDateSchema,
  to: LocalDateSchema,
  /** The day the effective tiers are taken on: the period's last day, or today if that is later. */
  tierAsOf: LocalDateSchema,
  total: CoverageSchema,
  reps: z.array(
    CoverageSchema.extend({ repId: z.string(), repName: z.string(), managerId: z.string().nullable() }),
  ),
  /** Each sales manager's tree (themselves and everyone below), within what the caller sees. */
  teams: z.array(
    CoverageSchema.extend({ managerId: z.string(), managerName: z.string(), members: z.number().int() }),
  ),
})
export type CoverageReport = z.infer<typeof CoverageReportSchema>
