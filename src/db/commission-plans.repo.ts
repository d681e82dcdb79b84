import type { Kysely, Selectable } from 'kysely'
import type { Bracket, CommissionMode } from '../core/commission/commission-plan'
import type { CommissionPlanTable, Database } from './schema'

export type PlanRecord = {
  id: string
  name: string
  mode: CommissionMode
  brackets: Bracket[]
  newCustomerBonusMinor: number
  bonusMinOrderMinor: number | null
  note: string | null
  version: number
  createdAt: string
  updatedAt: string
}
export type PlanFields = Omit<PlanRecord, 'id' | 'version' | 'createdAt' | 'updatedAt'>

const toPlan = (r: Selectable<CommissionPlanTable>): PlanRecord => ({
  id: r.id,
  name: r.name,
  mode: r.mode as CommissionMode,
  brackets: JSON.parse(r.brackets) as Bracket[],
  newCustomerBonusMinor: Number(r.new_customer_bonus_minor),
  bonusMinOrderMinor: r.bonus_min_order_minor === null ? null : Number(r.bonus_min_order_minor),
  note: r.note,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

const toRow = (p: PlanFields) => ({
  name: p.name,
  mode: p.mode,
  // Only the three integer fields, in this order, whatever the caller's object carried.
  brackets: JSON.stringify(p.brackets.map((b) => ({ from: b.from, to: b.to, rateBp: b.rateBp }))),
  new_customer_bonus_minor: p.newCustomerBonusMinor,
  bonus_min_order_minor: p.bonusMinOrderMinor,
  note: p.note,
})

export async function insertPlan(db: Kysely<Database>, plan: PlanFields & { id: string }, now: string) {
  await db
    .insertInto('commission_plans')
    .values({ id: plan.id, ...toRow(plan), version: 1, created_at: now, updated_at: now })
    .execute()
}

export async function findPlan(db: Kysely<Database>, id: string): Promise<PlanRecord | undefined> {
  const row = await db
    .selectFrom('commission_plans')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  return row && toPlan(row)
}

/** Live plans by name; with `ids`, those (deleted ones too: a statement still names its plan). */
export async function listPlanRows(db: Kysely<Database>, ids?: readonly string[]): Promise<PlanRecord[]> {
  if (ids && ids.length === 0) return []
  let query = db.selectFrom('commission_plans').selectAll().orderBy('name').orderBy('id')
  query = ids ? query.where('id', 'in', ids) : query.where('deleted_at', 'is', null)
  return (await query.execute()).map(toPlan)
}

/** Saves a plan at the version read; false when someone saved in between. */
export async function updatePlanRow(
  db: Kysely<Database>,
  id: string,
  version: number,
  plan: PlanFields,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('commission_plans')
    .set({ ...toRow(plan), version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function deletePlanRow(db: Kysely<Database>, id: string, version: number, now: string) {
  const result = await db
    .updateTable('commission_plans')
    .set({ deleted_at: now, updated_at: now, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
