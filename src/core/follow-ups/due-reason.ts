import { addDays } from '../dates/local-date'
import type { CadenceState } from './next-due'
import type { Tier } from './tier'

/**
 * Why a customer is due (DOMAIN.md "Follow-up cadence"), the side of `next_due` that won:
 * `never_followed_up` — due since it was assigned (or the next date it came with);
 * `next_date` — the next date set at the last follow-up comes before the interval runs out;
 * `interval` — the tier's interval since the last follow-up runs out first (or on the same day).
 */
export const DUE_REASONS = ['never_followed_up', 'next_date', 'interval'] as const
export type DueReason = (typeof DUE_REASONS)[number]

/** Mirrors nextDue(): the reason for the date it returns. */
export function dueReason(state: CadenceState, intervals: Record<Tier, number>): DueReason {
  if (!state.lastFollowUpOn) return 'never_followed_up'
  const byInterval = addDays(state.lastFollowUpOn, intervals[state.tier])
  return state.nextFollowUpOn && state.nextFollowUpOn < byInterval ? 'next_date' : 'interval'
}
