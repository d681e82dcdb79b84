import { sql, type Kysely, type Migration } from 'kysely'

// Frozen in time: orders with lines, collections (回款) and collection plans (回款計劃).
// Money columns are bigint cents; dates YYYY-MM-DD text; quantities bigint thousandths.
export function ledger(): Migration {
  return {
    async up(db: Kysely<any>) {
      const live = (table: string, name: string, columns: string[]) =>
        db.schema
          .createIndex(name)
          .on(table)
          .columns(columns)
          .where(sql.ref('deleted_at'), 'is', null)
          .execute()

      await db.schema
        .createTable('orders')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('external_id', 'text', (c) => c.unique())
        .addColumn('number', 'text', (c) => c.notNull().unique())
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('order_date', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('total_minor', 'bigint', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('import_batch_id', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute()
      await live('orders', 'orders_owner_date', ['owner_id', 'order_date', 'id'])
      await live('orders', 'orders_customer_date', ['customer_id', 'order_date', 'id'])
      await live('orders', 'orders_date', ['order_date', 'id'])

      await db.schema
        .createTable('order_lines')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('product', 'text', (c) => c.notNull())
        .addColumn('quantity_milli', 'bigint', (c) => c.notNull())
        .addColumn('unit_price_minor', 'bigint', (c) => c.notNull())
        .addColumn('discount_minor', 'bigint', (c) => c.notNull())
        .addColumn('amount_minor', 'bigint', (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('order_lines_order')
        .on('order_lines')
        .columns(['order_id', 'position'])
        .execute()

      await db.schema
        .createTable('collections')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('external_id', 'text', (c) => c.unique())
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('order_id', 'text', (c) => c.references('orders.id'))
        .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('collected_on', 'text', (c) => c.notNull())
        .addColumn('amount_minor', 'bigint', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('import_batch_id', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute()
      await live('collections', 'collections_owner_date', ['owner_id', 'collected_on', 'id'])
      await live('collections', 'collections_customer_date', ['customer_id', 'collected_on', 'id'])
      await live('collections', 'collections_order', ['order_id'])

      await db.schema
        .createTable('collection_plans')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('order_id', 'text', (c) => c.references('orders.id'))
        .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('due_on', 'text', (c) => c.notNull())
        .addColumn('amount_minor', 'bigint', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute()
      await live('collection_plans', 'collection_plans_owner_due', ['owner_id', 'due_on', 'id'])
      await live('collection_plans', 'collection_plans_customer_due', ['customer_id', 'due_on', 'id'])
    },
  }
}
