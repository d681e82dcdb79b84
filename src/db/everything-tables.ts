import type { Database } from './schema'

/**
 * A table of an export of everything (issue 9 point 5), in the order an import writes them: every
 * table after the tables it references, so each foreign key finds its row. `parentColumn` names a
 * reference to the same table (a user's manager): its rows are written parents first. `serial` is
 * a column numbered by the database (PostgreSQL's sequence is moved past the imported numbers).
 * `batch` is how many rows are read or written at a time, when a row is large (a run's ranking is
 * megabytes: 2,000 of them at once would be gigabytes).
 */
export type EverythingTable = {
  name: keyof Database
  parentColumn?: string
  serial?: string
  batch?: number
}

/** Rows read or written at a time: a few MB at most, whatever the table. */
const EVERYTHING_BATCH = 1_000

export const EVERYTHING_TABLES = [
  { name: 'users', parentColumn: 'manager_id' },
  { name: 'api_tokens' },
  { name: 'calendar_feeds' },
  { name: 'settings' },
  { name: 'import_batches' },
  { name: 'customers' },
  { name: 'customer_tags' },
  { name: 'contacts' },
  { name: 'orders' },
  { name: 'order_lines' },
  { name: 'collections' },
  { name: 'collection_plans' },
  { name: 'expenses' },
  { name: 'expense_budgets' },
  { name: 'follow_ups' },
  { name: 'classification_runs', batch: 5 },
  { name: 'classification_results' },
  { name: 'pool_events' },
  { name: 'planned_follow_ups' },
  { name: 'opportunities' },
  { name: 'opportunity_stage_changes' },
  { name: 'visits' },
  { name: 'visit_objectives' },
  { name: 'visit_objections' },
  { name: 'visit_fab_items' },
  { name: 'visit_materials' },
  { name: 'visit_actions' },
  { name: 'visit_issues' },
  { name: 'callback_audit_draws' },
  { name: 'callback_audit_reps' },
  { name: 'callback_audit_items' },
  { name: 'notifications' },
  { name: 'daily_reports' },
  { name: 'monthly_reports' },
  { name: 'monthly_report_comments' },
  { name: 'commission_plans' },
  { name: 'commission_assignments' },
  { name: 'commission_adjustments' },
  { name: 'half_month_reports' },
  { name: 'year_end_texts' },
  { name: 'audit_log', serial: 'id' },
] as const satisfies readonly EverythingTable[]

/**
 * Tables left out of the export, each with its reason. Sessions are signed-in browsers of the
 * instance that made them: short-lived (ABACUS_SESSION_DAYS), worthless elsewhere, and a copy would
 * keep alive a sign-in that its user ended by signing out here. After an import everyone signs in
 * again; API tokens and calendar feeds (long-lived, set up once in an integration) are kept.
 */
export const EXCLUDED_TABLES = {
  sessions: 'signed-in browsers: short-lived, and a copy would outlive a sign-out',
} as const satisfies Partial<Record<keyof Database, string>>

type Listed = (typeof EVERYTHING_TABLES)[number]['name'] | keyof typeof EXCLUDED_TABLES

/**
 * Does not compile while a table of `Database` is neither exported nor excluded with a reason: a
 * new table is decided on here, never forgotten (the database test checks the migrated tables).
 */
const _everyTableDecided: Record<Exclude<keyof Database, Listed>, never> = {}

/** A table's rows read or written at a time (see `batch`). */
export function batchOf(name: string): number {
  return BATCHES.get(name) ?? EVERYTHING_BATCH
}
const BATCHES = new Map<string, number>(
  (EVERYTHING_TABLES as readonly EverythingTable[]).flatMap((t) => (t.batch ? [[t.name, t.batch]] : [])),
)
