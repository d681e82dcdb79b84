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
      shareA: z.number().gt(0).lt(1),
      shareB: z.number().gt(0).lt(1),
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
  .refine((p) => p.abc.shareA < p.abc.shareB, { path: ['abc', 'shareB'], message: 'shareB > shareA' })
