import { reportingTree, type ReportingLine } from '../core/access/reporting-tree'
import { groupBy } from '../core/lists/group-by'
import { coverage } from '../core/follow-ups/coverage'
import { effectiveTier, isTier, type Tier } from '../core/follow-ups/tier'
import type { CoverageDto, CoverageQuery, CoverageReport } from '../contracts/coverage'
import { touchesByCustomer } from '../db/follow-ups.repo'
import { runTiersAsOf } from '../db/team-monitor.repo'
import type { AppContext } from './context'
import { loadPolicy } from './follow-up-policy'
import { monitoredReps, pickReps, stillCounted, type MonitoredRep } from './monitored-reps'
import { periodOf } from './period'

export type CountedCustomer = { customerId: string; ownerId: string; tier: Tier; touches: number }

export const tierOf = (value: string | null | undefined): Tier | null => (isTier(value) ? value : null)

/**
 * The customers coverage counts over a period (DOMAIN.md "Follow-up cadence"): each live, not
 * lost customer owned now that its owner already had on the period's last day (assigned, else
 * created, by then: db/follow-ups.repo.ts `touchesByCustomer`), with its follow-ups in the period
 * (by anyone) and its effective tier as of `tierAsOf` — the computed tier of the last ABC run on
 * or before that day (today's tier when there is none, or the customer was not in it), under a
 * manual override still running that day. Overrides keep no history: today's override is the one
 * applied.
 */
export async function countedCustomers(
  ctx: AppContext,
  options: { ownerIds: string[]; from: string; to: string; tierAsOf: string },
): Promise<CountedCustomer[]> {
  const [touches, runTiers] = await Promise.all([
    touchesByCustomer(ctx.db, options),
    runTiersAsOf(ctx.db, { ownerIds: options.ownerIds, date: options.tierAsOf }),
  ])
  return touches.map((t) => ({
    customerId: t.customerId,
    ownerId: t.ownerId,
    touches: t.touches,
    tier: effectiveTier(
      (runTiers && tierOf(runTiers.get(t.customerId))) ?? tierOf(t.tier) ?? 'C',
      { tier: tierOf(t.override), until: t.until },
      options.tierAsOf,
    ),
  }))
}

export const groupByOwner = <T extends { ownerId: string }>(list: readonly T[]) =>
  groupBy(list, (item) => item.ownerId)

/** Coverage of a list of customers, with how many there were. */
export const coverageOf = (
  list: readonly CountedCustomer[],
  period: { from: string; to: string },
  intervals: Record<Tier, number>,
): CoverageDto => ({ ...coverage(list, period, intervals), customers: list.length })

/** Each manager's tree among the reps shown: the teams of DOMAIN.md's "per team". */
export function teamsOf(reps: readonly MonitoredRep[], lines: readonly ReportingLine[]) {
  const shown = new Set(reps.map((r) => r.id))
  return reps
    .filter((r) => r.role === 'manager')
    .map((manager) => ({
      manager,
      memberIds: reportingTree(lines, manager.id).filter((id) => shown.has(id)),
    }))
}

/**
 * Coverage over any period (DOMAIN.md "Follow-up cadence"; issue 4): in total, per rep, per tier
 * and per team, for the reps the caller may watch — narrowed to one rep or one manager's team.
 */
export async function coverageReport(ctx: AppContext, query: CoverageQuery): Promise<CoverageReport> {
  const { from, to, tierAsOf } = periodOf(ctx, query)
  const { reps, lines } = await monitoredReps(ctx)
  const picked = pickReps(reps, lines, query)
  const ownerIds = picked.map((r) => r.id)
  const [policy, counted] = await Promise.all([
    loadPolicy(ctx),
    countedCustomers(ctx, { ownerIds, from, to, tierAsOf }),
  ])
  const byOwner = groupByOwner(counted)
  const shown = stillCounted(picked, new Set(byOwner.keys()))
  const of = (list: readonly CountedCustomer[]) => coverageOf(list, { from, to }, policy.intervals)
  return {
    from,
    to,
    tierAsOf,
    total: of(counted),
    reps: shown.map((r) => ({
      repId: r.id,
      repName: r.name,
      managerId: r.managerId,
      ...of(byOwner.get(r.id) ?? []),
    })),
    teams: teamsOf(shown, lines).map(({ manager, memberIds }) => ({
      managerId: manager.id,
      managerName: manager.name,
      members: memberIds.length,
      ...of(memberIds.flatMap((id) => byOwner.get(id) ?? [])),
    })),
  }
}
