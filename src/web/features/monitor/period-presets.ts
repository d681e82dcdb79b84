import type { Dayjs } from 'dayjs'
import { toLocalDate } from '../ledger/date-value'
import type { TKey } from '../../i18n/use-t'
import type { Period } from './monitor-requests'
import { companyToday } from '../../lib/company-today'

/** The month around `day`: the monitor's default period. */
export const monthOf = (day: Dayjs): Period => ({
  from: toLocalDate(day.startOf('month')),
  to: toLocalDate(day.endOf('month')),
})

/** This month, last month, this quarter and this year, as the range picker offers them. */
export function periodPresets(today: Dayjs = companyToday()): { key: TKey; range: [Dayjs, Dayjs] }[] {
  const quarterStart = today.month(Math.floor(today.month() / 3) * 3).startOf('month')
  const lastMonth = today.subtract(1, 'month')
  return [
    { key: 'monitor.thisMonth', range: [today.startOf('month'), today.endOf('month')] },
    { key: 'monitor.lastMonth', range: [lastMonth.startOf('month'), lastMonth.endOf('month')] },
    { key: 'monitor.thisQuarter', range: [quarterStart, quarterStart.add(2, 'month').endOf('month')] },
    { key: 'monitor.thisYear', range: [today.startOf('year'), today.endOf('year')] },
  ]
}
