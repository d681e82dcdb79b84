import { sql, type Kysely, type Migration } from 'kysely'

// Frozen in time: what people write on a year-end deck's qualitative slides (issue 7 point 3) —
// positive and negative factors, the main problems and next year's plan — kept per year, deck
// scope and author, and offered again next time; and two covering indexes for the year's reads.
export function yearEndTexts(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('year_end_texts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('year', 'integer', (c) => c.notNull())
        // `company`, `team:<user id>` or `rep:<user id>`: ids, so a changed email keeps the texts.
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('positive', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('negative', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('problems', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('plan', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      // One text per year, scope and author; also how the deck finds the author's.
      await db.schema
        .createIndex('year_end_texts_key')
        .on('year_end_texts')
        .columns(['year', 'scope', 'author_id'])
        .unique()
        .execute()
      // A year's sales per customer (the gain/loss, the comparison, the ledger by month) read from
      // the index alone: orders_customer_date holds neither the amount nor the status, so each of
      // a year's orders was a row lookup — on a million orders the deck's reads took seconds more
      // (bench/year-end-bench.ts). deleted_at is a column too: SQLite counts an index as covering
      // only when it holds every column the query names, the partial index's own included.
      await db.schema
        .createIndex('orders_customer_sales')
        .on('orders')
        .columns(['customer_id', 'order_date', 'status', 'total_minor', 'deleted_at'])
        .where(sql.ref('deleted_at'), 'is', null)
        .execute()
      // The same for collections (the comparison and the ledger by month).
      await db.schema
        .createIndex('collections_customer_amount')
        .on('collections')
        .columns(['customer_id', 'collected_on', 'amount_minor', 'owner_id', 'deleted_at'])
        .where(sql.ref('deleted_at'), 'is', null)
        .execute()
    },
  }
}
