import type { Tier } from './tier'

/**
 * An organisation's follow-up rules (DOMAIN.md "ABC classification", "Follow-up cadence",
 * "Customer pool"), with DOMAIN.md's defaults. Stored as a setting an admin may change.
 */
export type FollowUpPolicy = {
  abc: {
    /** The window ends on the as-of date (inclusive) and reaches back this many months. */
    windowMonths: number
    metric: 'sales' | 'collections'
    /** Tier A while the customers ranked before hold less than this share of the total … */
    shareA: number
    /** … else B while they hold less than this share; else C. */
    shareB: number
  }
  /** Maximum days between follow-ups, per effective tier. */
  intervals: Record<Tier, number>
  pool: {
    /** Days without a follow-up (and without a confirmed order) before a customer returns to the pool. */
    returnDays: Record<Tier, number>
    /** Days before the return that the owner is warned. */
    warnDays: number
    /** Most customers a rep may own by claiming; null = no limit. */
    ownedLimit: number | null
  }
  schedule: { dailyCapacity: number; briefMinutes: number; formalMinutes: number }
}

export const DEFAULT_POLICY: FollowUpPolicy = {
  abc: { windowMonths: 12, metric: 'sales', shareA: 0.8, shareB: 0.95 },
  intervals: { A: 7, B: 15, C: 30 },
  pool: { returnDays: { A: 30, B: 45, C: 60 }, warnDays: 3, ownedLimit: null },
  schedule: { dailyCapacity: 8, briefMinutes: 30, formalMinutes: 90 },
}
