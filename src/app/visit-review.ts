import { AppError, type FieldIssue } from '../core/app-error'
import { inScope } from '../core/access/customer-access'
import { translate } from '../core/i18n/translate'
import { reviewIssues } from '../core/visits/review-issues'
import { mayReview, type ObjectiveResult } from '../core/visits/visit-status'
import type { ReviewVisit, VisitAction } from '../contracts/visits'
import { writeAudit } from '../db/audit-log.repo'
import {
  findAction,
  findVisit,
  insertActions,
  insertIssues,
  listActionRows,
  listIssueRows,
  loadPlanParts,
  markActionDone,
  resolveIssue,
  setObjectiveResults,
  updateVisitRow,
  type VisitRecord,
} from '../db/visits.repo'
import { versionLost } from './check-version'
import { inTransaction, nowIso, type AppContext } from './context'
import { readScope, writeScope } from './customer-scope'
import { createFollowUpIn } from './follow-ups'
import { newId } from './new-id'
import { requireActor } from './require-actor'
import { notPlanned, statusNow, writableVisit } from './visit-access'
import { today, toActionDto, visitDto } from './visit-dto'

const refuse = (
  issues: FieldIssue[],
  key: 'error.validation' | 'error.visit_review_incomplete' = 'error.validation',
) => new AppError('validation', key, {}, issues)

/**
 * Writes the review (訪後分析, DOMAIN.md "Visits") of a checked-in visit, in ONE transaction: every
 * objective's result (a reason unless yes), the customer's side, what to improve, new improvement
 * actions (each with a due date) and open issues, the carried ones resolved or done — and the
 * follow-up record, through the follow-up use case, so the customer's next follow-up moves with it.
 * Anything refused writes nothing.
 */
export async function reviewVisit(ctx: AppContext, id: string, input: ReviewVisit, expected?: number) {
  const actor = requireActor(ctx)
  return inTransaction(ctx, async (tx) => {
    const visit = await writableVisit(tx, id)
    const status = statusNow(tx, visit)
    if (!mayReview(status))
      throw status === 'planned'
        ? new AppError('domain_rule', 'error.visit_not_checked_in')
        : notPlanned(status)
    const version = expected ?? visit.version
    if (visit.version !== version) throw versionLost(version)
    const parts = await loadPlanParts(tx.db, id)
    const incomplete = reviewIssues(parts.objectives, input.objectives)
    if (incomplete.length > 0) throw refuse(incomplete, 'error.visit_review_incomplete')

    const into = { id: visit.id, startsAt: visit.startsAt }
    const carriedActions = new Set(
      (await listActionRows(tx.db, { customerId: visit.customerId, carriedInto: into, state: 'open' })).map(
        (a) => a.id,
      ),
    )
    const carriedIssues = new Set(
      (await listIssueRows(tx.db, { customerId: visit.customerId, carriedInto: into, open: true })).map(
        (i) => i.id,
      ),
    )
    const unknown: FieldIssue[] = [
      ...input.doneActions.flatMap((a, i) =>
        carriedActions.has(a) ? [] : [{ path: `doneActions.${i}`, key: 'field.invalid' as const }],
      ),
      ...input.resolveIssues.flatMap((r, i) =>
        carriedIssues.has(r.id) ? [] : [{ path: `resolveIssues.${i}.id`, key: 'field.invalid' as const }],
      ),
    ]
    if (unknown.length > 0) throw refuse(unknown)

    const at = nowIso(tx)
    const day = today(tx)
    const before = await visitDto(tx, visit)
    const results = new Map(input.objectives.map((o) => [o.id, o]))
    const scored = parts.objectives.map((o) => {
      const given = results.get(o.id)
      const result = given?.result as ObjectiveResult
      return { id: o.id, text: o.text, result, reason: result === 'yes' ? null : (given?.reason ?? null) }
    })
    await setObjectiveResults(tx.db, id, scored)
    await insertActions(
      tx.db,
      input.actions.map((a) => ({
        id: newId(),
        visitId: id,
        customerId: visit.customerId,
        repId: visit.repId,
        text: a.text,
        dueOn: a.dueOn,
      })),
      at,
    )
    await insertIssues(
      tx.db,
      input.issues.map((text) => ({ id: newId(), visitId: id, customerId: visit.customerId, text })),
      at,
    )
    for (const actionId of input.doneActions) await markActionDone(tx.db, actionId, day, id, at)
    for (const r of input.resolveIssues) await resolveIssue(tx.db, r.id, id, day, r.resolution)

    const achieved = scored.filter((o) => o.result === 'yes').length
    const mark = { yes: '✓', partly: '◐', no: '✗' } as const
    const summary =
      input.summary ??
      [
        translate(tx.lang, 'visit.follow_up_summary', { achieved, planned: scored.length }),
        ...scored.map((o) => `${mark[o.result]} ${o.text}${o.reason ? ` — ${o.reason}` : ''}`),
      ].join('\n')
    const started = Date.parse(visit.checkedInAt ?? visit.startsAt)
    const minutes = Math.round((Date.parse(visit.endsAt) - Date.parse(visit.startsAt)) / 60_000)
    const followUp = await createFollowUpIn(
      tx,
      {
        customerId: visit.customerId,
        happenedAt: new Date(started).toISOString(),
        channel: 'visit',
        durationMinutes: Math.max(0, Math.min(minutes, 24 * 60)),
        summary: summary.slice(0, 4000),
        outcome: input.customerView?.slice(0, 2000) ?? null,
        nextStep: input.nextStep ?? input.actions[0]?.text ?? null,
        nextDate: input.nextDate,
        externalId: null,
      },
      visit.repId,
    )
    if (
      !(await updateVisitRow(
        tx.db,
        id,
        version,
        {
          status: 'reviewed',
          reviewedAt: at,
          customerView: input.customerView,
          toImprove: input.toImprove,
          followUpId: followUp.id,
        },
        at,
      ))
    )
      throw versionLost(version)
    const after = await visitDto(tx, (await findVisit(tx.db, id)) as VisitRecord)
    await writeAudit(tx.db, {
      at,
      actorId: actor.id,
      entity: 'visit',
      entityId: id,
      action: 'update',
      before,
      after,
    })
    return after
  })
}

/** Marks an improvement action done (on `doneOn`, today when not given; never a day ahead). */
export async function finishAction(ctx: AppContext, id: string, doneOn?: string): Promise<VisitAction> {
  const actor = requireActor(ctx)
  return inTransaction(ctx, async (tx) => {
    const action = await findAction(tx.db, id)
    if (!action || !inScope(await readScope(tx), action.repId)) throw new AppError('not_found')
    if (!inScope(await writeScope(tx), action.repId)) throw new AppError('forbidden')
    if (action.doneOn) throw new AppError('conflict', 'error.action_done')
    const day = doneOn ?? today(tx)
    if (day > today(tx)) throw refuse([{ path: 'doneOn', key: 'field.invalid' }])
    const at = nowIso(tx)
    if (!(await markActionDone(tx.db, id, day, null, at))) throw new AppError('conflict', 'error.action_done')
    const after = toActionDto(tx, (await findAction(tx.db, id)) as NonNullable<typeof action>)
    await writeAudit(tx.db, {
      at,
      actorId: actor.id,
      entity: 'visit_action',
      entityId: id,
      action: 'update',
      before: toActionDto(tx, action),
      after,
    })
    return after
  })
}

/** Improvement actions of the reps the actor may see: open ones first due first. */
export async function listActions(
  ctx: AppContext,
  query: { rep?: string; customer?: string; state: 'open' | 'done' | 'all'; limit: number },
) {
  requireActor(ctx)
  const rows = await listActionRows(ctx.db, {
    scope: await readScope(ctx),
    repId: query.rep,
    customerId: query.customer,
    state: query.state,
    limit: query.limit,
  })
  return { items: rows.map((a) => toActionDto(ctx, a)) }
}
