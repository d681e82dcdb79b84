import { sql, type Kysely, type SqlBool } from 'kysely'
import type { OwnerScope } from './customers.repo'
import type { Database } from './schema'

export type AssignmentRecord = {
  id: string
  repId: string
  repName: string
  planId: string
  planName: string
  periodFrom: string
  periodTo: string
  version: number
  createdAt: string
}

export type AdjustmentRecord = {
  id: string
  repId: string
  repName: string
  periodFrom: string
  periodTo: string
  amountMinor: number
  reason: string
  createdBy: string | null
  version: number
  createdAt: string
}

const inOwners = (
  scope: OwnerScope,
  column: 'commission_assignments.rep_id' | 'commission_adjustments.rep_id',
) =>
  scope.kind === 'all'
    ? sql<SqlBool>`1 = 1`
    : scope.ownerIds.length
      ? sql<SqlBool>`${sql.ref(column)} in (${sql.join(scope.ownerIds)})`
      : sql<SqlBool>`1 = 0`

export async function insertAssignment(
  db: Kysely<Database>,
  a: { id: string; repId: string; planId: string; periodFrom: string; periodTo: string },
  now: string,
) {
  await db
    .insertInto('commission_assignments')
    .values({
      id: a.id,
      rep_id: a.repId,
      plan_id: a.planId,
      period_from: a.periodFrom,
      period_to: a.periodTo,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute()
}

/**
 * Live assignments in scope, earliest first; filtered by rep, plan, one id, or those overlapping
 * `[from, to]` (an assignment overlaps when it starts by `to` and ends on or after `from`).
 */
export async function listAssignmentRows(
  db: Kysely<Database>,
  options: {
    scope: OwnerScope
    id?: string
    repIds?: readonly string[]
    planId?: string
    from?: string
    to?: string
  },
): Promise<AssignmentRecord[]> {
  if (options.repIds?.length === 0) return []
  let query = db
    .selectFrom('commission_assignments')
    .innerJoin('users', 'users.id', 'commission_assignments.rep_id')
    .innerJoin('commission_plans', 'commission_plans.id', 'commission_assignments.plan_id')
    .select([
      'commission_assignments.id',
      'commission_assignments.rep_id',
      'users.name as rep_name',
      'commission_assignments.plan_id',
      'commission_plans.name as plan_name',
      'commission_assignments.period_from',
      'commission_assignments.period_to',
      'commission_assignments.version',
      'commission_assignments.created_at',
    ])
    .where('commission_assignments.deleted_at', 'is', null)
    .where(inOwners(options.scope, 'commission_assignments.rep_id'))
    .orderBy('commission_assignments.period_from', 'desc')
    .orderBy('users.name')
    .orderBy('commission_assignments.id')
  if (options.id) query = query.where('commission_assignments.id', '=', options.id)
  if (options.repIds) query = query.where('commission_assignments.rep_id', 'in', options.repIds)
  if (options.planId) query = query.where('commission_assignments.plan_id', '=', options.planId)
  if (options.to) query = query.where('commission_assignments.period_from', '<=', options.to)
  if (options.from) query = query.where('commission_assignments.period_to', '>=', options.from)
  return (await query.execute()).map((r) => ({
    id: r.id,
    repId: r.rep_id,
    repName: r.rep_name,
    planId: r.plan_id,
    planName: r.plan_name,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    version: r.version,
    createdAt: r.created_at,
  }))
}

/**
 * Serialises assignments of one rep on PostgreSQL (a row lock on the rep, held to the end of the
 * transaction), so two overlapping assignments saved at once cannot both pass the overlap check.
 * SQLite runs one writer at a time already.
 */
export async function lockRep(db: Kysely<Database>, engine: 'sqlite' | 'postgres', repId: string) {
  if (engine === 'postgres')
    await db.selectFrom('users').select('id').where('id', '=', repId).forUpdate().execute()
}

export async function deleteAssignmentRow(db: Kysely<Database>, id: string, version: number, now: string) {
  const result = await db
    .updateTable('commission_assignments')
    .set({ deleted_at: now, updated_at: now, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function insertAdjustment(
  db: Kysely<Database>,
  a: {
    id: string
    repId: string
    periodFrom: string
    periodTo: string
    amountMinor: number
    reason: string
    createdBy: string | null
  },
  now: string,
) {
  await db
    .insertInto('commission_adjustments')
    .values({
      id: a.id,
      rep_id: a.repId,
      period_from: a.periodFrom,
      period_to: a.periodTo,
      amount_minor: a.amountMinor,
      reason: a.reason,
      created_by: a.createdBy,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute()
}

/** Live adjustments in scope whose period ENDS in `[from, to]` (the period that counts them). */
export async function listAdjustmentRows(
  db: Kysely<Database>,
  options: { scope: OwnerScope; id?: string; repIds?: readonly string[]; from?: string; to?: string },
): Promise<AdjustmentRecord[]> {
  if (options.repIds?.length === 0) return []
  let query = db
    .selectFrom('commission_adjustments')
    .innerJoin('users', 'users.id', 'commission_adjustments.rep_id')
    .selectAll('commission_adjustments')
    .select('users.name as rep_name')
    .where('commission_adjustments.deleted_at', 'is', null)
    .where(inOwners(options.scope, 'commission_adjustments.rep_id'))
    .orderBy('commission_adjustments.period_to', 'desc')
    .orderBy('commission_adjustments.id', 'desc')
  if (options.id) query = query.where('commission_adjustments.id', '=', options.id)
  if (options.repIds) query = query.where('commission_adjustments.rep_id', 'in', options.repIds)
  if (options.from) query = query.where('commission_adjustments.period_to', '>=', options.from)
  if (options.to) query = query.where('commission_adjustments.period_to', '<=', options.to)
  return (await query.execute()).map((r) => ({
    id: r.id,
    repId: r.rep_id,
    repName: r.rep_name,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    amountMinor: Number(r.amount_minor),
    reason: r.reason,
    createdBy: r.created_by,
    version: r.version,
    createdAt: r.created_at,
  }))
}

export async function deleteAdjustmentRow(db: Kysely<Database>, id: string, version: number, now: string) {
  const result = await db
    .updateTable('commission_adjustments')
    .set({ deleted_at: now, updated_at: now, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Live assignments per plan (a plan in use is not deleted). */
export async function countAssignmentsByPlan(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('commission_assignments')
    .select(['plan_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('deleted_at', 'is', null)
    .groupBy('plan_id')
    .execute()
  return new Map(rows.map((r) => [r.plan_id, Number(r.n)]))
}
