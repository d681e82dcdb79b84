import type { Tier } from '../core/follow-ups/tier'
import { tierChange } from '../core/follow-ups/tier-change'
import type { MonitorRow, TeamMonitor, TeamMonitorQuery } from '../contracts/team-monitor'
import { cadenceOfOwners, firstOrdersIn, followUpsLoggedBy, tierChangesOver } from '../db/team-monitor.repo'
import { overdueToday } from './agenda-customers'
import type { AppContext } from './context'
import { countedCustomers, coverageOf, groupByOwner, tierOf, type CountedCustomer } from './coverage'
import { loadPolicy } from './follow-up-policy'
import { monitoredReps, stillCounted } from './monitored-reps'
import { periodOf } from './period'

type TierCounts = Record<Tier, number> & { total: number }

/** Promoted (C→B→A) or demoted between two runs. */
export const changeOf = (c: { previousTier: string; tier: string }) =>
  tierChange(tierOf(c.previousTier), tierOf(c.tier) ?? 'C')

const countByTier = (list: readonly { tier: Tier }[]): TierCounts => {
  const counts = { A: 0, B: 0, C: 0, total: list.length }
  for (const item of list) counts[item.tier] += 1
  return counts
}

/**
 * Monitoring the follow-up effect (監督跟進效果, DOMAIN.md "Follow-up cadence"; issue 4): every rep
 * the caller may watch, side by side — customers overdue today by tier (the agenda's rule),
 * coverage over the period, customers left untouched, follow-ups logged, customers promoted or
 * demoted by the ABC runs of the period, and prospects converted — with the team's total. A fixed
 * number of reads however many reps: the cadence of all their customers at once, the touches, the
 * runs, the first orders, the follow-ups logged.
 */
export async function teamMonitor(ctx: AppContext, query: TeamMonitorQuery): Promise<TeamMonitor> {
  const { from, to, today, tierAsOf } = periodOf(ctx, query)
  const { reps } = await monitoredReps(ctx)
  const ownerIds = reps.map((r) => r.id)
  const range = { ownerIds, from, to }
  const [policy, cadence, changes, conversions, logged] = await Promise.all([
    loadPolicy(ctx),
    cadenceOfOwners(ctx.db, ownerIds),
    tierChangesOver(ctx.db, range),
    firstOrdersIn(ctx.db, range),
    followUpsLoggedBy(ctx.db, { repIds: ownerIds, from, to }),
  ])
  const counted = await countedCustomers(ctx, { ...range, tierAsOf })
  const overdue = groupByOwner(overdueToday(cadence, today, policy.intervals))
  const coveredBy = groupByOwner(counted)
  const changedBy = groupByOwner(changes)
  const convertedBy = groupByOwner(conversions)
  const figures = (
    overdueList: readonly { tier: Tier }[],
    countedList: readonly CountedCustomer[],
    changeList: readonly { previousTier: string; tier: string }[],
    converted: number,
    touches: number,
  ) => ({
    overdue: countByTier(overdueList),
    coverage: coverageOf(countedList, { from, to }, policy.intervals),
    untouched: countByTier(countedList.filter((c) => c.touches === 0)),
    touches,
    promoted: changeList.filter((c) => changeOf(c) === 'promoted').length,
    demoted: changeList.filter((c) => changeOf(c) === 'demoted').length,
    converted,
  })
  const shown = stillCounted(reps, new Set(cadence.map((c) => c.owner_id as string)))
  const rows: MonitorRow[] = shown.map((r) => ({
    repId: r.id,
    repName: r.name,
    role: r.role,
    managerId: r.managerId,
    ...figures(
      overdue.get(r.id) ?? [],
      coveredBy.get(r.id) ?? [],
      changedBy.get(r.id) ?? [],
      convertedBy.get(r.id)?.length ?? 0,
      logged.get(r.id) ?? 0,
    ),
  }))
  const ids = new Set(shown.map((r) => r.id))
  const mine = <T extends { ownerId: string }>(list: readonly T[]) => list.filter((x) => ids.has(x.ownerId))
  return {
    from,
    to,
    today,
    tierAsOf,
    reps: rows,
    total: figures(
      [...overdue.values()].flat().filter((x) => ids.has(x.ownerId)),
      mine(counted),
      mine(changes),
      mine(conversions).length,
      rows.reduce((sum, r) => sum + r.touches, 0),
    ),
  }
}
