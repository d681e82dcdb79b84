import { z } from 'zod'

const PerTier = z.strictObject({
  A: z.number().int().min(1).max(366),
  B: z.number().int().min(1).max(366),
  C: z.number().int().min(1).max(366),
})

/** An organisation's follow-up rules (core/follow-ups/follow-up-policy.ts), as an admin sets them. */
export const FollowUpPolicySchema = z
  .strictObject({
    abc: z.strictObject({
      windowMonths: z.number().int().min(1).max(60),
      metric: z.enum(['sales', 'collections']),
      // Shares of the revenue, 0.1 %–99.9 %: a classification run keeps them in a PostgreSQL `real`
      // column, which refused the 1e-78 that "greater than 0" let through (a 500, found by fuzzing).
      shareA: z.number().min(0.001).max(0.999),
      shareB: z.number().min(0.001).max(0.999),
    }),
    intervals: PerTier,
    pool: z.strictObject({
      returnDays: PerTier,
      warnDays: z.number().int().min(0).max(60),
      ownedLimit: z.number().int().min(1).max(100_000).nullable(),
    }),
    schedule: z.strictObject({
      dailyCapacity: z.number().int().min(1).max(40),
      briefMinutes: z.number().int().min(5).max(480),
      formalMinutes: z.number().int().min(5).max(480),
    }),
  })
  .refine((p) => p.abc.shareA < p.abc.shareB, { path: ['abc', 'shareB'], error: 'field.abc_shares' })
