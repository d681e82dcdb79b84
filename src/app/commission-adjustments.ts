import { AppError } from '../core/app-error'
import { writeAudit } from '../db/audit-log.repo'
import {
  deleteAdjustmentRow,
  insertAdjustment,
  listAdjustmentRows,
  type AdjustmentRecord,
} from '../db/commission-assignments.repo'
import type { Adjustment, CreateAdjustment } from '../contracts/commission'
import { checkVersion, versionLost } from './check-version'
import { commissionRep } from './commission-assignments'
import { commissionScope, requireCommissionManager } from './commission-scope'
import { inTransaction, nowIso, type AppContext } from './context'
import { newId } from './new-id'

const toDto = (a: AdjustmentRecord): Adjustment => ({
  id: a.id,
  repId: a.repId,
  repName: a.repName,
  periodFrom: a.periodFrom,
  periodTo: a.periodTo,
  amount: a.amountMinor,
  reason: a.reason,
  version: a.version,
  createdAt: a.createdAt,
})

/** Adjustments in the reader's scope whose period ends in `[from, to]`, latest first. */
export async function listAdjustments(
  ctx: AppContext,
  query: { rep?: string; from?: string; to?: string },
): Promise<{ items: Adjustment[] }> {
  const rows = await listAdjustmentRows(ctx.db, {
    scope: await commissionScope(ctx),
    repIds: query.rep ? [query.rep] : undefined,
    from: query.from,
    to: query.to,
  })
  return { items: rows.map(toDto) }
}

/**
 * A manual change to a rep's commission (DOMAIN.md: "manual adjustments with a reason"): signed,
 * never zero, always with its reason. It counts in the computation of the period that holds its
 * last day (core/commission/commission-statement.ts).
 */
export async function createAdjustment(ctx: AppContext, input: CreateAdjustment): Promise<Adjustment> {
  const actor = requireCommissionManager(ctx)
  return inTransaction(ctx, async (tx) => {
    const rep = await commissionRep(tx, input.repId)
    const id = newId()
    const now = nowIso(tx)
    await insertAdjustment(
      tx.db,
      {
        id,
        repId: rep.id,
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        amountMinor: input.amount,
        reason: input.reason,
        createdBy: actor.id,
      },
      now,
    )
    const [created] = await listAdjustmentRows(tx.db, { scope: { kind: 'all' }, id })
    const dto = toDto(created as AdjustmentRecord)
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'commission_adjustment',
      entityId: id,
      action: 'create',
      before: null,
      after: dto,
    })
    return dto
  })
}

export async function deleteAdjustment(ctx: AppContext, id: string, version?: number): Promise<void> {
  const actor = requireCommissionManager(ctx)
  await inTransaction(ctx, async (tx) => {
    const [before] = await listAdjustmentRows(tx.db, { scope: { kind: 'all' }, id })
    if (!before) throw new AppError('not_found')
    if (version !== undefined) checkVersion(before, version)
    const now = nowIso(tx)
    if (!(await deleteAdjustmentRow(tx.db, id, before.version, now))) throw versionLost(before.version)
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'commission_adjustment',
      entityId: id,
      action: 'delete',
      before: toDto(before),
      after: null,
    })
  })
}
