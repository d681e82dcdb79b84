import { sql, type Kysely, type Migration } from 'kysely'

// Frozen in time: a rep's planned follow-ups (DOMAIN.md "Follow-up cadence", Scheduling).
export function schedule(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('planned_follow_ups')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('rep_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        // The organisation's local date and wall-clock times `HH:MM` (no time zone).
        .addColumn('on_date', 'text', (c) => c.notNull())
        .addColumn('start_time', 'text', (c) => c.notNull())
        .addColumn('end_time', 'text', (c) => c.notNull())
        // proposed | accepted | done | dropped
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      // A rep's week: one range read per proposal and per overlap check.
      await db.schema
        .createIndex('planned_follow_ups_rep_date')
        .on('planned_follow_ups')
        .columns(['rep_id', 'on_date', 'start_time'])
        .execute()
      await db.schema
        .createIndex('planned_follow_ups_customer')
        .on('planned_follow_ups')
        .columns(['customer_id', 'on_date'])
        .where(sql.ref('status'), '!=', 'dropped')
        .execute()
    },
  }
}
