import { newId } from './new-id'
import { AppError } from '../core/app-error'
import { inScope } from '../core/access/customer-access'
import { localDateAt } from '../core/dates/local-date'
import { planStatuses } from '../core/ledger/plan-status'
import { writeAudit } from '../db/audit-log.repo'
import {
  collectedByCustomer,
  insertCollectionPlan,
  listCollectionPlanRows,
} from '../db/collection-plans.repo'
import { findOrder } from '../db/orders.repo'
import type { CollectionPlan, CreateCollectionPlan } from '../contracts/orders'
import { inTransaction, nowIso, type AppContext } from './context'
import { ledgerScope, moneyScope } from './customer-scope'
import { creditedOwner, ledgerCustomer } from './orders'
import { requireActor } from './require-actor'

/** Plans a collection (回款計劃): who should pay how much by when; the customer's rep follows it up. */
export async function createCollectionPlan(
  ctx: AppContext,
  input: CreateCollectionPlan,
): Promise<CollectionPlan> {
  const actor = requireActor(ctx)
  const scope = await ledgerScope(ctx)
  if (!scope) throw new AppError('forbidden')
  const id = await inTransaction(ctx, async (tx) => {
    const customer = await ledgerCustomer(tx, input.customerId)
    const order = input.orderId ? await findOrder(tx.db, input.orderId) : undefined
    // A cancelled order is no receivable: nothing to plan to collect for it.
    if (input.orderId && (!order || order.customerId !== customer.id || order.status !== 'confirmed'))
      throw new AppError('validation', 'error.validation', {}, [{ path: 'orderId', key: 'field.invalid' }])
    const ownerId = await creditedOwner(tx, scope, order?.ownerId, customer.ownerId)
    const planId = newId()
    const now = nowIso(tx)
    const plan = {
      id: planId,
      customerId: customer.id,
      orderId: order?.id ?? null,
      ownerId,
      dueOn: input.dueOn,
      amountMinor: input.amount,
      note: input.note,
    }
    await insertCollectionPlan(tx.db, plan, now)
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'collection_plan',
      entityId: planId,
      action: 'create',
      before: null,
      after: plan,
    })
    return planId
  })
  const created = (await listCollectionPlans(ctx, { customer: input.customerId })).find((p) => p.id === id)
  if (!created) throw new AppError('not_found')
  return created
}

/**
 * Plans with what is still outstanding on each, in the org's time zone today; `overdue` keeps
 * only the plans past due and not covered by the customer's collections.
 */
export async function listCollectionPlans(
  ctx: AppContext,
  query: { customer?: string; owner?: string; overdue?: 'true' | 'false'; open?: 'true' | 'false' },
): Promise<CollectionPlan[]> {
  const today = localDateAt(ctx.now(), ctx.config.timeZone)
  const scope = await moneyScope(ctx)
  // Plans of a customer are covered first-due first-paid, so a plan's status depends on the
  // customer's earlier plans: read every plan of the customers concerned, filter afterwards.
  const plans = await listCollectionPlanRows(ctx.db, {
    scope,
    customerId: query.customer,
    dueBefore: query.overdue === 'true' ? today : undefined,
  })
  const collected = await collectedByCustomer(ctx.db, [...new Set(plans.map((p) => p.customerId))])
  const byCustomer = new Map<string, typeof plans>()
  for (const p of plans) byCustomer.set(p.customerId, [...(byCustomer.get(p.customerId) ?? []), p])
  const status = new Map(
    [...byCustomer].flatMap(([customerId, list]) =>
      planStatuses(list, collected.get(customerId) ?? 0, today).map((s) => [s.id, s] as const),
    ),
  )
  return plans
    .map((p) => {
      const s = status.get(p.id)
      return {
        id: p.id,
        customerId: p.customerId,
        customerName: p.customerName,
        orderId: p.orderId,
        ownerId: p.ownerId,
        ownerName: p.ownerName,
        dueOn: p.dueOn,
        amount: p.amountMinor,
        outstanding: s?.outstandingMinor ?? 0,
        overdue: s?.overdue ?? false,
        note: p.note,
        version: p.version,
      }
    })
    .filter(
      (p) =>
        (!query.owner || p.ownerId === query.owner) &&
        (query.overdue !== 'true' || p.overdue) &&
        (query.open !== 'true' || p.outstanding > 0) &&
        inScope(scope, p.ownerId),
    )
}

/** Overdue plans counted per rep, with the amount outstanding: the supervisor's collection list. */
export async function overdueByRep(ctx: AppContext) {
  const overdue = await listCollectionPlans(ctx, { overdue: 'true' })
  const reps = new Map<string, { ownerId: string; ownerName: string; count: number; outstanding: number }>()
  for (const p of overdue) {
    const rep = reps.get(p.ownerId) ?? {
      ownerId: p.ownerId,
      ownerName: p.ownerName,
      count: 0,
      outstanding: 0,
    }
    rep.count += 1
    rep.outstanding += p.outstanding
    reps.set(p.ownerId, rep)
  }
  return { items: [...reps.values()].sort((a, b) => b.outstanding - a.outstanding) }
}
