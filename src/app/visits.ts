import { AppError } from '../core/app-error'
import { inScope } from '../core/access/customer-access'
import { OWNER_ROLES, type Role } from '../core/access/roles'
import { localDateAt } from '../core/dates/local-date'
import { zonedInstant } from '../core/dates/zoned-instant'
import { mayCancel, mayCheckIn, mayEditPlan } from '../core/visits/visit-status'
import type { CheckIn, PlanVisit, UpdateVisit, Visit, VisitListQuery } from '../contracts/visits'
import { writeAudit } from '../db/audit-log.repo'
import { findCustomer, type CustomerRecord } from '../db/customers.repo'
import { findUserById } from '../db/users.repo'
import {
  findVisit,
  insertVisit,
  listActionRows,
  listIssueRows,
  listVisitRows,
  replacePlanParts,
  updateVisitRow,
  type VisitChanges,
  type VisitRecord,
} from '../db/visits.repo'
import { versionLost } from './check-version'
import { inTransaction, nowIso, type AppContext } from './context'
import { readScope, writeScope } from './customer-scope'
import { decodeCursor, encodeCursor } from './list-cursor'
import { newId } from './new-id'
import { requireActor } from './require-actor'
import { notPlanned, readableVisit, statusNow, writableVisit } from './visit-access'
import { toActionDto, toListItem, visitDto } from './visit-dto'

const invalid = (
  path: string,
  key: 'field.invalid' | 'field.not_past' | 'error.invalid_owner' = 'field.invalid',
) => new AppError('validation', 'error.validation', {}, [{ path, key }])

/** The plan's time on the organisation's clock as instants; the plan's lists with new ids. */
function planOf(ctx: AppContext, input: UpdateVisit, customer: CustomerRecord) {
  const tz = ctx.config.timeZone
  const startsAt = zonedInstant(input.date, input.startTime, tz)
  const endsAt = zonedInstant(input.date, input.endTime, tz)
  // A plan is for a visit still to come: one already over would be missed at once.
  if (endsAt.getTime() <= ctx.now().getTime()) throw invalid('date', 'field.not_past')
  const known = new Set(customer.contacts.map((c) => c.id))
  input.contactIds.forEach((id, i) => {
    if (!known.has(id)) throw invalid(`contactIds.${i}`)
  })
  return {
    fields: {
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      startsOn: localDateAt(startsAt, tz),
      place: input.place,
      contactIds: [...new Set(input.contactIds)],
      whyThisTime: input.whyThisTime,
    },
    parts: {
      objectives: input.objectives.map((o) => ({ id: newId(), kind: o.kind, text: o.text })),
      objections: input.objections.map((o) => ({
        id: newId(),
        objection: o.objection,
        response: o.response,
      })),
      materials: input.materials.map((text) => ({ id: newId(), text })),
      fabItems: input.fabItems.map((f) => ({
        id: newId(),
        feature: f.feature,
        advantage: f.advantage,
        benefit: f.benefit,
      })),
    },
  }
}

/**
 * Plans a visit (拜訪前, DOMAIN.md "Visits") to a customer the actor may change, for its rep: the
 * actor when they sell, else the customer's owner, unless another rep of the actor's team is named.
 * Unfinished improvement actions and open issues of earlier visits are carried in on read.
 */
export async function planVisit(ctx: AppContext, input: PlanVisit): Promise<Visit> {
  const actor = requireActor(ctx)
  const scope = await writeScope(ctx)
  if (!scope) throw new AppError('forbidden')
  return inTransaction(ctx, async (tx) => {
    const customer = await findCustomer(tx.db, input.customerId)
    if (!customer || !inScope(scope, customer.ownerId)) throw invalid('customerId')
    const repId = input.repId ?? (OWNER_ROLES.includes(actor.role) ? actor.id : customer.ownerId)
    const rep = repId ? await findUserById(tx.db, repId) : undefined
    if (!rep || rep.disabled || !OWNER_ROLES.includes(rep.role as Role) || !inScope(scope, rep.id))
      throw invalid('repId', 'error.invalid_owner')
    const { fields, parts } = planOf(tx, input, customer)
    const id = newId()
    const at = nowIso(tx)
    await insertVisit(
      tx.db,
      { id, customerId: customer.id, repId: rep.id, createdBy: actor.id, ...fields },
      at,
    )
    await replacePlanParts(tx.db, id, parts)
    const created = await visitDto(tx, (await findVisit(tx.db, id)) as VisitRecord)
    await writeAudit(tx.db, {
      at,
      actorId: actor.id,
      entity: 'visit',
      entityId: id,
      action: 'create',
      before: null,
      after: created,
    })
    return created
  })
}

/** Runs a guarded change of a visit with its audit row; 412 if someone saved in between. */
async function changeVisit(
  tx: AppContext,
  visit: VisitRecord,
  expected: number | undefined,
  changes: VisitChanges,
  more?: () => Promise<void>,
): Promise<Visit> {
  const actor = requireActor(tx)
  const version = expected ?? visit.version
  const before = await visitDto(tx, visit)
  const at = nowIso(tx)
  if (!(await updateVisitRow(tx.db, visit.id, version, changes, at))) throw versionLost(version)
  await more?.()
  const after = await visitDto(tx, (await findVisit(tx.db, visit.id)) as VisitRecord)
  await writeAudit(tx.db, {
    at,
    actorId: actor.id,
    entity: 'visit',
    entityId: visit.id,
    action: 'update',
    before,
    after,
  })
  return after
}

/** Changes a plan (only while planned); its lists are replaced whole. */
export async function updateVisit(ctx: AppContext, id: string, input: UpdateVisit, expected?: number) {
  return inTransaction(ctx, async (tx) => {
    const visit = await writableVisit(tx, id)
    const status = statusNow(tx, visit)
    if (!mayEditPlan(status)) throw notPlanned(status)
    const customer = (await findCustomer(tx.db, visit.customerId)) as CustomerRecord
    const { fields, parts } = planOf(tx, input, customer)
    return changeVisit(tx, visit, expected, fields, () => replacePlanParts(tx.db, id, parts))
  })
}

/** Cancels a plan (only while planned): it stays on file, out of the metrics. */
export async function cancelVisit(ctx: AppContext, id: string, reason: string | null, expected?: number) {
  return inTransaction(ctx, async (tx) => {
    const visit = await writableVisit(tx, id)
    const status = statusNow(tx, visit)
    if (!mayCancel(status)) throw notPlanned(status)
    return changeVisit(tx, visit, expected, {
      status: 'cancelled',
      cancelledAt: nowIso(tx),
      cancelReason: reason,
    })
  })
}

/**
 * Checks in (拜訪中): the actual start time, now when not given, and the place when given. Only a
 * plan can be checked in — a cancelled, missed or reviewed one is refused with its reason.
 */
export async function checkInVisit(ctx: AppContext, id: string, input: CheckIn, expected?: number) {
  return inTransaction(ctx, async (tx) => {
    const visit = await writableVisit(tx, id)
    const status = statusNow(tx, visit)
    if (!mayCheckIn(status)) throw notPlanned(status)
    const at = input.at ? new Date(input.at) : tx.now()
    // A minute of slack for a phone's clock running ahead of the server's.
    if (at.getTime() > tx.now().getTime() + 60_000)
      throw new AppError('validation', 'error.validation', {}, [
        { path: 'at', key: 'error.visit_check_in_future' },
      ])
    return changeVisit(tx, visit, expected, {
      status: 'checked_in',
      checkedInAt: at.toISOString(),
      checkInPlace: input.place,
    })
  })
}

export async function getVisit(ctx: AppContext, id: string): Promise<Visit> {
  return visitDto(ctx, await readableVisit(ctx, id))
}

/** Visits of the reps the actor may see; statuses as of now (a plan past its end reads missed). */
export async function listVisits(ctx: AppContext, query: VisitListQuery) {
  requireActor(ctx)
  const { rows, next } = await listVisitRows(ctx.db, {
    scope: await readScope(ctx),
    now: nowIso(ctx),
    repId: query.rep,
    customerId: query.customer,
    status: query.status,
    when: query.when,
    from: query.from,
    to: query.to,
    limit: query.limit,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
  })
  return { items: rows.map((r) => toListItem(ctx, r)), nextCursor: next && encodeCursor(next) }
}

/**
 * What a new plan to a customer carries in (DOMAIN.md: unfinished improvement actions and unresolved
 * issues are pulled in automatically): shown on the plan form before the plan is saved.
 */
export async function carriedFor(ctx: AppContext, customerId: string) {
  requireActor(ctx)
  const customer = await findCustomer(ctx.db, customerId)
  if (!customer || !inScope(await readScope(ctx), customer.ownerId)) throw new AppError('not_found')
  const [actions, issues] = await Promise.all([
    listActionRows(ctx.db, { customerId, state: 'open' }),
    listIssueRows(ctx.db, { customerId, open: true }),
  ])
  return {
    actions: actions.map((a) => toActionDto(ctx, a)),
    issues: issues.map((i) => ({
      id: i.id,
      visitId: i.visitId,
      raisedOn: i.raisedOn,
      text: i.text,
      resolvedVisitId: i.resolvedVisitId,
      resolvedOn: i.resolvedOn,
      resolution: i.resolution,
    })),
  }
}
