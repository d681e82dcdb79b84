import type { Kysely } from 'kysely'
import type { Database } from './schema'

/** The ledger and activity tables whose rows may carry an id from another system (unique). */
export type ExternalIdTable = 'orders' | 'collections' | 'expenses' | 'follow_ups'

/** The row that already carries this external id, deleted ones included (the column is unique). */
export async function findIdByExternalId(
  db: Kysely<Database>,
  table: ExternalIdTable,
  externalId: string,
): Promise<string | undefined> {
  const row = await db.selectFrom(table).select('id').where('external_id', '=', externalId).executeTakeFirst()
  return row?.id
}
