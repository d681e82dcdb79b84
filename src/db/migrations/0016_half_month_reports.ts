import type { Kysely, Migration } from 'kysely'

// Frozen in time: the half-monthly data reports (半月數據報表, DOMAIN.md "Reports"), kept in the
// system. A report is the model the workbook is drawn from — every rep's figures of the period as
// they were when it was generated, language-free — so the download is that report, in the
// reader's language. Regenerating adds a version; none is ever replaced.
export function halfMonthReports(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('half_month_reports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        // `YYYY-MM-1` (1st–15th) or `YYYY-MM-2` (16th–end), and its closed date range.
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('period_from', 'text', (c) => c.notNull())
        .addColumn('period_to', 'text', (c) => c.notNull())
        // 1 for the first report of a period, whoever made it; each regeneration the next.
        .addColumn('version', 'integer', (c) => c.notNull())
        // JSON: { organisation, rows: [{ repId, repName, orders, sales, … }], total } in cents.
        .addColumn('model', 'text', (c) => c.notNull())
        .addColumn('rep_count', 'integer', (c) => c.notNull())
        .addColumn('generated_at', 'text', (c) => c.notNull())
        // null: the server's daily timer made it when the half-month closed.
        .addColumn('generated_by', 'text', (c) => c.references('users.id'))
        .execute()
      // The key that makes "one report per period" hold with several servers: each inserts
      // version 1 if absent (ON CONFLICT DO NOTHING) and exactly one row lands. Also the lookup.
      await db.schema
        .createIndex('half_month_reports_period_version')
        .on('half_month_reports')
        .columns(['period', 'version'])
        .unique()
        .execute()
    },
  }
}
