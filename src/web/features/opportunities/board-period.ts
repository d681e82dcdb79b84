import type { Dayjs } from 'dayjs'
import { toLocalDate } from '../ledger/date-value'
import { companyToday } from '../../lib/company-today'

/**
 * The board's default period: from the start of this quarter to the end of the next, so it holds
 * what closed lately and the pipeline expected soon.
 */
export function boardPeriodOf(day: Dayjs = companyToday()): { from: string; to: string } {
  const start = day.month(Math.floor(day.month() / 3) * 3).startOf('month')
  return { from: toLocalDate(start), to: toLocalDate(start.add(5, 'month').endOf('month')) }
}

/** The analysis's default period: this calendar year, enough closed deals to compare. */
export const analysisPeriodOf = (day: Dayjs = companyToday()) => ({
  from: toLocalDate(day.startOf('year')),
  to: toLocalDate(day.endOf('year')),
})
