import { AppError } from '../core/app-error'
import { localDateAt } from '../core/dates/local-date'
import { monthOf, monthRange } from '../core/field-reports/month'
import { effectiveStatus } from '../core/visits/visit-status'
import type { MonthFigures } from '../contracts/monthly-reports'
import { followUpsLoggedBy } from '../db/team-monitor.repo'
import { visitsForMetrics } from '../db/visits.repo'
import type { AppContext } from './context'
import { MONEY_READERS } from './customer-scope'
import { countedCustomers, coverageOf } from './coverage'
import { repOrSelf, visibleReporter } from './field-report-access'
import { loadPolicy } from './follow-up-policy'
import { requireActor } from './require-actor'
import { NO_LEDGER_FIGURES, repLedgerFigures } from './rep-figures'

/** A month that has begun, in the organisation's time zone: a report looks back, never ahead. */
export function startedMonth(ctx: AppContext, month: string): string {
  if (month > monthOf(localDateAt(ctx.now(), ctx.config.timeZone)))
    throw new AppError('validation', 'error.validation', {}, [
      { path: 'month', key: 'field.month_in_future' },
    ])
  return month
}

/**
 * The month's numbers of a rep for the monthly work report (月度工作匯報, DOMAIN.md "Reports from the
 * field": the month's numbers, generated), each read by the function that answers it elsewhere:
 * confirmed orders and their total, collections, the receivable at the month's last day, new
 * customers and the expenses approved (app/rep-figures.ts, as the team table reads them), follow-ups
 * logged, visits that took place and visits missed, and coverage. Read as the rep's own records
 * (what they are credited with), whoever asks.
 */
export async function monthFigures(ctx: AppContext, repId: string, month: string): Promise<MonthFigures> {
  const { from, to } = monthRange(month)
  const today = localDateAt(ctx.now(), ctx.config.timeZone)
  const [ledger, logged, visits, policy] = await Promise.all([
    repLedgerFigures(ctx, { repIds: [repId], from, to }),
    followUpsLoggedBy(ctx.db, { repIds: [repId], from, to }),
    visitsForMetrics(ctx.db, [repId], from, to),
    loadPolicy(ctx),
  ])
  const counted = await countedCustomers(ctx, {
    ownerIds: [repId],
    from,
    to,
    tierAsOf: to < today ? to : today,
  })
  const l = ledger.get(repId) ?? NO_LEDGER_FIGURES
  const now = ctx.now()
  const statuses = visits.map((v) => effectiveStatus(v, now))
  return {
    from,
    to,
    ordersCount: l.orders,
    ordersTotal: l.sales,
    collected: l.collections,
    receivable: l.receivable,
    newCustomers: l.newCustomers,
    followUps: logged.get(repId) ?? 0,
    visits: statuses.filter((s) => s === 'checked_in' || s === 'reviewed').length,
    visitsMissed: statuses.filter((s) => s === 'missed').length,
    coverage: coverageOf(counted, { from, to }, policy.intervals).coverage,
    expensesApproved: l.expenses,
    expensesApprovedCount: l.expensesCount,
  }
}

/**
 * The live numbers of a month, for a rep the caller may see (the caller's own by default). They
 * are sales and collections: the auditor, who reads no money, is refused (403).
 */
export async function repMonthFigures(ctx: AppContext, query: { month: string; rep?: string }) {
  requireActor(ctx, MONEY_READERS)
  const rep = await visibleReporter(ctx, repOrSelf(ctx, query.rep))
  const month = startedMonth(ctx, query.month)
  return { repId: rep.id, repName: rep.name, month, figures: await monthFigures(ctx, rep.id, month) }
}
