import { effectiveTier, type Tier } from '../core/follow-ups/tier'
import { nextDue } from '../core/follow-ups/next-due'
import type { MonitorCustomer, MonitorCustomers, MonitorCustomersQuery } from '../contracts/team-monitor'
import { cadenceOfOwners, firstOrdersIn, tierChangesOver } from '../db/team-monitor.repo'
import type { AppContext } from './context'
import { countedCustomers, tierOf } from './coverage'
import { loadPolicy } from './follow-up-policy'
import { monitoredReps, pickReps } from './monitored-reps'
import { periodOf } from './period'
import { overdueToday, toAgendaCustomer } from './agenda-customers'
import { changeOf } from './team-monitor'

const blank = {
  previousTier: null,
  lastFollowUpOn: null,
  nextDue: null,
  daysOverdue: null,
  firstOrderOn: null,
}
const byTierThenName = (a: MonitorCustomer, b: MonitorCustomer) =>
  a.tier.localeCompare(b.tier) || a.customerName.localeCompare(b.customerName, 'zh-Hant')

/**
 * The customers behind one number of the team monitor (issue 4, drill-down): a rep's customers
 * overdue today, left untouched in the period, promoted, demoted, or converted — optionally of one
 * tier. The same reading of the rules as the monitor, and the same visibility (404 outside it).
 */
export async function monitorCustomers(
  ctx: AppContext,
  query: MonitorCustomersQuery,
): Promise<MonitorCustomers> {
  const { from, to, today, tierAsOf } = periodOf(ctx, query)
  const { reps, lines } = await monitoredReps(ctx)
  const [rep] = pickReps(reps, lines, { rep: query.rep }) as [(typeof reps)[number]]
  const ownerIds = [rep.id]
  const policy = await loadPolicy(ctx)
  const items = await (async (): Promise<MonitorCustomer[]> => {
    switch (query.what) {
      case 'overdue': {
        const cadence = await cadenceOfOwners(ctx.db, ownerIds)
        return overdueToday(cadence, today, policy.intervals).map((i) => ({
          ...blank,
          customerId: i.id,
          customerName: i.name,
          tier: i.tier,
          lastFollowUpOn: i.lastFollowUpOn,
          nextDue: i.nextDue,
          daysOverdue: i.daysOverdue,
        }))
      }
      case 'untouched': {
        const cadence = await cadenceOfOwners(ctx.db, ownerIds)
        const counted = await countedCustomers(ctx, { ownerIds, from, to, tierAsOf })
        const untouched = new Map(counted.filter((c) => c.touches === 0).map((c) => [c.customerId, c.tier]))
        return cadence
          .filter((c) => untouched.has(c.id))
          .map((c) => {
            const state = toAgendaCustomer(c)
            const tier = untouched.get(c.id) as Tier
            return {
              ...blank,
              customerId: c.id,
              customerName: c.name,
              tier,
              lastFollowUpOn: c.last_follow_up_on,
              nextDue: nextDue(
                { ...state, tier: effectiveTier(state.computedTier, state.override, today) },
                policy.intervals,
              ),
            }
          })
          .sort(byTierThenName)
      }
      case 'promoted':
      case 'demoted':
        return (await tierChangesOver(ctx.db, { ownerIds, from, to }))
          .filter((c) => changeOf(c) === query.what)
          .map((c) => ({
            ...blank,
            customerId: c.customerId,
            customerName: c.name,
            tier: tierOf(c.tier) ?? 'C',
            previousTier: tierOf(c.previousTier),
          }))
          .sort(byTierThenName)
      case 'converted':
        return (await firstOrdersIn(ctx.db, { ownerIds, from, to }))
          .map((c) => ({
            ...blank,
            customerId: c.customerId,
            customerName: c.name,
            tier: tierOf(c.tier) ?? 'C',
            firstOrderOn: c.firstOrderOn,
          }))
          .sort(
            (a, b) =>
              (a.firstOrderOn as string).localeCompare(b.firstOrderOn as string) || byTierThenName(a, b),
          )
    }
  })()
  return {
    repId: rep.id,
    repName: rep.name,
    what: query.what,
    from,
    to,
    items: query.tier ? items.filter((i) => i.tier === query.tier) : items,
  }
}
