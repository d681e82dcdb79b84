import { addDays, daysInMonth, type LocalDate } from '../dates/local-date'

/** A calendar month `YYYY-MM`, the period of a monthly work report (月度工作匯報). */
export type Month = string

const PATTERN = /^(\d{4})-(\d{2})$/

export function isMonth(value: string): boolean {
  const m = PATTERN.exec(value)
  return Boolean(m) && Number(m?.[2]) >= 1 && Number(m?.[2]) <= 12 && Number(m?.[1]) >= 1
}

/** The month a calendar date lies in. */
export const monthOf = (date: LocalDate): Month => date.slice(0, 7)

/** The month's first and last days (a closed range, DOMAIN.md "Analyses"). */
export function monthRange(month: Month): { from: LocalDate; to: LocalDate } {
  const year = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  return { from: `${month}-01`, to: `${month}-${String(daysInMonth(year, m)).padStart(2, '0')}` }
}

/** `months` months later (or earlier, when negative). */
export function addMonthsTo(month: Month, months: number): Month {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + months
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** The day before the month starts: where the month's figures begin to count from. */
export const dayBefore = (month: Month): LocalDate => addDays(monthRange(month).from, -1)
