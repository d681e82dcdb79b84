import { AppError } from '../core/app-error'
import { inScope } from '../core/access/customer-access'
import { addDays, localDateAt } from '../core/dates/local-date'
import { isReportableDay } from '../core/field-reports/daily-report-day'
import type {
  DailyReport,
  DailyReportForm,
  DailyReportListQuery,
  DoneGroupDto,
  PlanItemDto,
  SubmitDailyReport,
} from '../contracts/daily-reports'
import { writeAudit } from '../db/audit-log.repo'
import {
  findDailyReport,
  findDailyReportOf,
  insertDailyReport,
  listDailyReportRows,
  updateDailyReportRow,
  type DailyReportRecord,
} from '../db/daily-reports.repo'
import { inTransaction, nowIso, type AppContext } from './context'
import { readScope } from './customer-scope'
import { dayPrefill } from './daily-prefill'
import { repOrSelf, requireReporter, visibleReporter } from './field-report-access'
import { dayOrToday } from './follow-ups'
import { decodeCursor, encodeCursor } from './list-cursor'
import { newId } from './new-id'
import { requireActor } from './require-actor'
import { versionLost } from './check-version'

export const toDailyReportDto = (r: DailyReportRecord): DailyReport => ({
  id: r.id,
  repId: r.repId,
  repName: r.repName,
  date: r.date,
  done: r.doneText,
  plan: r.planText,
  doneGroups: r.doneItems as DoneGroupDto[],
  planItems: r.planItems as PlanItemDto[],
  followUps: r.followUps,
  visits: r.visits,
  submittedAt: r.submittedAt,
  updatedAt: r.updatedAt,
  version: r.version,
})

const today = (ctx: AppContext) => localDateAt(ctx.now(), ctx.config.timeZone)

/**
 * A rep's day for the daily check-in (日報, DOMAIN.md "Reports from the field"): their report when
 * they have checked in, and what the day's follow-ups and visits and tomorrow's plan say now — the
 * prefill of the form, and what a manager sees of a rep who has not checked in. The caller's own by
 * default; a manager, admin, finance or the auditor may ask for a rep they can see.
 */
export async function dailyReportForm(
  ctx: AppContext,
  query: { date?: string; rep?: string },
): Promise<DailyReportForm> {
  const actor = requireActor(ctx)
  const rep = await visibleReporter(ctx, repOrSelf(ctx, query.rep))
  const date = dayOrToday(ctx, query.date)
  const [report, prefill] = await Promise.all([
    findDailyReportOf(ctx.db, rep.id, date),
    dayPrefill(ctx, rep.id, date),
  ])
  return {
    date,
    tomorrow: addDays(date, 1),
    repId: rep.id,
    repName: rep.name,
    mine: rep.id === actor.id && isReportableDay(date, today(ctx)),
    report: report ? toDailyReportDto(report) : null,
    prefill,
  }
}

/**
 * Checks in for a day: what was done and tomorrow's plan, in the rep's words, with the day's
 * follow-ups and visits and tomorrow's plan kept as they are now. Once per rep and day: submitting
 * again rewrites the report and keeps when it was first submitted. Up to tomorrow, never later.
 */
export async function submitDailyReport(
  ctx: AppContext,
  input: SubmitDailyReport,
): Promise<{ report: DailyReport; created: boolean }> {
  const actor = requireReporter(ctx)
  if (!isReportableDay(input.date, today(ctx)))
    throw new AppError('validation', 'error.validation', {}, [
      { path: 'date', key: 'field.report_day_ahead' },
    ])
  return inTransaction(ctx, async (tx) => {
    const prefill = await dayPrefill(tx, actor.id, input.date)
    const content = {
      doneText: input.done,
      planText: input.plan,
      doneItems: prefill.doneGroups,
      planItems: prefill.planItems,
      followUps: prefill.followUps,
      visits: prefill.visits,
    }
    const at = nowIso(tx)
    const before = await findDailyReportOf(tx.db, actor.id, input.date)
    if (before && !(await updateDailyReportRow(tx.db, before.id, before.version, content, at)))
      throw versionLost(before.version)
    const id = before?.id ?? newId()
    if (!before)
      await insertDailyReport(
        tx.db,
        { id, repId: actor.id, date: input.date, submittedAt: at, ...content },
        at,
      )
    const after = toDailyReportDto((await findDailyReport(tx.db, id)) as DailyReportRecord)
    await writeAudit(tx.db, {
      at,
      actorId: actor.id,
      entity: 'daily_report',
      entityId: id,
      action: before ? 'update' : 'create',
      before: before ? toDailyReportDto(before) : null,
      after,
    })
    return { report: after, created: !before }
  })
}

/** Daily reports the caller may read (a rep their own history), newest day first. */
export async function listDailyReports(ctx: AppContext, query: DailyReportListQuery) {
  requireActor(ctx)
  const { rows, next } = await listDailyReportRows(ctx.db, {
    scope: await readScope(ctx),
    repId: query.rep,
    from: query.from,
    to: query.to,
    limit: query.limit,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
  })
  return { items: rows.map(toDailyReportDto), nextCursor: next && encodeCursor(next) }
}

export async function getDailyReport(ctx: AppContext, id: string): Promise<DailyReport> {
  requireActor(ctx)
  const report = await findDailyReport(ctx.db, id)
  if (!report || !inScope(await readScope(ctx), report.repId)) throw new AppError('not_found')
  return toDailyReportDto(report)
}
