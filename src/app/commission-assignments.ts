import { AppError } from '../core/app-error'
import { OWNER_ROLES, type Role } from '../core/access/roles'
import { writeAudit } from '../db/audit-log.repo'
import {
  deleteAssignmentRow,
  listAssignmentRows,
  insertAssignment,
  lockRep,
  type AssignmentRecord,
} from '../db/commission-assignments.repo'
import { findPlan } from '../db/commission-plans.repo'
import { findUserById } from '../db/users.repo'
import type { Assignment, CreateAssignment } from '../contracts/commission'
import { checkVersion, versionLost } from './check-version'
import { commissionScope, requireCommissionManager } from './commission-scope'
import { inTransaction, nowIso, type AppContext } from './context'
import { newId } from './new-id'

const toDto = (a: AssignmentRecord): Assignment => ({
  id: a.id,
  repId: a.repId,
  repName: a.repName,
  planId: a.planId,
  planName: a.planName,
  periodFrom: a.periodFrom,
  periodTo: a.periodTo,
  version: a.version,
  createdAt: a.createdAt,
})

/** A rep or manager (those who collect) that exists and is active, or 400 naming `repId`. */
export async function commissionRep(ctx: AppContext, repId: string) {
  const rep = await findUserById(ctx.db, repId)
  if (!rep || rep.disabled || !OWNER_ROLES.includes(rep.role as Role))
    throw new AppError('validation', 'error.validation', {}, [{ path: 'repId', key: 'field.commission_rep' }])
  return rep
}

export async function listAssignments(
  ctx: AppContext,
  query: { rep?: string; plan?: string; from?: string; to?: string },
): Promise<{ items: Assignment[] }> {
  const rows = await listAssignmentRows(ctx.db, {
    scope: await commissionScope(ctx),
    repIds: query.rep ? [query.rep] : undefined,
    planId: query.plan,
    from: query.from,
    to: query.to,
  })
  return { items: rows.map(toDto) }
}

/**
 * Assigns a plan to a rep for a period. One rep has at most one plan on any day: an assignment that
 * overlaps another of the same rep is refused, naming it — end that one first (delete it and assign
 * again for the shorter period). A computation then counts each assignment on its own days.
 */
export async function createAssignment(ctx: AppContext, input: CreateAssignment): Promise<Assignment> {
  const actor = requireCommissionManager(ctx)
  return inTransaction(ctx, async (tx) => {
    const rep = await commissionRep(tx, input.repId)
    const plan = await findPlan(tx.db, input.planId)
    if (!plan)
      throw new AppError('validation', 'error.validation', {}, [{ path: 'planId', key: 'field.invalid' }])
    await lockRep(tx.db, tx.engine, rep.id)
    const [clash] = await listAssignmentRows(tx.db, {
      scope: { kind: 'all' },
      repIds: [rep.id],
      from: input.periodFrom,
      to: input.periodTo,
    })
    if (clash)
      throw new AppError('conflict', 'error.commission_overlap', {
        rep: rep.name,
        plan: clash.planName,
        from: clash.periodFrom,
        to: clash.periodTo,
      })
    const id = newId()
    const now = nowIso(tx)
    await insertAssignment(tx.db, { id, ...input }, now)
    const [created] = await listAssignmentRows(tx.db, { scope: { kind: 'all' }, id })
    const dto = toDto(created as AssignmentRecord)
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'commission_assignment',
      entityId: id,
      action: 'create',
      before: null,
      after: dto,
    })
    return dto
  })
}

export async function deleteAssignment(ctx: AppContext, id: string, version?: number): Promise<void> {
  const actor = requireCommissionManager(ctx)
  await inTransaction(ctx, async (tx) => {
    const [before] = await listAssignmentRows(tx.db, { scope: { kind: 'all' }, id })
    if (!before) throw new AppError('not_found')
    if (version !== undefined) checkVersion(before, version)
    const now = nowIso(tx)
    if (!(await deleteAssignmentRow(tx.db, id, before.version, now))) throw versionLost(before.version)
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'commission_assignment',
      entityId: id,
      action: 'delete',
      before: toDto(before),
      after: null,
    })
  })
}
