import type { Kysely, Migration } from 'kysely'

// Frozen in time: the rows that refer to an order, deleted or not. Deleting an order (an import's
// refused orders, a purge from the recycle bin) makes both engines check every foreign key to it,
// and the only index on collections.order_id is partial (where deleted_at is null), which that check
// cannot use: each deleted order scanned all collections — 8,000 orders took minutes on PostgreSQL
// with 100,000 collections (issue 8). collection_plans.order_id had no index at all.
export function orderReferences(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.createIndex('collections_order_ref').on('collections').column('order_id').execute()
      await db.schema
        .createIndex('collection_plans_order_ref')
        .on('collection_plans')
        .column('order_id')
        .execute()
    },
  }
}
