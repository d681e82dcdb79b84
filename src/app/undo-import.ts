import { AppError } from '../core/app-error'
import { writeAudit } from '../db/audit-log.repo'
import { findImportBatch, undoBlockers, undoImportBatch } from '../db/imports.repo'
import { inTransaction, nowIso, type AppContext } from './context'
import { requireActor } from './require-actor'

/**
 * Takes an import back: its records and the customers it created (if nothing else has been
 * recorded for them since), and the cadence of the customers whose follow-ups go. Its importer or
 * an admin may — unless what was done since holds on to it, as it would keep one record out of the
 * recycle bin (undoBlockers): then nothing is undone, and the error says what to take back first.
 */
export async function undoImport(ctx: AppContext, batchId: string) {
  const actor = requireActor(ctx)
  return inTransaction(ctx, async (tx) => {
    const batch = await findImportBatch(tx.db, batchId)
    if (!batch || (batch.actor_id !== actor.id && actor.role !== 'admin')) throw new AppError('not_found')
    if (batch.undone_at) throw new AppError('conflict', 'import.already_undone')
    const held = await undoBlockers(tx.db, batchId)
    if (held.paidOrders)
      throw new AppError('domain_rule', 'import.undo_orders_paid', { count: held.paidOrders })
    if (held.bookedExpenses)
      throw new AppError('domain_rule', 'import.undo_expenses_booked', { count: held.bookedExpenses })
    if (held.auditedFollowUps)
      throw new AppError('domain_rule', 'import.undo_follow_ups_audited', { count: held.auditedFollowUps })
    const now = nowIso(tx)
    const undone = await undoImportBatch(tx.db, batchId, now)
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'import_batch',
      entityId: batchId,
      action: 'delete',
      before: null,
      after: undone,
    })
    return undone
  })
}
