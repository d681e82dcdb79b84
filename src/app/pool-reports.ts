import { OWNER_ROLES, type Role } from '../core/access/roles'
import { addDays, daysBetween } from '../core/dates/local-date'
import { returnCutoffs } from '../core/follow-ups/pool-return'
import { isTier } from '../core/follow-ups/tier'
import type { PoolFlow, PoolFlows, PoolFlowsQuery, PoolHistory, PoolWarnings } from '../contracts/pool'
import { countPoolFlows, listPoolEventRows, selectReturnCandidates } from '../db/pool.repo'
import { listUsers } from '../db/users.repo'
import type { AppContext } from './context'
import { readScope } from './customer-scope'
import { readableCustomer, todayOf } from './pool'
import { poolReturnOf, poolRules } from './return-idle-customers'
import { requireActor } from './require-actor'

/** The most warnings one answer lists, soonest first. */
const WARNINGS_SHOWN = 1000

/** Every claim, assignment, release, return and warning of a customer, newest first. */
export async function poolHistory(ctx: AppContext, customerId: string): Promise<PoolHistory> {
  requireActor(ctx)
  await readableCustomer(ctx, customerId)
  const rows = await listPoolEventRows(ctx.db, customerId)
  return {
    items: rows.map(({ customerId: _c, ...e }) => ({
      ...e,
      // A warning keeps the return date it announced where a person's reason would be.
      reason: e.kind === 'warn' ? null : e.reason,
      returnOn: e.kind === 'warn' ? e.reason : null,
    })),
  }
}

const ownerIdsOf = async (ctx: AppContext) => {
  const scope = await readScope(ctx)
  return scope.kind === 'all' ? undefined : scope.ownerIds
}

/**
 * Customers in and out per rep over a period (DOMAIN.md "per rep: customers in and out"), for the
 * reps the caller may see: a rep themselves, a manager their team, admin, finance and auditors all.
 */
export async function poolFlows(ctx: AppContext, query: PoolFlowsQuery): Promise<PoolFlows> {
  requireActor(ctx)
  const ownerIds = await ownerIdsOf(ctx)
  const counts = await countPoolFlows(ctx.db, { ...query, ownerIds })
  const byOwner = new Map<string, PoolFlow>()
  const users = await listUsers(ctx.db, ownerIds)
  const moved = new Set(counts.map((c) => c.ownerId))
  for (const u of users)
    if (OWNER_ROLES.includes(u.role as Role) && (!u.disabled || moved.has(u.id)))
      byOwner.set(u.id, {
        ownerId: u.id,
        ownerName: u.name,
        claimed: 0,
        assigned: 0,
        released: 0,
        returned: 0,
        reassignedAway: 0,
        in: 0,
        out: 0,
      })
  for (const c of counts) {
    const row = byOwner.get(c.ownerId)
    if (!row) continue
    if (c.direction === 'in') {
      if (c.kind === 'claim') row.claimed += c.count
      else row.assigned += c.count
      row.in += c.count
    } else {
      if (c.kind === 'release') row.released += c.count
      else if (c.kind === 'return') row.returned += c.count
      else row.reassignedAway += c.count
      row.out += c.count
    }
  }
  return { ...query, items: [...byOwner.values()] }
}

/**
 * The caller's customers about to return to the pool (a manager's: their team's), with the day
 * each returns unless followed up or ordered — computed now, so a follow-up logged today takes a
 * customer off the list at once. Those already due (the daily run has not passed yet) show 0 days.
 */
export async function poolWarnings(ctx: AppContext): Promise<PoolWarnings> {
  requireActor(ctx)
  const today = todayOf(ctx)
  const rules = await poolRules(ctx, today)
  const candidates = await selectReturnCandidates(ctx.db, {
    today,
    cutoffs: returnCutoffs(addDays(today, rules.warnDays), rules.returnDays),
    ownerIds: await ownerIdsOf(ctx),
  })
  const items = candidates.flatMap((c) => {
    const r = poolReturnOf(c, today, rules)
    if (!r || !(r.warning || r.returns)) return []
    return [
      {
        customerId: c.id,
        customerName: c.name,
        ownerId: c.ownerId,
        ownerName: c.ownerName,
        tier: isTier(c.tier) ? c.tier : ('C' as const),
        lastTouchOn: r.lastTouchOn,
        returnOn: r.returnOn,
        daysLeft: Math.max(0, daysBetween(today, r.returnOn)),
      },
    ]
  })
  items.sort((a, b) => a.returnOn.localeCompare(b.returnOn) || a.customerName.localeCompare(b.customerName))
  return { warnDays: rules.warnDays, items: items.slice(0, WARNINGS_SHOWN) }
}
