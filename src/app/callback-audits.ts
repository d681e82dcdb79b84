import { randomInt } from 'node:crypto'
import { AppError } from '../core/app-error'
import type { Role } from '../core/access/roles'
import { auditRatesByRep } from '../core/callback-audits/audit-rates'
import { BASIS_POINTS, type AuditResult } from '../core/callback-audits/audit-results'
import { drawSample, type DrawRule } from '../core/callback-audits/draw-sample'
import { excludedCustomers, excludedSince } from '../core/callback-audits/exclusion'
import { localDateAt } from '../core/dates/local-date'
import type { FollowUpChannel } from '../core/follow-ups/channels'
import type {
  AuditItem,
  AuditItemsQuery,
  AuditRatesQuery,
  AuditRatesReport,
  CreateDraw,
  Draw,
  DrawSummary,
  RecordResult,
} from '../contracts/callback-audits'
import { MAX_SEED } from '../contracts/callback-audits'
import { writeAudit } from '../db/audit-log.repo'
import {
  countCalledByDraw,
  findDraw,
  insertDraw,
  listAuditableRecords,
  listContactPhones,
  listDrawReps,
  listDrawRows,
  listItemRows,
  listRecentCalls,
  listVisitObjectives,
  updateItemResult,
  type DrawRecord,
  type ItemFilter,
  type ItemRecord,
} from '../db/callback-audits.repo'
import { findUserById, listUsers } from '../db/users.repo'
import { checkVersion, versionLost } from './check-version'
import { inTransaction, nowIso, type AppContext } from './context'
import { readScope } from './customer-scope'
import { newId } from './new-id'
import { notifyUsers } from './notifications'
import { periodOf } from './period'
import { requireActor } from './require-actor'

/** Who draws and calls (DOMAIN.md "Callback audits"): the auditor, and admins. */
const AUDITORS: readonly Role[] = ['auditor', 'admin']
/** Who reads results: the auditors, managers (their tree) and reps (their own); finance does not. */
export const READERS: readonly Role[] = ['auditor', 'admin', 'manager', 'rep']

/**
 * Whose items an actor reads, and whether items not yet called are among them. Reps and managers
 * see a result once it is recorded, never the sample before the calls: a rep who knew which records
 * were drawn could warn those customers.
 */
async function itemScope(ctx: AppContext): Promise<{ repIds?: string[]; calledOnly: boolean }> {
  const actor = requireActor(ctx, READERS)
  if (AUDITORS.includes(actor.role)) return { calledOnly: false }
  const scope = await readScope(ctx)
  return { repIds: scope.kind === 'all' ? undefined : scope.ownerIds, calledOnly: true }
}

const summaryOf = (d: DrawRecord, counts?: { called: number; discrepancies: number }): DrawSummary => ({
  id: d.id,
  from: d.from,
  to: d.to,
  rule: d.rule,
  sampleShare: d.shareBp === null ? null : d.shareBp / BASIS_POINTS,
  sampleCount: d.countPerRep,
  seed: d.seed,
  excludedSince: d.excludedSince,
  population: d.population,
  sampled: d.sampled,
  called: counts?.called ?? 0,
  discrepancies: counts?.discrepancies ?? 0,
  actorName: d.actorName,
  createdAt: d.createdAt,
})

/**
 * Draws a callback audit's sample for a period and stores it with its seed (DOMAIN.md "Callback
 * audits"): a share or a count of each rep's records, at least one per rep who recorded any,
 * skipping customers called in the 90 days ending on the period's last day (core/callback-audits).
 * One transaction: the population, the exclusions and the sample are read and written together.
 */
export async function createDraw(ctx: AppContext, input: CreateDraw): Promise<Draw> {
  const actor = requireActor(ctx, AUDITORS)
  const rule: DrawRule =
    input.sampleShare !== undefined
      ? { mode: 'share', shareBp: Math.round(input.sampleShare * BASIS_POINTS) }
      : { mode: 'count', count: input.sampleCount as number }
  const seed = input.seed ?? randomInt(0, MAX_SEED)
  const since = excludedSince(input.to)
  const id = await inTransaction(ctx, async (tx) => {
    const population = await listAuditableRecords(tx.db, input)
    const excluded = excludedCustomers(await listRecentCalls(tx.db, since), since)
    const outcome = drawSample({ population, excludedCustomerIds: excluded, rule, seed })
    const drawId = newId()
    const at = nowIso(tx)
    await insertDraw(
      tx.db,
      {
        id: drawId,
        from: input.from,
        to: input.to,
        rule: rule.mode,
        shareBp: rule.mode === 'share' ? rule.shareBp : null,
        countPerRep: rule.mode === 'count' ? rule.count : null,
        seed,
        excludedSince: since,
        population: population.length,
        actorId: actor.id,
        reps: outcome.reps,
        items: outcome.sample.map((r) => ({
          id: newId(),
          repId: r.repId,
          customerId: r.customerId,
          kind: r.kind,
          recordId: r.id,
          on: r.on,
        })),
      },
      at,
    )
    await writeAudit(tx.db, {
      at,
      actorId: actor.id,
      entity: 'callback_audit_draw',
      entityId: drawId,
      action: 'create',
      before: null,
      after: { from: input.from, to: input.to, rule, seed, sampled: outcome.sample.length },
    })
    return drawId
  })
  return getDraw(ctx, id)
}

/** Draws, newest first, with how many calls are made. Finance has no part in audits. */
export async function listDraws(ctx: AppContext): Promise<{ items: DrawSummary[] }> {
  requireActor(ctx, READERS)
  const draws = await listDrawRows(ctx.db, 200)
  const counts = await countCalledByDraw(
    ctx.db,
    draws.map((d) => d.id),
  )
  return { items: draws.map((d) => summaryOf(d, counts.get(d.id))) }
}

/** One draw with its line per rep; managers and reps read only their own lines. */
export async function getDraw(ctx: AppContext, id: string): Promise<Draw> {
  const { repIds } = await itemScope(ctx)
  const draw = await findDraw(ctx.db, id)
  if (!draw) throw new AppError('not_found')
  const counts = await countCalledByDraw(ctx.db, [id])
  return { ...summaryOf(draw, counts.get(id)), reps: await listDrawReps(ctx.db, id, repIds) }
}

/** Items with the customer's phones and the visit's objectives, for the auditor's call. */
async function withDetails(ctx: AppContext, rows: readonly ItemRecord[]): Promise<AuditItem[]> {
  const [contacts, objectives] = await Promise.all([
    listContactPhones(ctx.db, [...new Set(rows.map((r) => r.customerId))]),
    listVisitObjectives(
      ctx.db,
      rows.filter((r) => r.recordKind === 'visit').map((r) => r.recordId),
    ),
  ])
  return rows.map((r) => ({
    ...r,
    channel: r.channel as FollowUpChannel | null,
    result: r.result as AuditResult | null,
    contacts: contacts
      .filter((c) => c.customerId === r.customerId && c.phone)
      .map((c) => ({ name: c.name, title: c.title, phone: c.phone as string })),
    objectives: objectives
      .filter((o) => o.visitId === r.recordId)
      .map((o) => ({ kind: o.kind, text: o.text })),
  }))
}

/**
 * The auditor's work list (a draw's items, in order, with whom to call and what the rep claimed),
 * or the results a manager or rep may read: of their tree or their own, recorded ones only.
 */
export async function listAuditItems(
  ctx: AppContext,
  query: AuditItemsQuery,
): Promise<{ items: AuditItem[] }> {
  const scope = await itemScope(ctx)
  if (query.draw && !(await findDraw(ctx.db, query.draw))) throw new AppError('not_found')
  let repIds = scope.repIds
  if (query.rep) repIds = repIds ? repIds.filter((id) => id === query.rep) : [query.rep]
  const filter: ItemFilter = {
    drawId: query.draw,
    repIds,
    calledOnly: scope.calledOnly,
    from: query.from,
    to: query.to,
  }
  return { items: await withDetails(ctx, await listItemRows(ctx.db, filter)) }
}

/**
 * Records what the call found about one sampled record, or corrects it. A record that is not in
 * the draw's sample is refused (422), nothing written: only the drawn records are called, or the
 * sample would no longer be random. A correction must name the version it corrects (If-Match,
 * or --version), so two auditors cannot overwrite each other unawares; the call's day stays the
 * first call's unless given. A result that becomes a discrepancy notifies the rep's manager — or
 * the admins, for a rep without one — in the same transaction.
 */
export async function recordResult(
  ctx: AppContext,
  drawId: string,
  recordId: string,
  input: RecordResult,
  expectedVersion?: number,
): Promise<AuditItem> {
  const actor = requireActor(ctx, AUDITORS)
  const today = localDateAt(ctx.now(), ctx.config.timeZone)
  if (input.calledOn && input.calledOn > today)
    throw new AppError('validation', 'error.validation', {}, [
      { path: 'calledOn', key: 'field.called_in_future' },
    ])
  return inTransaction(ctx, async (tx) => {
    if (!(await findDraw(tx.db, drawId))) throw new AppError('not_found')
    const [item] = await listItemRows(tx.db, { drawId, recordId })
    if (!item) throw new AppError('domain_rule', 'error.audit_not_in_sample')
    if (item.result !== null && expectedVersion === undefined)
      throw new AppError('precondition_required', 'error.audit_correction_version', { version: item.version })
    if (expectedVersion !== undefined) checkVersion(item, expectedVersion)
    const calledOn = input.calledOn ?? item.calledOn ?? today
    const at = nowIso(tx)
    const changed = await updateItemResult(
      tx.db,
      item.id,
      item.version,
      {
        result: input.result,
        satisfaction: input.satisfaction,
        note: input.note,
        calledOn,
        calledBy: actor.id,
      },
      at,
    )
    if (changed === 0) throw versionLost(item.version)
    const snapshot = (i: ItemRecord) => ({
      result: i.result,
      satisfaction: i.satisfaction,
      note: i.note,
      calledOn: i.calledOn,
    })
    const [after] = await listItemRows(tx.db, { drawId, recordId })
    await writeAudit(tx.db, {
      at,
      actorId: actor.id,
      entity: 'callback_audit_item',
      entityId: item.id,
      action: 'update',
      before: snapshot(item),
      after: snapshot(after as ItemRecord),
    })
    if (input.result === 'discrepancy' && item.result !== 'discrepancy')
      await notifyUsers(tx, await discrepancyRecipients(tx, item.repId), 'callback_audit_discrepancy', {
        drawId,
        recordId,
        customerName: item.customerName,
        repName: item.repName,
        recordOn: item.recordOn,
        calledOn,
        note: input.note,
      })
    const [detailed] = await withDetails(tx, [after as ItemRecord])
    return detailed as AuditItem
  })
}

/** DOMAIN.md: "discrepancies go to the rep's manager"; a rep without an active one, to the admins. */
export async function discrepancyRecipients(ctx: AppContext, repId: string): Promise<string[]> {
  const rep = await findUserById(ctx.db, repId)
  const manager = rep?.managerId ? await findUserById(ctx.db, rep.managerId) : undefined
  if (manager && !manager.disabled) return [manager.id]
  return (await listUsers(ctx.db)).filter((u) => u.role === 'admin' && !u.disabled).map((u) => u.id)
}

/**
 * Each rep's confirmation rate and average satisfaction (DOMAIN.md "Per rep: confirmation rate"),
 * of one draw, or of the sampled records dated in a period (default this month) across draws.
 * Managers read their tree, reps themselves; a rep's figures count recorded calls only, so they
 * say nothing of what is still to be called.
 */
export async function auditRatesReport(ctx: AppContext, query: AuditRatesQuery): Promise<AuditRatesReport> {
  const scope = await itemScope(ctx)
  const actor = requireActor(ctx)
  let period: { from: string; to: string }
  let reps: { repId: string; repName: string }[]
  const filter: ItemFilter = { repIds: scope.repIds, calledOnly: actor.role === 'rep' }
  if (query.draw) {
    const draw = await findDraw(ctx.db, query.draw)
    if (!draw) throw new AppError('not_found')
    period = { from: draw.from, to: draw.to }
    filter.drawId = draw.id
    reps = await listDrawReps(ctx.db, draw.id, scope.repIds)
  } else {
    const { from, to } = periodOf(ctx, query)
    period = { from, to }
    filter.from = from
    filter.to = to
    reps = []
  }
  const items = await listItemRows(ctx.db, filter)
  const known = new Set(reps.map((r) => r.repId))
  for (const item of items)
    if (!known.has(item.repId)) {
      known.add(item.repId)
      reps.push({ repId: item.repId, repName: item.repName })
    }
  if (!query.draw) reps.sort((a, b) => a.repName.localeCompare(b.repName) || (a.repId < b.repId ? -1 : 1))
  const { byRep, total } = auditRatesByRep(
    reps.map((r) => r.repId),
    items.map((i) => ({
      repId: i.repId,
      result: i.result as AuditResult | null,
      satisfaction: i.satisfaction,
    })),
  )
  return {
    drawId: query.draw ?? null,
    ...period,
    reps: reps.map((r) => ({ ...r, ...(byRep.get(r.repId) as ReturnType<typeof byRep.get> & object) })),
    total,
  }
}
