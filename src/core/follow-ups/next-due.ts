import { addDays, type LocalDate } from '../dates/local-date'
import type { Tier } from './tier'

/** What decides when a customer is due: its cadence state and effective tier. */
export type CadenceState = {
  tier: Tier
  /** The local date of the last follow-up, or null when never followed up. */
  lastFollowUpOn: LocalDate | null
  /** The next date set at the last follow-up, if any. */
  nextFollowUpOn: LocalDate | null
  /** The day the customer was assigned to its owner. */
  assignedOn: LocalDate | null
}

/**
 * `next_due` (DOMAIN.md "Follow-up cadence"): the earlier of the next date set at the last
 * follow-up and the last follow-up + the tier's interval; a customer never followed up is due on
 * the day it was assigned. Null only for a customer never followed up nor assigned (the pool).
 */
export function nextDue(state: CadenceState, intervals: Record<Tier, number>): LocalDate | null {
  if (!state.lastFollowUpOn) return state.nextFollowUpOn ?? state.assignedOn
  const byInterval = addDays(state.lastFollowUpOn, intervals[state.tier])
  return state.nextFollowUpOn && state.nextFollowUpOn < byInterval ? state.nextFollowUpOn : byInterval
}

/** Overdue when `next_due` is before today (in the organisation's time zone). */
export const isOverdue = (due: LocalDate | null, today: LocalDate) => due !== null && due < today
