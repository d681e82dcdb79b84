import { AppError } from '../core/app-error'
import { previousPeriod, type Period } from '../core/analyses/period'
import { localDateAt } from '../core/dates/local-date'
import type { AppContext } from './context'

export const todayOf = (ctx: AppContext) => localDateAt(ctx.now(), ctx.config.timeZone)

/** This calendar year in the organisation's time zone: the analyses' default period. */
export function thisYear(ctx: AppContext): Period {
  const year = todayOf(ctx).slice(0, 4)
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}

/**
 * P and Q of an analysis (DOMAIN.md "Analyses"): P as given, else this year; Q as given, else the
 * period of equal length just before P (so by default last year). The contract has checked each is
 * in order; `requireBefore` also refuses a Q that does not end before P starts, which the
 * gain/loss rule needs ("ordered before Q" must lie before P).
 */
export function periodPair(
  ctx: AppContext,
  query: { from?: string; to?: string; prevFrom?: string; prevTo?: string },
  requireBefore: boolean,
): { period: Period; previous: Period } {
  const period = query.from && query.to ? { from: query.from, to: query.to } : thisYear(ctx)
  const previous =
    query.prevFrom && query.prevTo ? { from: query.prevFrom, to: query.prevTo } : previousPeriod(period)
  if (period.to < period.from)
    throw new AppError('validation', 'error.validation', {}, [{ path: 'to', key: 'field.period_order' }])
  if (previous.to < previous.from)
    throw new AppError('validation', 'error.validation', {}, [
      { path: 'prevTo', key: 'field.previous_period_order' },
    ])
  if (requireBefore && previous.to >= period.from)
    throw new AppError('validation', 'error.validation', {}, [
      { path: 'prevTo', key: 'field.previous_overlaps' },
    ])
  return { period, previous }
}
