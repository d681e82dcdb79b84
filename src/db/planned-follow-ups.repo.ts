import type { Kysely } from 'kysely'
import { isSqlite } from './insert-bulk'
import type { Database } from './schema'

export type PlannedSlotRecord = {
  id: string
  repId: string
  customerId: string
  customerName: string
  date: string
  start: string
  end: string
  status: string
  version: number
  createdAt: string
  updatedAt: string
}

const baseQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('planned_follow_ups')
    .innerJoin('customers', 'customers.id', 'planned_follow_ups.customer_id')
    .select([
      'planned_follow_ups.id',
      'planned_follow_ups.rep_id',
      'planned_follow_ups.customer_id',
      'customers.name as customer_name',
      'planned_follow_ups.on_date',
      'planned_follow_ups.start_time',
      'planned_follow_ups.end_time',
      'planned_follow_ups.status',
      'planned_follow_ups.version',
      'planned_follow_ups.created_at',
      'planned_follow_ups.updated_at',
    ])

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>

const toSlot = (r: Row): PlannedSlotRecord => ({
  id: r.id,
  repId: r.rep_id,
  customerId: r.customer_id,
  customerName: r.customer_name,
  date: r.on_date,
  start: r.start_time,
  end: r.end_time,
  status: r.status,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export async function findPlannedSlot(
  db: Kysely<Database>,
  id: string,
): Promise<PlannedSlotRecord | undefined> {
  const row = await baseQuery(db).where('planned_follow_ups.id', '=', id).executeTakeFirst()
  return row && toSlot(row)
}

/** A rep's slots from `from` to `to` (inclusive dates), every status, by date and start. */
export async function plannedSlotsOfRep(
  db: Kysely<Database>,
  repId: string,
  range: { from: string; to: string },
): Promise<PlannedSlotRecord[]> {
  const rows = await baseQuery(db)
    .where('planned_follow_ups.rep_id', '=', repId)
    .where('planned_follow_ups.on_date', '>=', range.from)
    .where('planned_follow_ups.on_date', '<=', range.to)
    .orderBy('planned_follow_ups.on_date')
    .orderBy('planned_follow_ups.start_time')
    .orderBy('planned_follow_ups.id')
    .execute()
  return rows.map(toSlot)
}

export type NewPlannedSlot = {
  id: string
  repId: string
  customerId: string
  date: string
  start: string
  end: string
  status: string
}

export async function insertPlannedSlot(
  db: Kysely<Database>,
  slot: NewPlannedSlot,
  now: string,
): Promise<void> {
  await db
    .insertInto('planned_follow_ups')
    .values({
      id: slot.id,
      rep_id: slot.repId,
      customer_id: slot.customerId,
      on_date: slot.date,
      start_time: slot.start,
      end_time: slot.end,
      status: slot.status,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute()
}

/** Changes a slot if it is still at `version`; false when someone changed it first. */
export async function updatePlannedSlot(
  db: Kysely<Database>,
  id: string,
  version: number,
  changes: { date: string; start: string; end: string; status: string },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('planned_follow_ups')
    .set({
      on_date: changes.date,
      start_time: changes.start,
      end_time: changes.end,
      status: changes.status,
      version: version + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/**
 * Serialises the changes to one rep's calendar on PostgreSQL (a row lock on the rep until the
 * transaction ends), so two slots accepted at once cannot both pass the overlap check. SQLite runs
 * one writer at a time anyway.
 */
export async function lockRepCalendar(db: Kysely<Database>, repId: string): Promise<void> {
  if (isSqlite(db)) return
  await db.selectFrom('users').select('id').where('id', '=', repId).forUpdate().execute()
}
