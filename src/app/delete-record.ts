import { AppError } from '../core/app-error'
import type { BinKind } from '../core/recycle-bin/bin-kinds'
import { writeAudit } from '../db/audit-log.repo'
import {
  findBinRecord,
  followUpTies,
  liveChildrenOfOrder,
  setBinState,
  type BinRecord,
} from '../db/bin-records.repo'
import { refreshCadence } from '../db/follow-ups.repo'
import { bookkeepingSnapshot } from './bin-snapshot'
import { checkBinAccess } from './bin-access'
import { checkVersion, versionLost } from './check-version'
import { inTransaction, nowIso, type AppContext } from './context'
import { deleteCustomer } from './customers'
import { requireActor } from './require-actor'

/**
 * What keeps a record out of the bin, checked before anything is written:
 * - an order that live collections or plans still pay or plan: deleting it would leave money
 *   received against nothing and a receivable per order below zero; delete those first;
 * - an expense once submitted: only a draft or a rejected one is the rep's to take back — an
 *   approved expense is in the books (budgets, expense ratio, the half-monthly report);
 * - a follow-up that a visit's review wrote (it goes with the review: DOMAIN.md "A completed review
 *   creates the follow-up record") or that a callback audit drew (the auditor is calling about it).
 */
async function checkDeletable(tx: AppContext, record: BinRecord): Promise<void> {
  if (record.kind === 'order' && (await liveChildrenOfOrder(tx.db, record.id)) > 0)
    throw new AppError('domain_rule', 'error.bin_order_has_children')
  if (record.kind === 'expense' && record.status === 'approved')
    throw new AppError('domain_rule', 'error.bin_expense_approved')
  if (record.kind === 'expense' && record.status === 'submitted')
    throw new AppError('domain_rule', 'error.bin_expense_submitted')
  if (record.kind === 'follow_up') {
    const ties = await followUpTies(tx.db, record.id)
    if (ties.visit) throw new AppError('domain_rule', 'error.bin_follow_up_of_visit')
    if (ties.audit) throw new AppError('domain_rule', 'error.bin_follow_up_audited')
  }
}

/**
 * Moves a record into the recycle bin if it is still at `version` (If-Match; 412 otherwise), by
 * whoever may change it, audited, in one transaction with what depends on it: a follow-up's
 * customer gets its cadence (last follow-up, next date) from the follow-ups left. Receivables,
 * plan coverage, coverage and the analyses are computed from live rows on every read, so they
 * change with the delete. Customers keep their own path (app/customers.ts).
 */
export async function deleteRecord(
  ctx: AppContext,
  kind: BinKind,
  id: string,
  version: number,
): Promise<void> {
  if (kind === 'customer') return deleteCustomer(ctx, id, version)
  const actor = requireActor(ctx)
  await inTransaction(ctx, async (tx) => {
    const record = await findBinRecord(tx.db, kind, id)
    if (!record || record.deletedAt) throw new AppError('not_found')
    await checkBinAccess(tx, record)
    checkVersion(record, version)
    await checkDeletable(tx, record)
    const before = await bookkeepingSnapshot(tx, kind, id)
    const now = nowIso(tx)
    if (!(await setBinState(tx.db, kind, id, version, { at: now, by: actor.id }, now)))
      throw versionLost(version)
    if (kind === 'follow_up' && record.customerId) await refreshCadence(tx.db, [record.customerId])
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: kind,
      entityId: id,
      action: 'delete',
      before,
      after: null,
    })
  })
}
