import { sql, type Kysely, type Migration } from 'kysely'

// Frozen in time: visits (DOMAIN.md "Visits: plan → check-in → review") and their parts — objectives,
// anticipated objections, FAB items, materials, improvement actions and open issues.
export function visits(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('visits')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('rep_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('ends_at', 'text', (c) => c.notNull())
        // The local date of starts_at in the organisation's time zone, like follow_ups.happened_on.
        .addColumn('starts_on', 'text', (c) => c.notNull())
        .addColumn('place', 'text')
        // planned | checked_in | reviewed | missed | cancelled
        .addColumn('status', 'text', (c) => c.notNull())
        // The ids of the customer's contacts met (JSON list): contacts are rewritten with the
        // customer, so no foreign key.
        .addColumn('contact_ids', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('why_this_time', 'text')
        .addColumn('checked_in_at', 'text')
        .addColumn('check_in_place', 'text')
        .addColumn('reviewed_at', 'text')
        .addColumn('customer_view', 'text')
        .addColumn('to_improve', 'text')
        .addColumn('follow_up_id', 'text', (c) => c.references('follow_ups.id'))
        .addColumn('cancelled_at', 'text')
        .addColumn('cancel_reason', 'text')
        .addColumn('missed_at', 'text')
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('visits_rep').on('visits').columns(['rep_id', 'starts_on', 'id']).execute()
      await db.schema
        .createIndex('visits_customer')
        .on('visits')
        .columns(['customer_id', 'starts_on', 'id'])
        .execute()
      // The missed sweep reads planned visits whose end has passed.
      await db.schema
        .createIndex('visits_planned_end')
        .on('visits')
        .columns(['ends_at'])
        .where(sql.ref('status'), '=', 'planned')
        .execute()

      await db.schema
        .createTable('visit_objectives')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        // relationship | product | sign | collect | service | other
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        // yes | partly | no, set by the review; a reason is required unless yes.
        .addColumn('result', 'text')
        .addColumn('reason', 'text')
        .execute()
      await db.schema
        .createIndex('visit_objectives_visit')
        .on('visit_objectives')
        .columns(['visit_id', 'position'])
        .execute()

      await db.schema
        .createTable('visit_objections')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('objection', 'text', (c) => c.notNull())
        .addColumn('response', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('visit_objections_visit')
        .on('visit_objections')
        .columns(['visit_id', 'position'])
        .execute()

      await db.schema
        .createTable('visit_fab_items')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('feature', 'text')
        .addColumn('advantage', 'text')
        // DOMAIN.md: the benefit is required; feature and advantage may be empty.
        .addColumn('benefit', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('visit_fab_items_visit')
        .on('visit_fab_items')
        .columns(['visit_id', 'position'])
        .execute()

      await db.schema
        .createTable('visit_materials')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('visit_materials_visit')
        .on('visit_materials')
        .columns(['visit_id', 'position'])
        .execute()

      // Improvement actions: written by a review, they belong to the visit and to the customer, and
      // are carried into the customer's next plans until done.
      await db.schema
        .createTable('visit_actions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id'))
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('rep_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('due_on', 'text', (c) => c.notNull())
        .addColumn('done_on', 'text')
        // The later visit whose review marked it done, when it was done there.
        .addColumn('done_visit_id', 'text', (c) => c.references('visits.id'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('visit_actions_customer')
        .on('visit_actions')
        .columns(['customer_id', 'due_on', 'id'])
        .execute()
      await db.schema
        .createIndex('visit_actions_visit')
        .on('visit_actions')
        .columns(['visit_id', 'position'])
        .execute()
      await db.schema
        .createIndex('visit_actions_rep')
        .on('visit_actions')
        .columns(['rep_id', 'due_on'])
        .execute()

      // Open issues raised at a visit stay open until a later visit's review resolves them.
      await db.schema
        .createTable('visit_issues')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id'))
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('resolved_visit_id', 'text', (c) => c.references('visits.id'))
        .addColumn('resolved_on', 'text')
        .addColumn('resolution', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('visit_issues_customer')
        .on('visit_issues')
        .columns(['customer_id', 'created_at', 'id'])
        .execute()
      await db.schema
        .createIndex('visit_issues_visit')
        .on('visit_issues')
        .columns(['visit_id', 'position'])
        .execute()
    },
  }
}
