import { lostReasonsOf } from '../core/analyses/lost-reasons'
import { gainLoss, gainLossBy, gainLossGroup, type GainLoss } from '../core/analyses/gain-loss'
import { gainLossFacts } from '../core/analyses/gain-loss-facts'
import type { Fact } from '../core/analyses/fact'
import { renderFact } from '../core/analyses/render-fact'
import { effectiveTier, isTier, type Tier } from '../core/follow-ups/tier'
import type {
  CustomerAnalysis,
  CustomerGroup,
  CustomerGroupQuery,
  FactDto,
  PeriodPairQuery,
} from '../contracts/analyses'
import { customerPeriodGroups, customerPeriodTotals, type CustomerPeriodsRow } from '../db/analyses.repo'
import { listUsers } from '../db/users.repo'
import { periodPair, todayOf } from './analysis-periods'
import type { AppContext } from './context'
import { moneyScope } from './customer-scope'

/** Facts as the API returns them: the data to render in any language, and the text in the reader's. */
export const factDtos = (ctx: AppContext, facts: readonly Fact[]): FactDto[] =>
  facts.map((f) => ({ key: f.key, params: f.params, text: renderFact(f, ctx.lang) }))

const tierToday = (
  row: Pick<CustomerPeriodsRow, 'tier' | 'tierOverride' | 'tierOverrideUntil'>,
  today: string,
): Tier =>
  effectiveTier(
    isTier(row.tier) ? row.tier : 'C',
    { tier: isTier(row.tierOverride) ? row.tierOverride : null, until: row.tierOverrideUntil },
    today,
  )

/** Sorted largest first by what the group changed (sales in P, or in Q when lost), then by key. */
const bySize = <T extends GainLoss>(list: T[]) =>
  list.sort((a, b) => b.bridge.current + b.bridge.previous - (a.bridge.current + a.bridge.previous))

async function repNames(ctx: AppContext, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))]
  const users = wanted.length ? await listUsers(ctx.db, wanted) : []
  return new Map(users.map((u) => [u.id, u.name]))
}

/**
 * Customer gain/loss (客戶得失分析) of period P against Q for the customers the caller may read
 * (DOMAIN.md "Analyses"): new, retained, reactivated and lost with their sales, the sales bridge,
 * the same by rep (owner), tier and region, the lost customers' recorded reasons, and the facts.
 * The database sums each customer in P and Q; core/analyses/gain-loss.ts applies the rule.
 */
export async function customerAnalysis(ctx: AppContext, query: PeriodPairQuery): Promise<CustomerAnalysis> {
  const { period, previous } = periodPair(ctx, query, true)
  const scope = await moneyScope(ctx)
  // Summed by owner, tier, region and group in the database: every figure below is a sum of these.
  const rows = await customerPeriodGroups(ctx.db, { scope, period, previous })
  const today = todayOf(ctx)
  const result = gainLoss(rows)
  const names = await repNames(
    ctx,
    rows.map((r) => r.ownerId),
  )
  const byRep = [...gainLossBy(rows, (r) => r.ownerId ?? '')].map(([id, g]) => ({
    repId: id || null,
    repName: id ? (names.get(id) ?? null) : null,
    ...g,
  }))
  const byTier = [...gainLossBy(rows, (r) => tierToday(r, today))]
    .map(([tier, g]) => ({ tier: tier as Tier, ...g }))
    .sort((a, b) => a.tier.localeCompare(b.tier))
  const byRegion = [...gainLossBy(rows, (r) => r.region ?? '')].map(([region, g]) => ({
    region: region || null,
    ...g,
  }))
  const lostReasons = lostReasonsOf(rows)
  return {
    period,
    previous,
    ...result,
    byRep: bySize(byRep),
    byTier,
    byRegion: bySize(byRegion),
    lostReasons,
    facts: factDtos(ctx, gainLossFacts(result, { period, previous }, lostReasons)),
  }
}

const DRILL_LIMIT = 1000

/** The customers behind one group of the gain/loss, narrowed to a rep (or the pool), tier or region. */
export async function customerGroup(ctx: AppContext, query: CustomerGroupQuery): Promise<CustomerGroup> {
  const { period, previous } = periodPair(ctx, query, true)
  const scope = await moneyScope(ctx)
  const rows = await customerPeriodTotals(ctx.db, { scope, period, previous, withNames: true })
  const today = todayOf(ctx)
  const picked = rows.filter(
    (r) =>
      gainLossGroup(r) === query.group &&
      (query.rep === undefined || (query.rep === 'pool' ? r.ownerId === null : r.ownerId === query.rep)) &&
      (query.tier === undefined || tierToday(r, today) === query.tier) &&
      (query.region === undefined || (r.region ?? '') === query.region),
  )
  const size = (r: CustomerPeriodsRow) => (query.group === 'lost' ? r.previousSales : r.sales)
  picked.sort((a, b) => size(b) - size(a) || (a.name ?? '').localeCompare(b.name ?? ''))
  const shown = picked.slice(0, DRILL_LIMIT)
  const names = await repNames(
    ctx,
    shown.map((r) => r.ownerId),
  )
  return {
    period,
    previous,
    group: query.group,
    total: picked.length,
    items: shown.map((r) => ({
      customerId: r.customerId,
      name: r.name ?? '',
      repId: r.ownerId,
      repName: r.ownerId ? (names.get(r.ownerId) ?? null) : null,
      tier: tierToday(r, today),
      region: r.region,
      sales: r.sales,
      previousSales: r.previousSales,
      lostReason: r.lostReason,
    })),
  }
}
