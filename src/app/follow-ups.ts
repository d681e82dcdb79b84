import { AppError } from '../core/app-error'
import { inScope } from '../core/access/customer-access'
import { OWNER_ROLES } from '../core/access/roles'
import { localDateAt } from '../core/dates/local-date'
import type { FollowUpChannel } from '../core/follow-ups/channels'
import type { CreateFollowUp, FollowUp, FollowUpListQuery } from '../contracts/follow-ups'
import { writeAudit } from '../db/audit-log.repo'
import { findCustomer, findCustomerIdByExternalId } from '../db/customers.repo'
import {
  findFollowUp,
  insertFollowUp,
  listFollowUpRows,
  refreshCadence,
  type FollowUpRecord,
} from '../db/follow-ups.repo'
import { listCollectionRows } from '../db/collections.repo'
import { listOrderRows } from '../db/orders.repo'
import { inTransaction, nowIso, type AppContext } from './context'
import { readScope, readsMoney, writeScope } from './customer-scope'
import { decodeCursor, encodeCursor } from './list-cursor'
import { newId } from './new-id'
import { requireActor } from './require-actor'
import { requireFreeExternalId } from './external-id'

const toDto = (f: FollowUpRecord): FollowUp => ({ ...f, channel: f.channel as FollowUpChannel })

const invalid = (
  path: string,
  key: 'error.follow_up_in_future' | 'error.next_date_before' | 'field.invalid',
) => new AppError('validation', 'error.validation', {}, [{ path, key }])

/**
 * Logs a follow-up (跟進記錄) of a customer the actor may change: by its rep — the actor when
 * they sell, else the customer's owner. It may not lie more than a day ahead (slack for time
 * zones), and its next date not before it. The customer's cadence state (last follow-up, next
 * date) is brought up to date in the same transaction, so the agenda answers at once.
 */
export async function createFollowUp(ctx: AppContext, input: CreateFollowUp): Promise<FollowUp> {
  return inTransaction(ctx, (tx) => createFollowUpIn(tx, input))
}

/**
 * createFollowUp inside the caller's transaction: a visit's review writes its follow-up record in
 * the same transaction as the review (DOMAIN.md "A completed review creates the follow-up record").
 * `repId`, when given, is the rep it is credited to (the visit's) instead of the usual choice.
 */
export async function createFollowUpIn(
  tx: AppContext,
  input: CreateFollowUp,
  repId?: string,
): Promise<FollowUp> {
  const ctx = tx
  const actor = requireActor(ctx)
  const scope = await writeScope(ctx)
  if (!scope) throw new AppError('forbidden')
  const now = ctx.now()
  const happened = input.happenedAt ? new Date(input.happenedAt) : now
  if (happened.getTime() > now.getTime() + 86_400_000)
    throw invalid('happenedAt', 'error.follow_up_in_future')
  const happenedOn = localDateAt(happened, ctx.config.timeZone)
  if (input.nextDate && input.nextDate < happenedOn) throw invalid('nextDate', 'error.next_date_before')
  const customer = await findCustomer(tx.db, input.customerId)
  if (!customer || !inScope(scope, customer.ownerId)) throw invalid('customerId', 'field.invalid')
  const rep = repId ?? (OWNER_ROLES.includes(actor.role) ? actor.id : (customer.ownerId ?? actor.id))
  await requireFreeExternalId(tx, 'follow_ups', input.externalId)
  const id = newId()
  const at = nowIso(tx)
  await insertFollowUp(
    tx.db,
    {
      id,
      externalId: input.externalId,
      customerId: customer.id,
      repId: rep,
      happenedAt: happened.toISOString(),
      happenedOn,
      channel: input.channel,
      durationMinutes: input.durationMinutes,
      summary: input.summary,
      outcome: input.outcome,
      nextStep: input.nextStep,
      nextDate: input.nextDate,
      importBatchId: null,
    },
    at,
  )
  await refreshCadence(tx.db, [customer.id])
  const created = toDto((await findFollowUp(tx.db, id)) as FollowUpRecord)
  await writeAudit(tx.db, {
    at,
    actorId: actor.id,
    entity: 'follow_up',
    entityId: id,
    action: 'create',
    before: null,
    after: created,
  })
  return created
}

/** Follow-ups of the customers the actor may read, newest first. */
export async function listFollowUps(ctx: AppContext, query: FollowUpListQuery) {
  requireActor(ctx)
  const { rows, next } = await listFollowUpRows(ctx.db, {
    scope: await readScope(ctx),
    customerId: query.customer,
    repId: query.rep,
    from: query.from,
    to: query.to,
    limit: query.limit,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    today: localDateAt(ctx.now(), ctx.config.timeZone),
  })
  return { items: rows.map(toDto), nextCursor: next && encodeCursor(next) }
}

type Entry = {
  kind: 'follow_up' | 'order' | 'collection'
  id: string
  date: string
  at: string
  title: string
  detail: string | null
  amount: number | null
  who: string | null
  channel: FollowUpChannel | null
}

/**
 * A customer's timeline: its follow-ups, orders and collections together, newest first (DOMAIN.md:
 * each customer's timeline). Each source is read a page at a time by its own index and merged; the
 * cursor is the date and id of the last entry shown.
 */
export async function customerTimeline(
  ctx: AppContext,
  customerId: string,
  query: { limit: number; cursor?: string },
): Promise<{ items: Entry[]; nextCursor: string | null }> {
  requireActor(ctx)
  const scope = await readScope(ctx)
  const customer = await findCustomer(ctx.db, customerId)
  if (!customer || !inScope(scope, customer.ownerId)) throw new AppError('not_found')
  const after = query.cursor ? decodeCursor(query.cursor) : undefined
  // Dates of the ledger are calendar days; follow-ups have instants: both sort by their day first.
  const before = after?.value
  const limit = query.limit + 1
  // The auditor reads follow-ups, not money: their timeline leaves the ledger out.
  const money = readsMoney(ctx)
  const none = { rows: [] }
  const [followUps, orders, collections] = await Promise.all([
    listFollowUpRows(ctx.db, { scope, customerId, limit, to: before }),
    money ? listOrderRows(ctx.db, { scope, customerId, limit, to: before }) : none,
    money ? listCollectionRows(ctx.db, { scope, customerId, limit, to: before }) : none,
  ])
  const entries: Entry[] = [
    ...followUps.rows.map((f) => ({
      kind: 'follow_up' as const,
      id: f.id,
      date: f.happenedOn,
      at: f.happenedAt,
      title: f.summary,
      detail: [f.outcome, f.nextStep].filter(Boolean).join(' · ') || null,
      amount: null,
      who: f.repName,
      channel: f.channel as FollowUpChannel,
    })),
    ...orders.rows.map((o) => ({
      kind: 'order' as const,
      id: o.id,
      date: o.orderDate,
      at: o.createdAt,
      title: o.number,
      detail: o.status === 'cancelled' ? 'cancelled' : null,
      amount: o.totalMinor,
      who: o.ownerName,
      channel: null,
    })),
    ...collections.rows.map((c) => ({
      kind: 'collection' as const,
      id: c.id,
      date: c.collectedOn,
      at: c.createdAt,
      title: c.method,
      detail: c.note,
      amount: c.amountMinor,
      who: c.ownerName,
      channel: null,
    })),
  ]
    .filter((e) => !after || e.date < after.value || (e.date === after.value && e.id < after.id))
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? 1 : -1))
  const shown = entries.slice(0, query.limit)
  const last = shown[shown.length - 1]
  return {
    items: shown,
    nextCursor: entries.length > query.limit && last ? encodeCursor({ value: last.date, id: last.id }) : null,
  }
}

/**
 * A customer named by id or by its external id (the CLI takes either). Neither answers "not found"
 * — the very answer a customer out of the caller's sight gets, so the two cannot be told apart.
 */
export async function customerIdOf(ctx: AppContext, ref: string): Promise<string> {
  if (await findCustomer(ctx.db, ref)) return ref
  const id = await findCustomerIdByExternalId(ctx.db, ref)
  if (!id) throw new AppError('not_found')
  return id
}

/** A day, for CLI and API input: today in the organisation's time zone when not given. */
export const dayOrToday = (ctx: AppContext, date?: string) =>
  date ?? localDateAt(ctx.now(), ctx.config.timeZone)
