import { newId } from './new-id'
import { AppError } from '../core/app-error'
import { inScope } from '../core/access/customer-access'
import { writeAudit } from '../db/audit-log.repo'
import {
  findCollection,
  insertCollection,
  ledgerNames,
  listCollectionRows,
  sumLedger,
  type CollectionRecord,
  type ReceivableGroup,
} from '../db/collections.repo'
import { findOrder } from '../db/orders.repo'
import type { Collection, CreateCollection, LedgerListQuery } from '../contracts/orders'
import { inTransaction, nowIso, type AppContext } from './context'
import { ledgerScope, moneyScope, readScope } from './customer-scope'
import { decodeCursor, encodeCursor } from './list-cursor'
import { creditedOwner, ledgerCustomer } from './orders'
import { requireActor } from './require-actor'
import { requireFreeExternalId } from './external-id'

const toDto = (c: CollectionRecord): Collection => ({
  id: c.id,
  externalId: c.externalId,
  customerId: c.customerId,
  customerName: c.customerName,
  orderId: c.orderId,
  orderNumber: c.orderNumber,
  ownerId: c.ownerId,
  ownerName: c.ownerName,
  collectedOn: c.collectedOn,
  amount: c.amountMinor,
  method: c.method as Collection['method'],
  note: c.note,
  version: c.version,
  createdAt: c.createdAt,
})

/**
 * Records a collection (回款). It is credited to the order's rep when it pays an order, else to
 * the customer's owner: commission follows the collections a rep brings in.
 */
export async function createCollection(ctx: AppContext, input: CreateCollection): Promise<Collection> {
  const actor = requireActor(ctx)
  const scope = await ledgerScope(ctx)
  if (!scope) throw new AppError('forbidden')
  return inTransaction(ctx, async (tx) => {
    const customer = await ledgerCustomer(tx, input.customerId)
    const order = input.orderId ? await findOrder(tx.db, input.orderId) : undefined
    if (input.orderId && (!order || !inScope(await readScope(tx), order.ownerId)))
      throw new AppError('validation', 'error.validation', {}, [{ path: 'orderId', key: 'field.invalid' }])
    if (order && order.customerId !== customer.id)
      throw new AppError('domain_rule', 'error.order_customer_mismatch', {}, [
        { path: 'orderId', key: 'error.order_customer_mismatch' },
      ])
    const ownerId = await creditedOwner(tx, scope, order?.ownerId, customer.ownerId)
    await requireFreeExternalId(tx, 'collections', input.externalId)
    const id = newId()
    const now = nowIso(tx)
    await insertCollection(
      tx.db,
      {
        id,
        externalId: input.externalId,
        customerId: customer.id,
        orderId: order?.id ?? null,
        ownerId,
        collectedOn: input.collectedOn,
        amountMinor: input.amount,
        method: input.method,
        note: input.note,
      },
      now,
    )
    const created = toDto((await findCollection(tx.db, id)) as CollectionRecord)
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'collection',
      entityId: id,
      action: 'create',
      before: null,
      after: created,
    })
    return created
  })
}

export async function listCollections(ctx: AppContext, query: LedgerListQuery) {
  const { rows, next } = await listCollectionRows(ctx.db, {
    scope: await moneyScope(ctx),
    customerId: query.customer,
    ownerId: query.owner,
    from: query.from,
    to: query.to,
    limit: query.limit,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
  })
  return { items: rows.map(toDto), nextCursor: next && encodeCursor(next) }
}

/**
 * Receivables (應收款) = confirmed orders − collections, per customer, order or rep, over what the
 * actor may see; largest first, with the total.
 */
export async function listReceivables(
  ctx: AppContext,
  query: { by: ReceivableGroup; asOf?: string; customer?: string; open?: 'true' | 'false' },
) {
  const all = await sumLedger(ctx.db, {
    scope: await moneyScope(ctx),
    by: query.by,
    asOf: query.asOf,
    customerId: query.customer,
  })
  const sums = query.open === 'true' ? all.filter((s) => s.ordered !== s.collected) : all
  const names = await ledgerNames(
    ctx.db,
    query.by,
    sums.map((s) => s.key),
  )
  const items = sums
    .map((s) => ({
      id: s.key,
      name: names.get(s.key) ?? '',
      ordered: s.ordered,
      collected: s.collected,
      receivable: s.ordered - s.collected,
    }))
    .sort((a, b) => b.receivable - a.receivable || a.name.localeCompare(b.name))
  const total = items.reduce(
    (t, i) => ({
      ordered: t.ordered + i.ordered,
      collected: t.collected + i.collected,
      receivable: t.receivable + i.receivable,
    }),
    { ordered: 0, collected: 0, receivable: 0 },
  )
  return { items, total }
}
