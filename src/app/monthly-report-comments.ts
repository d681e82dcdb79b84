import { AppError } from '../core/app-error'
import { mayComment } from '../core/field-reports/may-comment'
import { writeAudit } from '../db/audit-log.repo'
import { insertComment } from '../db/monthly-reports.repo'
import { listReportingLines } from '../db/users.repo'
import { inTransaction, nowIso, type AppContext } from './context'
import { visibleMonthlyReport } from './monthly-reports'
import { newId } from './new-id'
import { requireActor } from './require-actor'

/**
 * The manager's comment on a submitted monthly work report (DOMAIN.md "Reports from the field"):
 * by a manager the rep reports to, directly or further up, or an administrator — never the rep,
 * a peer, finance or the auditor (403); a report the caller cannot see is absent (404).
 */
export async function addMonthlyReportComment(ctx: AppContext, reportId: string, body: string) {
  const actor = requireActor(ctx)
  return inTransaction(ctx, async (tx) => {
    const report = await visibleMonthlyReport(tx, reportId)
    if (!mayComment(actor, report.repId, await listReportingLines(tx.db)))
      throw new AppError('forbidden', 'error.comment_not_above')
    if (report.status !== 'submitted') throw new AppError('domain_rule', 'error.report_not_submitted')
    const comment = { id: newId(), reportId, authorId: actor.id, body, createdAt: nowIso(tx) }
    await insertComment(tx.db, comment)
    await writeAudit(tx.db, {
      at: comment.createdAt,
      actorId: actor.id,
      entity: 'monthly_report_comment',
      entityId: comment.id,
      action: 'create',
      before: null,
      after: comment,
    })
    return { id: comment.id, authorId: actor.id, authorName: actor.name, body, createdAt: comment.createdAt }
  })
}
