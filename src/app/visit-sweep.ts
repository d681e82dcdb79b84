import { writeAuditMany } from '../db/audit-log.repo'
import { markMissed } from '../db/visits.repo'
import { inTransaction, nowIso, type AppContext } from './context'
import { requireActor } from './require-actor'

/**
 * Marks missed every plan not checked in by its end (DOMAIN.md "Visits"), as of the context's
 * clock, with an audit row each, in one transaction. Run daily by the server (api/daily-visit-sweep.ts)
 * and by `abacus visit sweep`; reads already apply the rule, so this only makes the records say it.
 * Without an actor it is the system's job; a person running it must be an admin.
 */
export async function sweepMissedVisits(ctx: AppContext): Promise<{ missed: number }> {
  const actorId = ctx.actor ? requireActor(ctx, ['admin']).id : null
  return inTransaction(ctx, async (tx) => {
    const at = nowIso(tx)
    const ids = await markMissed(tx.db, at)
    await writeAuditMany(
      tx.db,
      ids.map((id) => ({
        at,
        actorId,
        entity: 'visit',
        entityId: id,
        action: 'update' as const,
        before: { status: 'planned' },
        after: { status: 'missed' },
      })),
    )
    return { missed: ids.length }
  })
}
