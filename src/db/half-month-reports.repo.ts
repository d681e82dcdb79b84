import type { Kysely } from 'kysely'
import type { Database, HalfMonthReportTable } from './schema'

export type HalfMonthReportRecord = {
  id: string
  period: string
  from: string
  to: string
  version: number
  /** The model as stored (JSON text): app/ parses it. */
  model: string
  repCount: number
  generatedAt: string
  generatedBy: string | null
  generatedByName: string | null
}

/** A version without its model: what a list shows. */
export type HalfMonthReportSummaryRecord = Omit<HalfMonthReportRecord, 'model'>

type Row = Omit<HalfMonthReportTable, never> & { generated_by_name: string | null }

const toRecord = (r: Row): HalfMonthReportRecord => ({
  id: r.id,
  period: r.period,
  from: r.period_from,
  to: r.period_to,
  version: Number(r.version),
  model: r.model,
  repCount: Number(r.rep_count),
  generatedAt: r.generated_at,
  generatedBy: r.generated_by,
  generatedByName: r.generated_by_name,
})

/**
 * Inserts the report unless its period already has that version (the unique key on period and
 * version): `ON CONFLICT DO NOTHING`, so of servers racing to write the same version exactly one
 * row lands and the others write nothing, on SQLite and PostgreSQL alike. True when this one landed.
 */
export async function insertHalfMonthReportIfAbsent(
  db: Kysely<Database>,
  row: HalfMonthReportTable,
): Promise<boolean> {
  const result = await db
    .insertInto('half_month_reports')
    .values(row)
    .onConflict((oc) => oc.columns(['period', 'version']).doNothing())
    .executeTakeFirst()
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0
}

/** The highest version of a period's report; 0 when it has none. */
export async function latestHalfMonthVersion(db: Kysely<Database>, period: string): Promise<number> {
  const row = await db
    .selectFrom('half_month_reports')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('period', '=', period)
    .executeTakeFirst()
  return Number(row?.v ?? 0)
}

/** One version of a period's report (the latest when `version` is not given), with its maker's name. */
export async function findHalfMonthReport(
  db: Kysely<Database>,
  period: string,
  version?: number,
): Promise<HalfMonthReportRecord | undefined> {
  let query = db
    .selectFrom('half_month_reports as h')
    .leftJoin('users as u', 'u.id', 'h.generated_by')
    .selectAll('h')
    .select('u.name as generated_by_name')
    .where('h.period', '=', period)
  query =
    version === undefined
      ? query.orderBy('h.version', 'desc').limit(1)
      : query.where('h.version', '=', version)
  const row = await query.executeTakeFirst()
  return row && toRecord(row)
}

/** Every version of the given periods' reports, without their models, newest version first. */
export async function listHalfMonthVersions(
  db: Kysely<Database>,
  periods: readonly string[],
): Promise<HalfMonthReportSummaryRecord[]> {
  if (periods.length === 0) return []
  const rows = await db
    .selectFrom('half_month_reports as h')
    .leftJoin('users as u', 'u.id', 'h.generated_by')
    .select([
      'h.id',
      'h.period',
      'h.period_from',
      'h.period_to',
      'h.version',
      'h.rep_count',
      'h.generated_at',
      'h.generated_by',
      'u.name as generated_by_name',
    ])
    .where('h.period', 'in', periods)
    .orderBy('h.period', 'desc')
    .orderBy('h.version', 'desc')
    .execute()
  return rows.map((r) => {
    const { model: _model, ...rest } = toRecord({ ...r, model: '' })
    return rest
  })
}

/** The date of the first live order on record (where the list of half-months ends), if any. */
export async function earliestOrderDate(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('orders')
    .select((eb) => eb.fn.min('order_date').as('first'))
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  return (row?.first as string | null | undefined) ?? null
}
