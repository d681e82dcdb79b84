import { addDays, type LocalDate } from '../core/dates/local-date'
import { poolReturn, returnCutoffs } from '../core/follow-ups/pool-return'
import { isTier } from '../core/follow-ups/tier'
import type { PoolReturnRun } from '../contracts/pool'
import { writeAuditMany } from '../db/audit-log.repo'
import {
  insertPoolEvents,
  returnCustomersToPool,
  selectReturnCandidates,
  type PoolEventRecord,
  type ReturnCandidate,
} from '../db/pool.repo'
import { inTransaction, nowIso, type AppContext } from './context'
import { readSetting, writeSetting } from '../db/settings.repo'
import { loadPolicy } from './follow-up-policy'
import { newId } from './new-id'
import { notifyUsers } from './notifications'
import { requireActor } from './require-actor'

type Rules = Awaited<ReturnType<typeof loadPolicy>>['pool'] & { clockStart: LocalDate }

const CLOCK_KEY = 'pool_clock_start'

/**
 * The rules of the pool, with the day its clock started: the first day the automatic return ran
 * (recorded then). An organisation that upgrades has no follow-up history yet; counting idle days
 * from before the pool existed would empty every rep's book into the pool on the first morning.
 */
export async function poolRules(ctx: AppContext, today: LocalDate): Promise<Rules> {
  const rules = (await loadPolicy(ctx)).pool
  const saved = await readSetting(ctx.db, CLOCK_KEY)
  return { ...rules, clockStart: typeof saved === 'string' ? saved : today }
}

/** The rule of core/follow-ups/pool-return.ts applied to a row the database selected. */
export const poolReturnOf = (c: ReturnCandidate, today: LocalDate, rules: Rules) =>
  poolReturn(
    {
      tier: isTier(c.tier) ? c.tier : 'C',
      lastFollowUpOn: c.lastFollowUpOn,
      // Nobody is idle for longer than the pool has existed.
      assignedOn: c.assignedOn && c.assignedOn > rules.clockStart ? c.assignedOn : rules.clockStart,
      lastOrderOn: c.lastOrderOn,
    },
    today,
    rules,
  )

/**
 * The automatic return (DOMAIN.md "Customer pool"), run daily by the server and by
 * `abacus pool return`: customers whose owner has not followed them up for returnDays[tier] days,
 * with no confirmed order in that time, go back to the pool (owner null, a 'return' event, an
 * audit row, version bumped); the owners of those within warnDays of their return get one 'warn'
 * event per customer and return date, and a notification saying how many. One transaction; the
 * database selects who, in a few set queries whatever the number of customers. Without an actor it is the system's job; a person
 * running it must be an admin. Running it twice on a day changes nothing the second time.
 */
export async function returnIdleCustomers(ctx: AppContext, today: LocalDate): Promise<PoolReturnRun> {
  const actorId = ctx.actor ? requireActor(ctx, ['admin']).id : null
  return inTransaction(ctx, async (tx) => {
    const rules = await poolRules(tx, today)
    if ((await readSetting(tx.db, CLOCK_KEY)) === undefined) await writeSetting(tx.db, CLOCK_KEY, today)
    const now = nowIso(tx)
    const due = await selectReturnCandidates(tx.db, {
      today,
      cutoffs: returnCutoffs(today, rules.returnDays),
      lock: true,
    })
    const returning = due.filter((c) => poolReturnOf(c, today, rules)?.returns)
    await returnCustomersToPool(
      tx.db,
      returning.map((c) => c.id),
      now,
    )
    const event = (c: ReturnCandidate, kind: 'return' | 'warn', reason: string | null): PoolEventRecord => ({
      id: newId(),
      customerId: c.id,
      kind,
      fromOwnerId: c.ownerId,
      toOwnerId: null,
      actorId,
      reason,
      at: now,
      onDate: today,
    })
    await insertPoolEvents(
      tx.db,
      returning.map((c) => event(c, 'return', null)),
    )
    await writeAuditMany(
      tx.db,
      returning.map((c) => ({
        at: now,
        actorId,
        entity: 'customer',
        entityId: c.id,
        action: 'update',
        before: { ownerId: c.ownerId, assignedAt: c.assignedAt },
        after: { ownerId: null, assignedAt: null },
      })),
    )
    // The returned are no longer owned, so this selects only those still to return.
    const soon = await selectReturnCandidates(tx.db, {
      today,
      cutoffs: returnCutoffs(addDays(today, rules.warnDays), rules.returnDays),
    })
    const warnings = soon.flatMap((c) => {
      const r = poolReturnOf(c, today, rules)
      // A warning names its return date (the event's reason): once per customer and date.
      return r?.warning && c.warnedFor !== r.returnOn ? [event(c, 'warn', r.returnOn)] : []
    })
    await insertPoolEvents(tx.db, warnings)
    // Each owner hears of their customers about to return, once per run that warns: how many, and
    // the first return date (the pool page lists them).
    const byOwner = new Map<string, { count: number; returnOn: string }>()
    for (const w of warnings) {
      if (!w.fromOwnerId || !w.reason) continue
      const seen = byOwner.get(w.fromOwnerId) ?? { count: 0, returnOn: w.reason }
      const returnOn = w.reason < seen.returnOn ? w.reason : seen.returnOn
      byOwner.set(w.fromOwnerId, { count: seen.count + 1, returnOn })
    }
    for (const [ownerId, about] of byOwner) await notifyUsers(tx, [ownerId], 'pool_return_warning', about)
    return { date: today, returned: returning.length, warned: warnings.length }
  })
}
