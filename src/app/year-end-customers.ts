import { lostReasonsOf } from '../core/analyses/lost-reasons'
import { gainLoss } from '../core/analyses/gain-loss'
import { gainLossFacts } from '../core/analyses/gain-loss-facts'
import { effectiveTier, isTier } from '../core/follow-ups/tier'
import type { Period } from '../core/analyses/period'
import { customerPeriodTotals, type CustomerPeriodsRow } from '../db/analyses.repo'
import { listUsers } from '../db/users.repo'
import { todayOf } from './analysis-periods'
import type { AppContext } from './context'
import { moneyScope } from './customer-scope'
import { factDtos } from './customer-analysis'

/** Customers on the top-customers slide. */
const TOP_CUSTOMERS = 10

/**
 * The deck's customer gain/loss (DOMAIN.md "Analyses": new, retained, reactivated, lost, the sales
 * bridge, the lost reasons and the facts) and its top customers, from ONE read of each customer's
 * sales in the year and the year before — the read app/customer-analysis.ts makes for the analysis
 * and customerGroup() for each group's customers (db/analyses.repo.ts customerPeriodTotals), and
 * the same rules in core. The analysis page reads it once per question; a deck asks four questions
 * of it, and on a million orders each read is the better part of a second (bench/year-end-bench.ts).
 */
export async function yearCustomers(ctx: AppContext, pair: { period: Period; previous: Period }) {
  const rows = await customerPeriodTotals(ctx.db, {
    scope: await moneyScope(ctx),
    period: pair.period,
    previous: pair.previous,
    withNames: true,
  })
  const result = gainLoss(rows)
  const lostReasons = lostReasonsOf(rows)
  const top = rows
    .filter((r) => r.sales > 0)
    .sort((a, b) => b.sales - a.sales || (a.name ?? '').localeCompare(b.name ?? ''))
    .slice(0, TOP_CUSTOMERS)
  const owners = [...new Set(top.map((r) => r.ownerId).filter((id): id is string => id !== null))]
  const names = new Map((owners.length ? await listUsers(ctx.db, owners) : []).map((u) => [u.id, u.name]))
  const today = todayOf(ctx)
  const tierOf = (r: CustomerPeriodsRow) =>
    effectiveTier(
      isTier(r.tier) ? r.tier : 'C',
      { tier: isTier(r.tierOverride) ? r.tierOverride : null, until: r.tierOverrideUntil },
      today,
    )
  return {
    ...result,
    lostReasons,
    facts: factDtos(ctx, gainLossFacts(result, pair, lostReasons)),
    topCustomers: top.map((r) => ({
      name: r.name ?? '',
      repName: r.ownerId ? (names.get(r.ownerId) ?? null) : null,
      tier: tierOf(r),
      sales: r.sales,
      previousSales: r.previousSales,
    })),
  }
}
