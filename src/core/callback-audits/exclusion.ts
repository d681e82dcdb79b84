import { addDays, type LocalDate } from '../dates/local-date'
import { EXCLUSION_DAYS } from './audit-results'

/**
 * The first day of the exclusion window of a draw whose period ends on `periodTo`: the 90 days
 * ending on the period's last day, both ends counted (DOMAIN.md "skipping customers called back in
 * the last 90 days"). A period ending 2026-11-30 skips calls made on or after 2026-09-02.
 */
export const excludedSince = (periodTo: LocalDate): LocalDate => addDays(periodTo, -(EXCLUSION_DAYS - 1))

/**
 * The customers a new draw skips. A call's date is the day the auditor called (`calledOn`, the day
 * its result was first recorded unless they said otherwise). Skipped: every customer called on or
 * after `since` — calls after the period's end too, which are even more recent — and every customer
 * already drawn in another sample and not called yet (`calledOn` null), so that no customer is
 * called twice for two draws.
 */
export function excludedCustomers(
  calls: readonly { customerId: string; calledOn: LocalDate | null }[],
  since: LocalDate,
): Set<string> {
  const excluded = new Set<string>()
  for (const call of calls)
    if (call.calledOn === null || call.calledOn >= since) excluded.add(call.customerId)
  return excluded
}
