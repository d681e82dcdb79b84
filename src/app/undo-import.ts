import { AppError } from '../core/app-error'
import { writeAudit } from '../db/audit-log.repo'
import { findImportBatch, undoImportBatch } from '../db/imports.repo'
import { inTransaction, nowIso, type AppContext } from './context'
import { requireActor } from './require-actor'

/**
 * Takes an import back, whatever it imported: its records and the customers it created (if
 * nothing else has been recorded for them since). Its importer or an admin may.
 */
export async function undoImport(ctx: AppContext, batchId: string) {
  const actor = requireActor(ctx)
  return inTransaction(ctx, async (tx) => {
    const batch = await findImportBatch(tx.db, batchId)
    if (!batch || (batch.actor_id !== actor.id && actor.role !== 'admin')) throw new AppError('not_found')
    if (batch.undone_at) throw new AppError('conflict', 'import.already_undone')
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
