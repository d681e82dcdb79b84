import { AppError } from '../core/app-error'
import { inScope } from '../core/access/customer-access'
import type { FieldIssue } from '../core/app-error'
import { mayComment } from '../core/field-reports/may-comment'
import { unsolvedProblems, type Problem } from '../core/field-reports/problems'
import type {
  CreateMonthlyReport,
  MonthFigures,
  MonthlyReport,
  MonthlyReportListQuery,
  UpdateMonthlyReport,
} from '../contracts/monthly-reports'
import { writeAudit } from '../db/audit-log.repo'
import {
  findMonthlyReport,
  findMonthlyReportOf,
  insertMonthlyReport,
  listComments,
  listMonthlyReportRows,
  updateMonthlyReportRow,
  type MonthlyReportChanges,
  type MonthlyReportRecord,
} from '../db/monthly-reports.repo'
import { listReportingLines } from '../db/users.repo'
import { checkVersion, versionLost } from './check-version'
import { inTransaction, nowIso, type AppContext } from './context'
import { moneyScope } from './customer-scope'
import { requireReporter } from './field-report-access'
import { decodeCursor, encodeCursor } from './list-cursor'
import { monthFigures, startedMonth } from './month-figures'
import { newId } from './new-id'
import { requireActor } from './require-actor'

/** DOMAIN.md: a problem without a proposed solution is rejected — each one named, nothing written. */
export function refuseUnsolved(problems: readonly Problem[]): void {
  const unsolved = unsolvedProblems(problems)
  if (unsolved.length === 0) return
  const issues: FieldIssue[] = unsolved.map((i) => ({
    path: `problems.${i}.solution`,
    key: 'field.solution_required',
  }))
  throw new AppError('validation', 'error.problems_without_solution', {}, issues)
}

/**
 * The report as the caller reads it: the numbers frozen at submission, or for a draft the numbers
 * as they are now; its comments; and what the caller may do with it.
 */
async function toDto(ctx: AppContext, r: MonthlyReportRecord): Promise<MonthlyReport> {
  const actor = requireActor(ctx)
  const frozen = r.status === 'submitted' && r.figures !== null
  const [figures, comments, lines] = await Promise.all([
    frozen ? (r.figures as MonthFigures) : monthFigures(ctx, r.repId, r.month),
    listComments(ctx.db, r.id),
    listReportingLines(ctx.db),
  ])
  return {
    id: r.id,
    repId: r.repId,
    repName: r.repName,
    month: r.month,
    status: r.status as MonthlyReport['status'],
    summary: r.summary,
    problems: r.problems.map((p) => ({ problem: p.problem, solution: p.solution ?? '' })),
    nextMonthPlan: r.nextMonthPlan,
    figures,
    figuresFrozen: frozen,
    submittedAt: r.submittedAt,
    comments: comments.map((c) => ({
      id: c.id,
      authorId: c.authorId,
      authorName: c.authorName,
      body: c.body,
      createdAt: c.createdAt,
    })),
    mayEdit: r.status === 'draft' && r.repId === actor.id,
    mayComment: r.status === 'submitted' && mayComment(actor, r.repId, lines),
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }
}

/** A report the caller may read; anyone else's is absent (404). */
export async function visibleMonthlyReport(ctx: AppContext, id: string): Promise<MonthlyReportRecord> {
  requireActor(ctx)
  const report = await findMonthlyReport(ctx.db, id)
  if (!report || !inScope(await moneyScope(ctx), report.repId)) throw new AppError('not_found')
  return report
}

const snapshot = (r: MonthlyReportRecord) => {
  const { comments: _comments, ...rest } = r
  return rest
}

/**
 * Starts the caller's monthly work report (月度工作匯報) for a month that has begun, as a draft: the
 * rep's summary, problems each with its proposed solution, and next month's plan. One per month.
 */
export async function createMonthlyReport(
  ctx: AppContext,
  input: CreateMonthlyReport,
): Promise<MonthlyReport> {
  const actor = requireReporter(ctx)
  const month = startedMonth(ctx, input.month)
  refuseUnsolved(input.problems)
  return inTransaction(ctx, async (tx) => {
    if (await findMonthlyReportOf(tx.db, actor.id, month))
      throw new AppError('conflict', 'error.monthly_report_exists', { month })
    const id = newId()
    const at = nowIso(tx)
    await insertMonthlyReport(
      tx.db,
      {
        id,
        repId: actor.id,
        month,
        status: 'draft',
        summary: input.summary,
        problems: input.problems,
        nextMonthPlan: input.nextMonthPlan,
        figures: null,
        submittedAt: null,
      },
      at,
    )
    const created = (await findMonthlyReport(tx.db, id)) as MonthlyReportRecord
    await writeAudit(tx.db, {
      at,
      actorId: actor.id,
      entity: 'monthly_report',
      entityId: id,
      action: 'create',
      before: null,
      after: snapshot(created),
    })
    return toDto(tx, created)
  })
}

/** A draft of the caller's own, at the version they read. */
async function ownDraft(tx: AppContext, id: string, version: number) {
  const actor = requireActor(tx)
  const before = await visibleMonthlyReport(tx, id)
  if (before.repId !== actor.id) throw new AppError('forbidden', 'error.own_report_only')
  checkVersion(before, version)
  if (before.status !== 'draft') throw new AppError('domain_rule', 'error.not_draft')
  return before
}

async function change(tx: AppContext, before: MonthlyReportRecord, changes: MonthlyReportChanges) {
  const at = nowIso(tx)
  if (!(await updateMonthlyReportRow(tx.db, before.id, before.version, changes, at)))
    throw versionLost(before.version)
  const after = (await findMonthlyReport(tx.db, before.id)) as MonthlyReportRecord
  await writeAudit(tx.db, {
    at,
    actorId: tx.actor?.id ?? null,
    entity: 'monthly_report',
    entityId: before.id,
    action: 'update',
    before: snapshot(before),
    after: snapshot(after),
  })
  return toDto(tx, after)
}

/** Changes the caller's draft; what is left out stays. */
export async function updateMonthlyReport(
  ctx: AppContext,
  id: string,
  version: number,
  input: UpdateMonthlyReport,
): Promise<MonthlyReport> {
  requireReporter(ctx)
  if (input.problems) refuseUnsolved(input.problems)
  return inTransaction(ctx, async (tx) => change(tx, await ownDraft(tx, id, version), input))
}

/**
 * Submits the caller's draft. The month's numbers are frozen into it now, so that later changes to
 * orders, collections or follow-ups do not rewrite what was reported (a draft shows them live).
 */
export async function submitMonthlyReport(
  ctx: AppContext,
  id: string,
  version: number,
): Promise<MonthlyReport> {
  requireReporter(ctx)
  return inTransaction(ctx, async (tx) => {
    const before = await ownDraft(tx, id, version)
    refuseUnsolved(before.problems)
    return change(tx, before, {
      status: 'submitted',
      figures: await monthFigures(tx, before.repId, before.month),
      submittedAt: nowIso(tx),
    })
  })
}

export async function getMonthlyReport(ctx: AppContext, id: string): Promise<MonthlyReport> {
  return toDto(ctx, await visibleMonthlyReport(ctx, id))
}

/** The report of a rep for a month, when there is one the caller may read. */
export async function findMonthlyReportFor(ctx: AppContext, repId: string, month: string) {
  requireActor(ctx)
  if (!inScope(await moneyScope(ctx), repId)) return null
  const report = await findMonthlyReportOf(ctx.db, repId, month)
  return report ? toDto(ctx, report) : null
}

/** Monthly reports the caller may read, latest month first. */
export async function listMonthlyReports(ctx: AppContext, query: MonthlyReportListQuery) {
  requireActor(ctx)
  const { rows, next } = await listMonthlyReportRows(ctx.db, {
    scope: await moneyScope(ctx),
    repId: query.rep,
    month: query.month,
    status: query.status,
    limit: query.limit,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
  })
  return {
    items: rows.map((r) => ({
      id: r.id,
      repId: r.repId,
      repName: r.repName,
      month: r.month,
      status: r.status as MonthlyReport['status'],
      problems: r.problems.length,
      comments: r.comments,
      submittedAt: r.submittedAt,
      updatedAt: r.updatedAt,
    })),
    nextCursor: next && encodeCursor(next),
  }
}
