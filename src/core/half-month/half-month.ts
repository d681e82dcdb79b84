import { addDays, type LocalDate } from '../dates/local-date'
import { addMonthsTo, isMonth, monthRange } from '../field-reports/month'

/**
 * A half-month (DOMAIN.md "Reports", 半月數據報表): `YYYY-MM-1` is the 1st–15th, `YYYY-MM-2` the
 * 16th to the month's last day. Every day lies in exactly one, and each begins the day after the
 * one before ends, so the reports of a year cover it without gap or overlap.
 */
export type HalfMonth = string

const PATTERN = /^(\d{4}-\d{2})-([12])$/

/** Whether `value` is a half-month as written: `YYYY-MM-1` or `YYYY-MM-2` of a real month. */
export function isHalfMonth(value: string): boolean {
  const m = PATTERN.exec(value)
  return Boolean(m) && isMonth(m?.[1] ?? '')
}

/** The half-month's first and last days (a closed range, as every period of DOMAIN.md "Analyses"). */
export function halfMonthRange(period: HalfMonth): { from: LocalDate; to: LocalDate } {
  const month = period.slice(0, 7)
  if (period.endsWith('-1')) return { from: `${month}-01`, to: `${month}-15` }
  return { from: `${month}-16`, to: monthRange(month).to }
}

/** The half-month a calendar date lies in. */
export const halfMonthOf = (date: LocalDate): HalfMonth =>
  `${date.slice(0, 7)}-${Number(date.slice(8, 10)) <= 15 ? 1 : 2}`

/** The half-month `steps` later (or earlier, when negative). */
export function addHalfMonths(period: HalfMonth, steps: number): HalfMonth {
  const index = (period.endsWith('-1') ? 0 : 1) + steps
  const months = Math.floor(index / 2)
  return `${addMonthsTo(period.slice(0, 7), months)}-${index - months * 2 + 1}`
}

/** Closed once its last day is over: on `today` only the half-months ending before it are. */
export const isClosedHalfMonth = (period: HalfMonth, today: LocalDate): boolean =>
  halfMonthRange(period).to < today

/** The half-month that closed most recently: the one before today's. */
export const lastClosedHalfMonth = (today: LocalDate): HalfMonth => addHalfMonths(halfMonthOf(today), -1)

/** The first day on which the half-month is closed (its report can be made). */
export const closesOn = (period: HalfMonth): LocalDate => addDays(halfMonthRange(period).to, 1)
