import { addDays, type LocalDate } from '../dates/local-date'
import type { FollowUpPolicy } from './follow-up-policy'
import { TIERS, type Tier } from './tier'

/** What decides when an owned customer goes back to the pool. */
export type PoolClock = {
  /** The effective tier (core/follow-ups/tier.ts effectiveTier). */
  tier: Tier
  /** The local date of the last follow-up, by anyone, or null when never followed up. */
  lastFollowUpOn: LocalDate | null
  /** The day the current owner got the customer: their clock cannot start before it. */
  assignedOn: LocalDate | null
  /** The date of the customer's last confirmed order, if any. */
  lastOrderOn: LocalDate | null
}

export type PoolReturn = {
  /** The latest of the last follow-up, the assignment and the last confirmed order. */
  lastTouchOn: LocalDate
  /** The day the customer goes back to the pool unless touched before. */
  returnOn: LocalDate
  /** returnOn ≤ today: it goes back today (or should have already). */
  returns: boolean
  /** Within warnDays before returnOn, not yet returned: the owner is warned. */
  warning: boolean
}

type PoolRules = Pick<FollowUpPolicy['pool'], 'returnDays' | 'warnDays'>

const latest = (dates: readonly (LocalDate | null)[]): LocalDate | null =>
  dates.reduce<LocalDate | null>((max, d) => (d !== null && (max === null || d > max) ? d : max), null)

/**
 * DOMAIN.md "Customer pool": a customer whose owner has not followed it up for returnDays[tier]
 * days, and has no confirmed order in that time, returns to the pool; the owner is warned warnDays
 * before. The clock runs from the latest touch — a follow-up, a confirmed order, or the day the
 * current owner got it (a customer just claimed must not return at once for its previous owner's
 * silence). Null only when there is no date at all to count from.
 */
export function poolReturn(clock: PoolClock, today: LocalDate, rules: PoolRules): PoolReturn | null {
  const lastTouchOn = latest([clock.lastFollowUpOn, clock.assignedOn, clock.lastOrderOn])
  if (lastTouchOn === null) return null
  const returnOn = addDays(lastTouchOn, rules.returnDays[clock.tier])
  const returns = returnOn <= today
  const warning = !returns && today >= addDays(returnOn, -rules.warnDays)
  return { lastTouchOn, returnOn, returns, warning }
}

/**
 * The same rule as a date per tier for SQL: a customer returns on `day` exactly when its last
 * touch is on or before `cutoffs[tier]` (= day − returnDays[tier]). So the database selects the
 * customers with plain `YYYY-MM-DD` comparisons, the same on SQLite and PostgreSQL. Pass
 * day = today + warnDays to select those to warn.
 */
export function returnCutoffs(day: LocalDate, returnDays: Record<Tier, number>): Record<Tier, LocalDate> {
  return Object.fromEntries(TIERS.map((tier) => [tier, addDays(day, -returnDays[tier])])) as Record<
    Tier,
    LocalDate
  >
}
