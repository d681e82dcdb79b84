import { Migrator, sql, type Migration } from 'kysely'
import type { Db } from './connect'
import { init } from './migrations/0001_init'
import { ledger } from './migrations/0002_ledger'
import { expenses } from './migrations/0003_expenses'
import { importBatches } from './migrations/0004_import_batches'
import { followUps } from './migrations/0005_follow_ups'
import { schedule } from './migrations/0006_schedule'
import { calendarFeeds } from './migrations/0007_calendar_feeds'
import { classificationRank } from './migrations/0008_classification_rank'
import { visits } from './migrations/0009_visits'
import { opportunities } from './migrations/0010_opportunities'
import { fieldReports } from './migrations/0011_field_reports'
import { callbackAudits } from './migrations/0012_callback_audits'
import { commission } from './migrations/0013_commission'
import { yearEndTexts } from './migrations/0015_year_end_texts'
import { halfMonthReports } from './migrations/0016_half_month_reports'
import { coveringLedgerIndexes } from './migrations/0017_covering_ledger_indexes'
import { recycleBin } from './migrations/0018_recycle_bin'
import { customersOwner } from './migrations/0019_customers_owner'
import { orderReferences } from './migrations/0020_order_references'
import { visitsRepStart } from './migrations/0021_visits_rep_start'
import { followUpsCustomerDay } from './migrations/0022_follow_ups_customer_day'
import { expensesSubmittedBy } from './migrations/0023_expenses_submitted_by'
import { customersPeriodsIndex } from './migrations/0024_customers_periods_index'
import { classificationRanking } from './migrations/0025_classification_ranking'

/** Every migration, in order. Add new ones at the end; never edit one that has shipped. */
const migrations = (engine: Db['engine']): Record<string, Migration> => ({
  '0001_init': init(engine),
  '0002_ledger': ledger(),
  '0003_expenses': expenses(),
  '0004_import_batches': importBatches(),
  '0005_follow_ups': followUps(),
  '0006_schedule': schedule(),
  '0007_calendar_feeds': calendarFeeds(),
  '0008_classification_rank': classificationRank(),
  '0009_visits': visits(),
  '0010_opportunities': opportunities(),
  '0011_field_reports': fieldReports(),
  '0012_callback_audits': callbackAudits(),
  '0013_commission': commission(),
  '0015_year_end_texts': yearEndTexts(),
  '0016_half_month_reports': halfMonthReports(),
  '0017_covering_ledger_indexes': coveringLedgerIndexes(),
  '0018_recycle_bin': recycleBin(),
  '0019_customers_owner': customersOwner(),
  '0020_order_references': orderReferences(),
  '0021_visits_rep_start': visitsRepStart(),
  '0022_follow_ups_customer_day': followUpsCustomerDay(),
  '0023_expenses_submitted_by': expensesSubmittedBy(),
  '0024_customers_periods_index': customersPeriodsIndex(),
  '0025_classification_ranking': classificationRanking(),
})

/** Brings the schema up to date; returns how many migrations ran now. Throws if one fails. */
export async function migrateToLatest({ db, engine }: Db): Promise<number> {
  // On PostgreSQL, Kysely looks for its own tables in every schema unless told which one: with
  // another schema holding kysely_migration_lock (another suite's, another app's), it would skip
  // creating ours and then fail to read it. Our schema is the connection's current one.
  const migrationTableSchema =
    engine === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations(engine) },
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  })
  const { error, results } = await migrator.migrateToLatest()
  if (error) throw error
  return results?.filter((r) => r.status === 'Success').length ?? 0
}
