import { sql, type Kysely, type SqlBool } from 'kysely'
import type { OwnerScope } from './customers.repo'
import { insertBulk } from './insert-bulk'
import type { Database } from './schema'

/** A daily check-in (日報) with its rep's name; the item lists are the JSON kept at submission. */
export type DailyReportRecord = {
  id: string
  repId: string
  repName: string
  date: string
  doneText: string
  planText: string | null
  doneItems: unknown
  planItems: unknown
  followUps: number
  visits: number
  submittedAt: string
  version: number
  createdAt: string
  updatedAt: string
}

const baseQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('daily_reports')
    .innerJoin('users', 'users.id', 'daily_reports.rep_id')
    .selectAll('daily_reports')
    .select('users.name as rep_name')

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>

const toRecord = (r: Row): DailyReportRecord => ({
  id: r.id,
  repId: r.rep_id,
  repName: r.rep_name,
  date: r.report_date,
  doneText: r.done_text,
  planText: r.plan_text,
  doneItems: JSON.parse(r.done_items) as unknown,
  planItems: JSON.parse(r.plan_items) as unknown,
  followUps: Number(r.follow_ups),
  visits: Number(r.visits),
  submittedAt: r.submitted_at,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export async function findDailyReport(db: Kysely<Database>, id: string) {
  const row = await baseQuery(db).where('daily_reports.id', '=', id).executeTakeFirst()
  return row && toRecord(row)
}

export async function findDailyReportOf(db: Kysely<Database>, repId: string, date: string) {
  const row = await baseQuery(db)
    .where('daily_reports.rep_id', '=', repId)
    .where('daily_reports.report_date', '=', date)
    .executeTakeFirst()
  return row && toRecord(row)
}

export type DailyReportContent = {
  doneText: string
  planText: string | null
  doneItems: unknown
  planItems: unknown
  followUps: number
  visits: number
}

const contentRow = (c: DailyReportContent) => ({
  done_text: c.doneText,
  plan_text: c.planText,
  done_items: JSON.stringify(c.doneItems),
  plan_items: JSON.stringify(c.planItems),
  follow_ups: c.followUps,
  visits: c.visits,
})

export type NewDailyReport = DailyReportContent & {
  id: string
  repId: string
  date: string
  submittedAt: string
}

const newRow = (r: NewDailyReport, now: string) => ({
  id: r.id,
  rep_id: r.repId,
  report_date: r.date,
  ...contentRow(r),
  submitted_at: r.submittedAt,
  version: 1,
  created_at: now,
  updated_at: now,
})

export async function insertDailyReport(db: Kysely<Database>, report: NewDailyReport, now: string) {
  await db.insertInto('daily_reports').values(newRow(report, now)).execute()
}

/** Many at once (demo data). */
export async function insertDailyReportsBulk(
  db: Kysely<Database>,
  reports: readonly NewDailyReport[],
  now: string,
) {
  await insertBulk(
    db,
    'daily_reports',
    reports.map((r) => newRow(r, now)),
  )
}

/** Rewrites a report if it is still at `version`; false when someone saved in between. */
export async function updateDailyReportRow(
  db: Kysely<Database>,
  id: string,
  version: number,
  content: DailyReportContent,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('daily_reports')
    .set({ ...contentRow(content), version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Reports of the reps in scope, newest day first, keyset-paged on (report_date, id). */
export async function listDailyReportRows(
  db: Kysely<Database>,
  page: {
    scope: OwnerScope
    repId?: string
    from?: string
    to?: string
    limit: number
    after?: { value: string; id: string }
  },
): Promise<{ rows: DailyReportRecord[]; next: { value: string; id: string } | null }> {
  let query = baseQuery(db)
    .orderBy('daily_reports.report_date', 'desc')
    .orderBy('daily_reports.id', 'desc')
    .limit(page.limit + 1)
  if (page.scope.kind === 'owners')
    query = page.scope.ownerIds.length
      ? query.where('daily_reports.rep_id', 'in', page.scope.ownerIds)
      : query.where(sql<SqlBool>`1 = 0`)
  if (page.repId) query = query.where('daily_reports.rep_id', '=', page.repId)
  if (page.from) query = query.where('daily_reports.report_date', '>=', page.from)
  if (page.to) query = query.where('daily_reports.report_date', '<=', page.to)
  if (page.after)
    query = query.where(
      sql<SqlBool>`(daily_reports.report_date, daily_reports.id) < (${page.after.value}, ${page.after.id})`,
    )
  const rows = await query.execute()
  const shown = rows.slice(0, page.limit)
  const last = shown[shown.length - 1]
  return {
    rows: shown.map(toRecord),
    next: rows.length > page.limit && last ? { value: last.report_date, id: last.id } : null,
  }
}

/** Who checked in on a day, among these reps: their reports of that day. */
export async function dailyReportsOn(db: Kysely<Database>, repIds: readonly string[], date: string) {
  if (repIds.length === 0) return []
  const rows = await baseQuery(db)
    .where('daily_reports.report_date', '=', date)
    .where('daily_reports.rep_id', 'in', repIds)
    .execute()
  return rows.map(toRecord)
}
