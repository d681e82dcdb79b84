import { sql, type Kysely, type Migration } from 'kysely'

// Frozen in time: opportunities (商機) through the three hurdles, and every stage change they made.
export function opportunities(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('opportunities')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('amount_minor', 'bigint', (c) => c.notNull())
        .addColumn('expected_on', 'text', (c) => c.notNull())
        .addColumn('stage', 'text', (c) => c.notNull())
        // The furthest hurdle ever reached: a deal may slip back, the analysis still counts it.
        .addColumn('highest_stage', 'text', (c) => c.notNull())
        .addColumn('lost_at_stage', 'text')
        .addColumn('lost_reason', 'text')
        .addColumn('lost_note', 'text')
        .addColumn('closed_on', 'text')
        .addColumn('note', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute()
      // The board: an owner's (or a team's) opportunities at a stage, by expected date.
      await db.schema
        .createIndex('opportunities_owner_stage')
        .on('opportunities')
        .columns(['owner_id', 'stage', 'expected_on', 'id'])
        .where(sql.ref('deleted_at'), 'is', null)
        .execute()
      // The win/loss analysis: what closed in a period.
      await db.schema
        .createIndex('opportunities_closed')
        .on('opportunities')
        .columns(['closed_on', 'owner_id'])
        .where(sql.ref('closed_on'), 'is not', null)
        .execute()
      await db.schema
        .createIndex('opportunities_customer')
        .on('opportunities')
        .columns(['customer_id', 'expected_on'])
        .execute()

      await db.schema
        .createTable('opportunity_stage_changes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('opportunity_id', 'text', (c) => c.notNull().references('opportunities.id'))
        // Null for the stage an opportunity was created at.
        .addColumn('from_stage', 'text')
        .addColumn('to_stage', 'text', (c) => c.notNull())
        .addColumn('lost_reason', 'text')
        .addColumn('changed_at', 'text', (c) => c.notNull())
        // The organisation's local date of the change (or the close date given for won/lost).
        .addColumn('changed_on', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.references('users.id'))
        .execute()
      await db.schema
        .createIndex('opportunity_stage_changes_opportunity')
        .on('opportunity_stage_changes')
        .columns(['opportunity_id', 'changed_at'])
        .execute()
    },
  }
}
