import { AppError } from '../core/app-error'
import { localDateAt } from '../core/dates/local-date'
import { dayBefore, monthOf, monthRange } from '../core/field-reports/month'
import { effectiveStatus } from '../core/visits/visit-status'
import type { MonthFigures } from '../contracts/monthly-reports'
import { sumLedger } from '../db/collections.repo'
import { listExpenseRows } from '../db/expenses.repo'
import { listOrderRows } from '../db/orders.repo'
import { cadenceOfOwners, firstOrdersIn, followUpsLoggedBy } from '../db/team-monitor.repo'
import { visitsForMetrics } from '../db/visits.repo'
import type { AppContext } from './context'
import { countedCustomers, coverageOf } from './coverage'
import { allPages, repOrSelf, visibleReporter } from './field-report-access'
import { loadPolicy } from './follow-up-policy'

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
 * confirmed orders and their total, collections, the receivable at the month's last day (confirmed
 * orders − collections up to then), new customers (first confirmed order in the month), follow-ups
 * logged, visits that took place and visits missed, coverage, and the expenses approved. Read as
 * the rep's own records (what they are credited with), whoever asks.
 */
export async function monthFigures(ctx: AppContext, repId: string, month: string): Promise<MonthFigures> {
  const { from, to } = monthRange(month)
  const scope = { kind: 'owners' as const, ownerIds: [repId] }
  const today = localDateAt(ctx.now(), ctx.config.timeZone)
  const [orders, atEnd, before, firstOrders, logged, visits, expenses, policy, cadence] = await Promise.all([
    allPages((after) => listOrderRows(ctx.db, { scope, ownerId: repId, from, to, limit: 500, after })),
    sumLedger(ctx.db, { scope, by: 'rep', asOf: to }),
    sumLedger(ctx.db, { scope, by: 'rep', asOf: dayBefore(month) }),
    firstOrdersIn(ctx.db, { ownerIds: [repId], from, to }),
    followUpsLoggedBy(ctx.db, { repIds: [repId], from, to }),
    visitsForMetrics(ctx.db, [repId], from, to),
    allPages((after) =>
      listExpenseRows(ctx.db, { scope, repId, status: 'approved', from, to, limit: 500, after }),
    ),
    loadPolicy(ctx),
    cadenceOfOwners(ctx.db, [repId]),
  ])
  const counted = await countedCustomers(ctx, {
    ownerIds: [repId],
    from,
    to,
    tierAsOf: to < today ? to : today,
    cadence,
  })
  const confirmed = orders.filter((o) => o.status === 'confirmed')
  const end = atEnd.find((s) => s.key === repId) ?? { ordered: 0, collected: 0 }
  const start = before.find((s) => s.key === repId) ?? { ordered: 0, collected: 0 }
  const now = ctx.now()
  const statuses = visits.map((v) => effectiveStatus(v, now))
  return {
    from,
    to,
    ordersCount: confirmed.length,
    ordersTotal: confirmed.reduce((sum, o) => sum + o.totalMinor, 0),
    collected: end.collected - start.collected,
    receivable: end.ordered - end.collected,
    newCustomers: firstOrders.length,
    followUps: logged.get(repId) ?? 0,
    visits: statuses.filter((s) => s === 'checked_in' || s === 'reviewed').length,
    visitsMissed: statuses.filter((s) => s === 'missed').length,
    coverage: coverageOf(counted, { from, to }, policy.intervals).coverage,
    expensesApproved: expenses.reduce((sum, e) => sum + e.amountMinor, 0),
    expensesApprovedCount: expenses.length,
  }
}

/** The live numbers of a month, for a rep the caller may see (the caller's own by default). */
export async function repMonthFigures(ctx: AppContext, query: { month: string; rep?: string }) {
  const rep = await visibleReporter(ctx, repOrSelf(ctx, query.rep))
  const month = startedMonth(ctx, query.month)
  return { repId: rep.id, repName: rep.name, month, figures: await monthFigures(ctx, rep.id, month) }
}
