import { sql, type Kysely, type Migration } from 'kysely'

// Frozen in time: commission (提成) plans, their assignment to reps for periods, and adjustments.
export function commission(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('commission_plans')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('mode', 'text', (c) => c.notNull())
        // JSON list of {from, to|null, rateBp}: integers only (cents, basis points).
        .addColumn('brackets', 'text', (c) => c.notNull())
        .addColumn('new_customer_bonus_minor', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('bonus_min_order_minor', 'bigint')
        .addColumn('note', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute()

      await db.schema
        .createTable('commission_assignments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('rep_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('plan_id', 'text', (c) => c.notNull().references('commission_plans.id'))
        .addColumn('period_from', 'text', (c) => c.notNull())
        .addColumn('period_to', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute()
      await db.schema
        .createIndex('commission_assignments_rep')
        .on('commission_assignments')
        .columns(['rep_id', 'period_from'])
        .where(sql.ref('deleted_at'), 'is', null)
        .execute()
      await db.schema
        .createIndex('commission_assignments_plan')
        .on('commission_assignments')
        .columns(['plan_id'])
        .where(sql.ref('deleted_at'), 'is', null)
        .execute()

      await db.schema
        .createTable('commission_adjustments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('rep_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('period_from', 'text', (c) => c.notNull())
        .addColumn('period_to', 'text', (c) => c.notNull())
        .addColumn('amount_minor', 'bigint', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute()
      await db.schema
        .createIndex('commission_adjustments_rep')
        .on('commission_adjustments')
        .columns(['rep_id', 'period_to'])
        .where(sql.ref('deleted_at'), 'is', null)
        .execute()
    },
  }
}
