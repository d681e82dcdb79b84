import { sql, type Kysely, type Migration } from 'kysely'

// Frozen in time: callback audits (DOMAIN.md "Callback audits") — draws, their per-rep summary and
// their sampled items — and in-app notifications (a discrepancy is notified to the rep's manager).
export function callbackAudits(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('callback_audit_draws')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('period_from', 'text', (c) => c.notNull())
        .addColumn('period_to', 'text', (c) => c.notNull())
        // share | count
        .addColumn('rule', 'text', (c) => c.notNull())
        // The share in basis points (1 % = 100), or the count per rep.
        .addColumn('share_bp', 'integer')
        .addColumn('count_per_rep', 'integer')
        // 0 … 2^32 − 1: more than PostgreSQL's integer holds.
        .addColumn('seed', 'bigint', (c) => c.notNull())
        // Customers called on or after this day (or drawn and not called yet) were skipped.
        .addColumn('excluded_since', 'text', (c) => c.notNull())
        .addColumn('population', 'integer', (c) => c.notNull())
        .addColumn('sampled', 'integer', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('callback_audit_draws_created')
        .on('callback_audit_draws')
        .columns(['created_at', 'id'])
        .execute()

      // What the draw found of each rep: kept, since the records can change after the draw.
      await db.schema
        .createTable('callback_audit_reps')
        .addColumn('draw_id', 'text', (c) => c.notNull().references('callback_audit_draws.id'))
        .addColumn('rep_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('recorded', 'integer', (c) => c.notNull())
        .addColumn('eligible', 'integer', (c) => c.notNull())
        .addColumn('quota', 'integer', (c) => c.notNull())
        .addColumn('drawn', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('callback_audit_reps_pk', ['draw_id', 'rep_id'])
        .execute()

      await db.schema
        .createTable('callback_audit_items')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('draw_id', 'text', (c) => c.notNull().references('callback_audit_draws.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('rep_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        // follow_up | visit; record_id is a follow_ups.id or a visits.id (no single foreign key).
        .addColumn('record_kind', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('record_on', 'text', (c) => c.notNull())
        // confirmed | discrepancy | unreachable; null until called.
        .addColumn('result', 'text')
        .addColumn('satisfaction', 'integer')
        .addColumn('note', 'text')
        // The day of the call: what the 90-day exclusion of later draws counts.
        .addColumn('called_on', 'text')
        .addColumn('called_by', 'text', (c) => c.references('users.id'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        // One call per customer per draw, about one record.
        .addUniqueConstraint('callback_audit_items_customer', ['draw_id', 'customer_id'])
        .addUniqueConstraint('callback_audit_items_record', ['draw_id', 'record_id'])
        .execute()
      await db.schema
        .createIndex('callback_audit_items_draw')
        .on('callback_audit_items')
        .columns(['draw_id', 'position'])
        .execute()
      await db.schema
        .createIndex('callback_audit_items_customer_called')
        .on('callback_audit_items')
        .columns(['customer_id', 'called_on'])
        .execute()
      await db.schema
        .createIndex('callback_audit_items_rep')
        .on('callback_audit_items')
        .columns(['rep_id', 'record_on'])
        .execute()

      await db.schema
        .createTable('notifications')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        // JSON object: what the kind's sentence is filled with, in the reader's language.
        .addColumn('params', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('read_at', 'text')
        .execute()
      await db.schema
        .createIndex('notifications_user')
        .on('notifications')
        .columns(['user_id', 'created_at', 'id'])
        .execute()
      await db.schema
        .createIndex('notifications_unread')
        .on('notifications')
        .column('user_id')
        .where(sql.ref('read_at'), 'is', null)
        .execute()
    },
  }
}
