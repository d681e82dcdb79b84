import { sql, type Kysely, type Migration } from 'kysely'

// Frozen in time: the recycle bin for orders, collections, collection plans, expenses and
// follow-ups — who deleted each (customers have had deleted_by since 0001) — and an index per
// table on the deleted rows only, by (deleted_at, id): the bin's order and its keyset.
export function recycleBin(): Migration {
  return {
    async up(db: Kysely<any>) {
      for (const table of ['orders', 'collections', 'collection_plans', 'expenses', 'follow_ups'])
        await db.schema.alterTable(table).addColumn('deleted_by', 'text').execute()
      for (const table of [
        'customers',
        'orders',
        'collections',
        'collection_plans',
        'expenses',
        'follow_ups',
      ])
        await db.schema
          .createIndex(`${table}_bin`)
          .on(table)
          .columns(['deleted_at', 'id'])
          .where(sql.ref('deleted_at'), 'is not', null)
          .execute()
    },
  }
}
