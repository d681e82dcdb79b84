import { addDays, addMonths, daysBetween, daysInMonth, type LocalDate } from '../dates/local-date'

/** A closed range of calendar days in the organisation's time zone (DOMAIN.md "Analyses"). */
export type Period = { from: LocalDate; to: LocalDate }

const isMonthStart = (date: LocalDate) => date.endsWith('-01')
const isMonthEnd = (date: LocalDate) =>
  Number(date.slice(8, 10)) === daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)))

/** Whole calendar months from its first to its last day, or null when it is not made of them. */
export function wholeMonths(period: Period): number | null {
  if (!isMonthStart(period.from) || !isMonthEnd(period.to)) return null
  const index = (date: LocalDate) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7))
  return index(period.to) - index(period.from) + 1
}

/** Days in a closed period, both ends counted. */
export const periodDays = (period: Period) => daysBetween(period.from, period.to) + 1

/**
 * The period of equal length just before (DOMAIN.md "Analyses"). Equal length is read as a person
 * reads the period: whole months are compared with as many whole months (Aug–Dec → Mar–Jul, a year
 * with the year before, also across 29 February), any other range with as many days.
 */
export function previousPeriod(period: Period): Period {
  const to = addDays(period.from, -1)
  const months = wholeMonths(period)
  if (months !== null) return { from: addMonths(period.from, -months), to }
  return { from: addDays(period.from, -periodDays(period)), to }
}
