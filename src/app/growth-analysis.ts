import { cagr, growthSeries, sameSpanBefore, wholeBuckets } from '../core/analyses/growth'
import { growthFacts } from '../core/analyses/growth-facts'
import type { Growth, GrowthQuery } from '../contracts/analyses'
import { ledgerByMonth } from '../db/analyses.repo'
import { todayOf } from './analysis-periods'
import type { AppContext } from './context'
import { moneyScope } from './customer-scope'
import { factDtos } from './customer-analysis'

/**
 * Sales growth (DOMAIN.md "Analyses"; the seed's 王老吉 case): sales per year, quarter or month of
 * the period with period-over-period growth and CAGR (core/analyses/growth.ts). Default period: the
 * first of January two years ago up to today — the three years a year-end summary looks back on,
 * this one to date: its growth is against the same days of last year, and CAGR runs between the
 * whole years.
 */
export async function growthAnalysis(ctx: AppContext, query: GrowthQuery): Promise<Growth> {
  const today = todayOf(ctx)
  // Days still to come have no sales yet: a period asked up to the year's end is measured to today,
  // so its last bucket is compared "to date", not as a whole that fell by the days not yet lived.
  const asked = query.from && query.to ? { from: query.from, to: query.to } : null
  const period = asked
    ? { from: asked.from, to: asked.to > today && asked.from <= today ? today : asked.to }
    : { from: `${Number(today.slice(0, 4)) - 2}-01-01`, to: today }
  const scope = await moneyScope(ctx)
  const span = sameSpanBefore(period, query.by)
  const [months, before] = await Promise.all([
    ledgerByMonth(ctx.db, { scope, period }),
    span ? ledgerByMonth(ctx.db, { scope, period: span }) : [],
  ])
  const sameSpanSales = span ? before.reduce((sum, m) => sum + m.sales, 0) : null
  const sales = new Map(months.map((m) => [m.month, m.sales]))
  const series = growthSeries(sales, period, query.by, sameSpanSales)
  const whole = wholeBuckets(series, period, query.by)
  const rate = cagr(whole, query.by)
  return {
    period,
    by: query.by,
    series,
    cagr: rate,
    facts: factDtos(ctx, growthFacts(series, rate, { period, by: query.by })),
  }
}
