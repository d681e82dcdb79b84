import { AppError } from '../core/app-error'
import { BIN_KINDS, type BinKind } from '../core/recycle-bin/bin-kinds'
import {
  canRestore,
  daysLeft,
  purgeCutoff,
  RESTORE_DAYS,
  restoreUntil,
} from '../core/recycle-bin/restore-window'
import type { BinItem, BinList, BinListQuery, PurgeResult, RestoredRecord } from '../contracts/recycle-bin'
import { writeAudit } from '../db/audit-log.repo'
import { findBinRecord, isDeleted, setBinState, type BinRecord } from '../db/bin-records.repo'
import { purgeDeleted } from '../db/bin-purge.repo'
import { refreshCadence } from '../db/follow-ups.repo'
import { listBinRows, type BinRow } from '../db/recycle-bin.repo'
import { binScope, checkBinRead } from './bin-access'
import { bookkeepingSnapshot } from './bin-snapshot'
import { checkVersion, versionLost } from './check-version'
import { inTransaction, nowIso, type AppContext } from './context'
import { decodeCursor, encodeCursor } from './list-cursor'
import { requireActor } from './require-actor'

const toItem = (row: BinRow, now: Date): BinItem => {
  const { amountMinor, ...rest } = row
  return {
    ...rest,
    amount: amountMinor,
    restoreUntil: restoreUntil(row.deletedAt),
    daysLeft: daysLeft(row.deletedAt, now),
  }
}

/**
 * The recycle bin: what the caller deleted or could have — the records of every kind they may
 * change (app/bin-access.ts) — deleted within the last 90 days, newest first, a page at a time.
 * Everyone who may delete sees what is there and for how many days; only an admin restores it.
 */
export async function listRecycleBin(ctx: AppContext, query: BinListQuery): Promise<BinList> {
  requireActor(ctx)
  const now = ctx.now()
  const kinds = []
  for (const kind of query.kind ? [query.kind] : BIN_KINDS) {
    const scope = await binScope(ctx, kind)
    if (scope) kinds.push({ kind, scope })
  }
  const rows = await listBinRows(ctx.db, {
    kinds,
    since: purgeCutoff(now),
    limit: query.limit,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
  })
  const shown = rows.slice(0, query.limit)
  const last = shown[shown.length - 1]
  return {
    items: shown.map((r) => toItem(r, now)),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor({ value: last.deletedAt, id: last.id }) : null,
  }
}

/**
 * A child comes back only under a live parent: an order's collection or plan while the order is in
 * the bin, or anything of a customer in the bin, is refused with the step to take first. Bringing
 * the parent back with it would restore what someone may have deleted on purpose, and a collection
 * under a deleted order would count money against nothing (receivables per order); refusing keeps
 * every restore a single, audited record that the caller chose.
 */
async function checkParents(tx: AppContext, record: BinRecord): Promise<void> {
  if (
    record.kind !== 'customer' &&
    record.customerId &&
    (await isDeleted(tx.db, 'customer', record.customerId))
  )
    throw new AppError('domain_rule', 'error.bin_customer_deleted')
  if (record.orderId && (await isDeleted(tx.db, 'order', record.orderId)))
    throw new AppError('domain_rule', 'error.bin_order_deleted')
}

/**
 * Brings a record back from the bin, within 90 days of its deletion (after that: a clear error, and
 * the daily purge removes it), by an admin only — DOMAIN.md "People and visibility": "Deletion is
 * soft and restorable by admins". Anyone else gets 404 for a record they cannot read (its existence
 * is never confirmed) and 403 for one they can. At `version` when one is given (If-Match). Its
 * audit row and what depends on it (a follow-up's customer's cadence) in the same transaction.
 */
export async function restoreRecord(
  ctx: AppContext,
  kind: BinKind,
  id: string,
  version?: number,
): Promise<RestoredRecord> {
  const actor = requireActor(ctx)
  return inTransaction(ctx, async (tx) => {
    const record = await findBinRecord(tx.db, kind, id)
    if (!record) throw new AppError('not_found')
    await checkBinRead(tx, record)
    if (actor.role !== 'admin') throw new AppError('forbidden', 'error.bin_restore_admin')
    if (!record.deletedAt) throw new AppError('conflict', 'error.not_deleted')
    if (version !== undefined) checkVersion(record, version)
    if (!canRestore(record.deletedAt, tx.now()))
      throw new AppError('domain_rule', 'error.bin_restore_expired', { days: RESTORE_DAYS })
    await checkParents(tx, record)
    const now = nowIso(tx)
    if (!(await setBinState(tx.db, kind, id, record.version, { at: null, by: null }, now)))
      throw versionLost(record.version)
    if (kind === 'follow_up' && record.customerId) await refreshCadence(tx.db, [record.customerId])
    const after = await bookkeepingSnapshot(tx, kind, id)
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: kind,
      entityId: id,
      action: 'restore',
      before: null,
      after,
    })
    return { kind, id, version: record.version + 1 }
  })
}

/**
 * Removes for good what has been in the bin for 90 days (db/bin-purge.repo.ts), in one transaction
 * with its audit row. `purgeRecycleBin` is an admin's (`abacus recycle-bin purge`);
 * `purgeExpired` is the server's daily run, acting for nobody.
 */
export async function purgeRecycleBin(ctx: AppContext): Promise<PurgeResult> {
  requireActor(ctx, ['admin'])
  return purgeExpired(ctx)
}

export async function purgeExpired(ctx: AppContext): Promise<PurgeResult> {
  return inTransaction(ctx, async (tx) => {
    const cutoff = purgeCutoff(tx.now())
    const { purged, kept } = await purgeDeleted(tx.db, cutoff)
    const result = {
      deletedBefore: cutoff,
      purged,
      total: Object.values(purged).reduce((a, b) => a + b, 0),
      kept,
    }
    if (result.total > 0)
      await writeAudit(tx.db, {
        at: nowIso(tx),
        actorId: tx.actor?.id ?? null,
        entity: 'recycle_bin',
        entityId: cutoff,
        action: 'delete',
        before: null,
        after: result,
      })
    return result
  })
}
