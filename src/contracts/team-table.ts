import { z } from 'zod'
import { FactSchema, PeriodSchema } from './analyses'
import { IdSchema, LocalDateSchema } from './common'

/**
 * The team table's period (default this calendar year, as the other analyses) and, optionally, one
 * sales manager's team (their reporting tree) among the people the caller may see.
 */
export const TeamTableQuerySchema = z
  .strictObject({
    from: LocalDateSchema.optional(),
    to: LocalDateSchema.optional(),
    team: IdSchema.optional().describe("a sales manager's user id: their reporting tree"),
  })
  .superRefine((q, ctx) => {
    if ((q.from === undefined) !== (q.to === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [q.from === undefined ? 'from' : 'to'],
        message: 'field.required',
      })
    if (q.from && q.to && q.to < q.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'field.period_order' })
  })
export type TeamTableQuery = z.infer<typeof TeamTableQuerySchema>

const money = z.number().int().describe('cents')
const share = (what: string) => z.number().nullable().describe(`${what}, a fraction; null when undefined`)

/** One rep's figures (or the team's), the sums and counts behind each rate included. */
const figures = {
  orders: z.number().int().describe('confirmed live orders owned by the rep, dated in the period'),
  sales: money.describe('their total, cents'),
  collections: money.describe("collections credited to the rep (the order's rep, else the customer's owner)"),
  receivable: money.describe(
    "confirmed orders − collections credited to the rep, up to the period's last day",
  ),
  newCustomers: z
    .number()
    .int()
    .describe("customers whose first confirmed order ever is in the period, credited to that order's owner"),
  customers: z.number().int().describe('customers counted in coverage'),
  coverageRequired: z.number().int(),
  coverageCounted: z.number().int(),
  coverage: share('Σmin(d, r) / Σr'),
  objectivesPlanned: z.number().int().describe('visit objectives of visits that are over'),
  objectivesAchieved: z.number().int(),
  achievedRate: share('objectives achieved / planned'),
  auditsConfirmed: z.number().int(),
  auditsReached: z
    .number()
    .int()
    .describe('callback audits confirmed + discrepancy, records dated in the period'),
  confirmationRate: share('confirmed / reached; null also where the reader may not see audit results'),
  expenses: money.describe('approved expenses dated in the period'),
  expenseRatio: share('approved expenses / sales'),
  commission: money
    .nullable()
    .describe("the commission statement's total; null where the reader may not see pay"),
}

export const TeamTableRowSchema = z.object({
  repId: z.string(),
  repName: z.string(),
  role: z.string(),
  managerId: z.string().nullable(),
  ...figures,
})
export type TeamTableRow = z.infer<typeof TeamTableRowSchema>

export const TeamTableSchema = z.object({
  period: PeriodSchema,
  /** The day coverage takes the tiers on: the period's last day, or today if that is earlier. */
  tierAsOf: LocalDateSchema,
  team: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** What this reader may see besides the ledger: commission (not the auditor), audit results (not finance). */
  shows: z.object({ commission: z.boolean(), audits: z.boolean() }),
  reps: z.array(TeamTableRowSchema),
  total: z.object(figures),
  facts: z.array(FactSchema),
})
export type TeamTable = z.infer<typeof TeamTableSchema>
