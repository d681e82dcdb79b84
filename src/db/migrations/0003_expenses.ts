import { sql, type Kysely, type Migration } from 'kysely'

// Frozen in time: expenses (費用) with their approval trail, and budgets (費用承包).
export function expenses(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('expenses')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('external_id', 'text', (c) => c.unique())
        .addColumn('rep_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
        .addColumn('expense_date', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('amount_minor', 'bigint', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('submitted_at', 'text')
        .addColumn('manager_approved_by', 'text', (c) => c.references('users.id'))
        .addColumn('decided_by', 'text', (c) => c.references('users.id'))
        .addColumn('decided_at', 'text')
        .addColumn('reject_reason', 'text')
        .addColumn('import_batch_id', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute()
      await db.schema
        .createIndex('expenses_rep_date')
        .on('expenses')
        .columns(['rep_id', 'expense_date', 'id'])
        .where(sql.ref('deleted_at'), 'is', null)
        .execute()
      await db.schema.createIndex('expenses_status').on('expenses').columns(['status', 'rep_id']).execute()

      await db.schema
        .createTable('expense_budgets')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('rep_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('period_from', 'text', (c) => c.notNull())
        .addColumn('period_to', 'text', (c) => c.notNull())
        .addColumn('amount_minor', 'bigint')
        .addColumn('share_bp', 'integer')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute()
      await db.schema
        .createIndex('expense_budgets_rep')
        .on('expense_budgets')
        .columns(['rep_id', 'period_from'])
        .execute()
    },
  }
}
