import { addDays, addMonths, type LocalDate } from '../dates/local-date'

/**
 * The period an ABC run measures (DOMAIN.md "ABC classification"): the `months` months ending on
 * the as-of date, both ends inclusive — 12 months as of 2026-11-27 is 2025-11-28 … 2026-11-27, so
 * no day is counted in two consecutive yearly runs.
 */
export function abcWindow(asOf: LocalDate, months: number): { from: LocalDate; to: LocalDate } {
  return { from: addDays(addMonths(asOf, -months), 1), to: asOf }
}
