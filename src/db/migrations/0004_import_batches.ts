import type { Kysely, Migration } from 'kysely'

// Frozen in time: every import is a batch that can be undone; customers it created carry it too.
export function importBatches(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('import_batches')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('rows_total', 'integer', (c) => c.notNull())
        .addColumn('records_created', 'integer', (c) => c.notNull())
        .addColumn('undone_at', 'text')
        .execute()
      await db.schema.alterTable('customers').addColumn('import_batch_id', 'text').execute()
      await db.schema.createIndex('orders_import_batch').on('orders').column('import_batch_id').execute()
      await db.schema
        .createIndex('customers_import_batch')
        .on('customers')
        .column('import_batch_id')
        .execute()
    },
  }
}
