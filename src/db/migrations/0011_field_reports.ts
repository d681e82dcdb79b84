import type { Kysely, Migration } from 'kysely'

// Frozen in time: reports from the field (DOMAIN.md "Reports from the field (日報 / 月報)") — a
// rep's daily check-in, their monthly work report with its problems and the manager's comments.
export function fieldReports(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('daily_reports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('rep_id', 'text', (c) => c.notNull().references('users.id'))
        // The day reported on, the organisation's local date `YYYY-MM-DD`.
        .addColumn('report_date', 'text', (c) => c.notNull())
        .addColumn('done_text', 'text', (c) => c.notNull())
        .addColumn('plan_text', 'text')
        // JSON: what the day's follow-ups and visits were when the rep submitted, and tomorrow's
        // planned visits, slots and due customers — kept as they were then.
        .addColumn('done_items', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('plan_items', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('follow_ups', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('visits', 'integer', (c) => c.notNull().defaultTo(0))
        // The first submission: a resubmission changes the report, never when it was checked in.
        .addColumn('submitted_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      // One report per rep and day; also a rep's history, newest first.
      await db.schema
        .createIndex('daily_reports_rep_date')
        .on('daily_reports')
        .columns(['rep_id', 'report_date'])
        .unique()
        .execute()
      // The manager's "who checked in on this day".
      await db.schema
        .createIndex('daily_reports_date')
        .on('daily_reports')
        .columns(['report_date', 'rep_id'])
        .execute()

      await db.schema
        .createTable('monthly_reports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('rep_id', 'text', (c) => c.notNull().references('users.id'))
        // `YYYY-MM`
        .addColumn('month', 'text', (c) => c.notNull())
        // draft | submitted
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('summary', 'text')
        // JSON list of { problem, solution }: every problem carries its proposed solution.
        .addColumn('problems', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('next_month_plan', 'text')
        // JSON: the month's numbers frozen at submission; null while a draft shows live ones.
        .addColumn('figures', 'text')
        .addColumn('submitted_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('monthly_reports_rep_month')
        .on('monthly_reports')
        .columns(['rep_id', 'month'])
        .unique()
        .execute()
      await db.schema
        .createIndex('monthly_reports_month')
        .on('monthly_reports')
        .columns(['month', 'id'])
        .execute()

      await db.schema
        .createTable('monthly_report_comments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('report_id', 'text', (c) => c.notNull().references('monthly_reports.id'))
        .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('monthly_report_comments_report')
        .on('monthly_report_comments')
        .columns(['report_id', 'created_at', 'id'])
        .execute()
    },
  }
}
