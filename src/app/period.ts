import { AppError } from '../core/app-error'
import { daysInMonth, localDateAt, type LocalDate } from '../core/dates/local-date'
import type { AppContext } from './context'

const monthStart = (date: LocalDate) => `${date.slice(0, 8)}01`
const monthEnd = (date: LocalDate) =>
  `${date.slice(0, 8)}${String(daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)))).padStart(2, '0')}`

/**
 * A closed period and today, in the organisation's time zone (DOMAIN.md "Analyses"). Left out,
 * the period is the current month; with one end given, the other end's month.
 */
export function periodOf(ctx: AppContext, query: { from?: LocalDate; to?: LocalDate }) {
  const today = localDateAt(ctx.now(), ctx.config.timeZone)
  const from = query.from ?? monthStart(query.to ?? today)
  const to = query.to ?? monthEnd(query.from ?? today)
  if (to < from)
    throw new AppError('validation', 'error.validation', {}, [{ path: 'to', key: 'field.period_order' }])
  return { from, to, today, tierAsOf: to < today ? to : today }
}
