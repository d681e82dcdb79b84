import { sql, type Kysely, type SqlBool } from 'kysely'
import type { Problem } from '../core/field-reports/problems'
import type { OwnerScope } from './customers.repo'
import { insertBulk } from './insert-bulk'
import type { Database } from './schema'

/** A monthly work report (月度工作匯報); `figures` is the JSON frozen at submission, else null. */
export type MonthlyReportRecord = {
  id: string
  repId: string
  repName: string
  month: string
  status: string
  summary: string | null
  problems: Problem[]
  nextMonthPlan: string | null
  figures: unknown
  submittedAt: string | null
  comments: number
  version: number
  createdAt: string
  updatedAt: string
}

const baseQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('monthly_reports')
    .innerJoin('users', 'users.id', 'monthly_reports.rep_id')
    .selectAll('monthly_reports')
    .select((eb) => [
      'users.name as rep_name',
      eb
        .selectFrom('monthly_report_comments')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('monthly_report_comments.report_id', '=', 'monthly_reports.id')
        .as('comment_count'),
    ])

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>

const toRecord = (r: Row): MonthlyReportRecord => ({
  id: r.id,
  repId: r.rep_id,
  repName: r.rep_name,
  month: r.month,
  status: r.status,
  summary: r.summary,
  problems: JSON.parse(r.problems) as Problem[],
  nextMonthPlan: r.next_month_plan,
  figures: r.figures === null ? null : (JSON.parse(r.figures) as unknown),
  submittedAt: r.submitted_at,
  comments: Number(r.comment_count ?? 0),
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export async function findMonthlyReport(db: Kysely<Database>, id: string) {
  const row = await baseQuery(db).where('monthly_reports.id', '=', id).executeTakeFirst()
  return row && toRecord(row)
}

export async function findMonthlyReportOf(db: Kysely<Database>, repId: string, month: string) {
  const row = await baseQuery(db)
    .where('monthly_reports.rep_id', '=', repId)
    .where('monthly_reports.month', '=', month)
    .executeTakeFirst()
  return row && toRecord(row)
}

export type MonthlyReportContent = {
  summary: string | null
  problems: readonly Problem[]
  nextMonthPlan: string | null
}

export type NewMonthlyReport = MonthlyReportContent & {
  id: string
  repId: string
  month: string
  status: string
  figures: unknown
  submittedAt: string | null
}

const newRow = (r: NewMonthlyReport, now: string) => ({
  id: r.id,
  rep_id: r.repId,
  month: r.month,
  status: r.status,
  summary: r.summary,
  problems: JSON.stringify(r.problems),
  next_month_plan: r.nextMonthPlan,
  figures: r.figures === null ? null : JSON.stringify(r.figures),
  submitted_at: r.submittedAt,
  version: 1,
  created_at: now,
  updated_at: now,
})

export async function insertMonthlyReport(db: Kysely<Database>, report: NewMonthlyReport, now: string) {
  await db.insertInto('monthly_reports').values(newRow(report, now)).execute()
}

/** Many at once (demo data). */
export async function insertMonthlyReportsBulk(
  db: Kysely<Database>,
  reports: readonly NewMonthlyReport[],
  now: string,
) {
  await insertBulk(
    db,
    'monthly_reports',
    reports.map((r) => newRow(r, now)),
  )
}

export type MonthlyReportChanges = Partial<MonthlyReportContent> & {
  status?: string
  figures?: unknown
  submittedAt?: string
}

/** Changes a report if it is still at `version`; false when someone saved in between. */
export async function updateMonthlyReportRow(
  db: Kysely<Database>,
  id: string,
  version: number,
  changes: MonthlyReportChanges,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('monthly_reports')
    .set({
      ...(changes.summary !== undefined ? { summary: changes.summary } : {}),
      ...(changes.problems !== undefined ? { problems: JSON.stringify(changes.problems) } : {}),
      ...(changes.nextMonthPlan !== undefined ? { next_month_plan: changes.nextMonthPlan } : {}),
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      ...(changes.figures !== undefined ? { figures: JSON.stringify(changes.figures) } : {}),
      ...(changes.submittedAt !== undefined ? { submitted_at: changes.submittedAt } : {}),
      version: version + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Reports of the reps in scope, latest month first, keyset-paged on (month, id). */
export async function listMonthlyReportRows(
  db: Kysely<Database>,
  page: {
    scope: OwnerScope
    repId?: string
    month?: string
    status?: string
    limit: number
    after?: { value: string; id: string }
  },
): Promise<{ rows: MonthlyReportRecord[]; next: { value: string; id: string } | null }> {
  let query = baseQuery(db)
    .orderBy('monthly_reports.month', 'desc')
    .orderBy('monthly_reports.id', 'desc')
    .limit(page.limit + 1)
  if (page.scope.kind === 'owners')
    query = page.scope.ownerIds.length
      ? query.where('monthly_reports.rep_id', 'in', page.scope.ownerIds)
      : query.where(sql<SqlBool>`1 = 0`)
  if (page.repId) query = query.where('monthly_reports.rep_id', '=', page.repId)
  if (page.month) query = query.where('monthly_reports.month', '=', page.month)
  if (page.status) query = query.where('monthly_reports.status', '=', page.status)
  if (page.after)
    query = query.where(
      sql<SqlBool>`(monthly_reports.month, monthly_reports.id) < (${page.after.value}, ${page.after.id})`,
    )
  const rows = await query.execute()
  const shown = rows.slice(0, page.limit)
  const last = shown[shown.length - 1]
  return {
    rows: shown.map(toRecord),
    next: rows.length > page.limit && last ? { value: last.month, id: last.id } : null,
  }
}

export type MonthlyReportCommentRecord = {
  id: string
  reportId: string
  authorId: string
  authorName: string
  body: string
  createdAt: string
}

export type NewComment = { id: string; reportId: string; authorId: string; body: string; createdAt: string }

const commentRow = (c: NewComment) => ({
  id: c.id,
  report_id: c.reportId,
  author_id: c.authorId,
  body: c.body,
  created_at: c.createdAt,
})

export async function insertComment(db: Kysely<Database>, comment: NewComment) {
  await db.insertInto('monthly_report_comments').values(commentRow(comment)).execute()
}

export async function insertCommentsBulk(db: Kysely<Database>, comments: readonly NewComment[]) {
  await insertBulk(db, 'monthly_report_comments', comments.map(commentRow))
}

/** A report's comments, oldest first: a conversation reads down. */
export async function listComments(
  db: Kysely<Database>,
  reportId: string,
): Promise<MonthlyReportCommentRecord[]> {
  const rows = await db
    .selectFrom('monthly_report_comments')
    .innerJoin('users', 'users.id', 'monthly_report_comments.author_id')
    .select([
      'monthly_report_comments.id',
      'monthly_report_comments.report_id',
      'monthly_report_comments.author_id',
      'users.name as author_name',
      'monthly_report_comments.body',
      'monthly_report_comments.created_at',
    ])
    .where('monthly_report_comments.report_id', '=', reportId)
    .orderBy('monthly_report_comments.created_at')
    .orderBy('monthly_report_comments.id')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    reportId: r.report_id,
    authorId: r.author_id,
    authorName: r.author_name,
    body: r.body,
    createdAt: r.created_at,
  }))
}
