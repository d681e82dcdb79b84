import { sql, type Kysely, type Migration } from 'kysely'

// Frozen in time: follow-ups, ABC runs and their results, tier overrides, the customer pool's history.
export function followUps(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('follow_ups')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('external_id', 'text', (c) => c.unique())
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('rep_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('happened_at', 'text', (c) => c.notNull())
        // The local date of happened_at in the organisation's time zone: what cadence counts.
        .addColumn('happened_on', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('duration_minutes', 'integer', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text')
        .addColumn('next_step', 'text')
        .addColumn('next_date', 'text')
        .addColumn('import_batch_id', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute()
      await db.schema
        .createIndex('follow_ups_customer')
        .on('follow_ups')
        .columns(['customer_id', 'happened_at', 'id'])
        .where(sql.ref('deleted_at'), 'is', null)
        .execute()
      await db.schema
        .createIndex('follow_ups_rep')
        .on('follow_ups')
        .columns(['rep_id', 'happened_on', 'id'])
        .where(sql.ref('deleted_at'), 'is', null)
        .execute()
      await db.schema
        .createIndex('follow_ups_import_batch')
        .on('follow_ups')
        .column('import_batch_id')
        .execute()
      // The cadence state of each customer, kept with the customer so an agenda is one indexed read:
      // the last follow-up's local date and the next date it set; a manual tier override.
      await db.schema.alterTable('customers').addColumn('last_follow_up_on', 'text').execute()
      await db.schema.alterTable('customers').addColumn('next_follow_up_on', 'text').execute()
      await db.schema.alterTable('customers').addColumn('tier_override', 'text').execute()
      await db.schema.alterTable('customers').addColumn('tier_override_reason', 'text').execute()
      await db.schema.alterTable('customers').addColumn('tier_override_until', 'text').execute()
      await db.schema
        .createTable('classification_runs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('as_of', 'text', (c) => c.notNull())
        .addColumn('period_from', 'text', (c) => c.notNull())
        .addColumn('period_to', 'text', (c) => c.notNull())
        .addColumn('metric', 'text', (c) => c.notNull())
        .addColumn('share_a', 'real', (c) => c.notNull())
        .addColumn('share_b', 'real', (c) => c.notNull())
        .addColumn('total_minor', 'bigint', (c) => c.notNull())
        .addColumn('count_a', 'integer', (c) => c.notNull())
        .addColumn('count_b', 'integer', (c) => c.notNull())
        .addColumn('count_c', 'integer', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('classification_runs_as_of')
        .on('classification_runs')
        .columns(['as_of', 'created_at'])
        .execute()
      await db.schema
        .createTable('classification_results')
        .addColumn('run_id', 'text', (c) => c.notNull().references('classification_runs.id'))
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('rank', 'integer', (c) => c.notNull())
        .addColumn('value_minor', 'bigint', (c) => c.notNull())
        .addColumn('tier', 'text', (c) => c.notNull())
        .addColumn('previous_tier', 'text')
        .addPrimaryKeyConstraint('classification_results_pk', ['run_id', 'customer_id'])
        .execute()
      await db.schema
        .createIndex('classification_results_customer')
        .on('classification_results')
        .columns(['customer_id', 'run_id'])
        .execute()
      await db.schema
        .createTable('pool_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        // claim | assign | release | return | warn
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('from_owner_id', 'text', (c) => c.references('users.id'))
        .addColumn('to_owner_id', 'text', (c) => c.references('users.id'))
        .addColumn('actor_id', 'text', (c) => c.references('users.id'))
        .addColumn('reason', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('on_date', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('pool_events_customer')
        .on('pool_events')
        .columns(['customer_id', 'at'])
        .execute()
      await db.schema.createIndex('pool_events_date').on('pool_events').columns(['on_date', 'kind']).execute()
      await db.schema
        .createIndex('customers_owner_tier')
        .on('customers')
        .columns(['owner_id', 'tier'])
        .where(sql.ref('deleted_at'), 'is', null)
        .execute()
    },
  }
}
