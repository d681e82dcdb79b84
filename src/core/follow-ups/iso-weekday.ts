import type { Weekday } from '../customers/customer-fields'
import { addDays, isLocalDate, type LocalDate } from '../dates/local-date'

/** The ISO weekday of a calendar date (1 Monday … 7 Sunday), in UTC arithmetic like `addDays`. */
export function isoWeekday(date: LocalDate): Weekday {
  if (!isLocalDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`)
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const sundayZero = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return (sundayZero === 0 ? 7 : sundayZero) as Weekday
}

/** The Monday of the ISO week (Monday–Sunday) that contains `date`; a Monday is its own. */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date))
}
