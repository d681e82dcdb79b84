import type { Scope } from '../core/access/customer-access'
import { changeOf, expenseRatio, ratioChange } from '../core/analyses/change'
import { comparisonFacts } from '../core/analyses/compare-facts'
import { addMonthsTo, monthOf } from '../core/field-reports/month'
import type { Monthly, MonthlyQuery, PeriodPairQuery, SalesComparison } from '../contracts/analyses'
import { ledgerByMonth, periodFigures, type PeriodFigures } from '../db/analyses.repo'
import { periodPair, thisYear, todayOf } from './analysis-periods'
import type { AppContext } from './context'
import { moneyScope } from './customer-scope'
import { factDtos } from './customer-analysis'

/**
 * Any two periods compared (DOMAIN.md "Analyses"; the seed's Aug–Dec against Mar–Jul): sales,
 * collections, receivables at each period's end, approved expenses, the expense ratio (expenses /
 * sales: core/analyses/change.ts) and new customers, with the difference and the percent change,
 * for the customers (and, for expenses, the reps) the caller may read. Q need not come before P.
 * `known`: the caller's money scope when already read (the year-end deck reads it once).
 */
export async function salesComparison(
  ctx: AppContext,
  query: PeriodPairQuery,
  known?: Scope,
): Promise<SalesComparison> {
  const { period, previous } = periodPair(ctx, query, false)
  const scope = known ?? (await moneyScope(ctx))
  const [p, q] = (await periodFigures(ctx.db, { scope, periods: [period, previous] })) as [
    PeriodFigures,
    PeriodFigures,
  ]
  const comparison = {
    sales: changeOf(p.sales, q.sales),
    collections: changeOf(p.collections, q.collections),
    receivables: changeOf(p.receivable, q.receivable),
    expenses: changeOf(p.expenses, q.expenses),
    expenseRatio: ratioChange(expenseRatio(p.expenses, p.sales), expenseRatio(q.expenses, q.sales)),
    newCustomers: changeOf(p.newCustomers, q.newCustomers),
  }
  return {
    period,
    previous,
    ...comparison,
    facts: factDtos(ctx, comparisonFacts(comparison, { period, previous })),
  }
}

/**
 * Sales and collections per month of a period (default this year), every month listed up to the
 * current one — later months have nothing yet and are left out. `known`: as for salesComparison.
 */
export async function monthlyLedger(ctx: AppContext, query: MonthlyQuery, known?: Scope): Promise<Monthly> {
  const period = query.from && query.to ? { from: query.from, to: query.to } : thisYear(ctx)
  const scope = known ?? (await moneyScope(ctx))
  const rows = new Map((await ledgerByMonth(ctx.db, { scope, period })).map((r) => [r.month, r]))
  const last = [monthOf(period.to), monthOf(todayOf(ctx))].sort()[0] as string
  const months: Monthly['months'] = []
  for (let m = monthOf(period.from); m <= last; m = addMonthsTo(m, 1))
    months.push(rows.get(m) ?? { month: m, sales: 0, collections: 0 })
  return { period, months }
}
