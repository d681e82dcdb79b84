import { newId } from './new-id'
import { AppError } from '../core/app-error'
import { inScope, type Scope } from '../core/access/customer-access'
import { OWNER_ROLES, type Role } from '../core/access/roles'
import { lineAmount, orderTotal, QUANTITY_SCALE } from '../core/ledger/order-lines'
import { MONEY_LIMIT_MINOR } from '../core/money/money-limit'
import { writeAudit } from '../db/audit-log.repo'
import { findCustomer } from '../db/customers.repo'
import {
  findOrder,
  findOrderIdByNumber,
  insertOrder,
  listOrderRows,
  updateOrderRow,
  type OrderLineRecord,
  type OrderRecord,
  moveOrderMoney,
} from '../db/orders.repo'
import { findUserById } from '../db/users.repo'
import type { CreateOrder, LedgerListQuery, Order, UpdateOrder } from '../contracts/orders'
import { inTransaction, nowIso, type AppContext } from './context'
import { ledgerScope, moneyScope, readScope } from './customer-scope'
import { decodeCursor, encodeCursor } from './list-cursor'
import { checkVersion, versionLost } from './check-version'
import { requireActor } from './require-actor'
import { requireFreeExternalId } from './external-id'

export const toOrderDto = (o: OrderRecord): Order => ({
  id: o.id,
  externalId: o.externalId,
  number: o.number,
  customerId: o.customerId,
  customerName: o.customerName,
  ownerId: o.ownerId,
  ownerName: o.ownerName,
  orderDate: o.orderDate,
  status: o.status as Order['status'],
  total: o.totalMinor,
  note: o.note,
  lines: o.lines.map((l) => ({
    id: l.id,
    product: l.product,
    quantity: l.quantityMilli / QUANTITY_SCALE,
    unitPrice: l.unitPriceMinor,
    discount: l.discountMinor,
    amount: l.amountMinor,
  })),
  version: o.version,
  createdAt: o.createdAt,
  updatedAt: o.updatedAt,
})

/** Lines with their amounts; a discount larger than the line it discounts is refused. */
const toLines = (lines: NonNullable<CreateOrder['lines']>): OrderLineRecord[] => {
  const records = lines.map((l) => {
    const line = {
      quantityMilli: Math.round(l.quantity * QUANTITY_SCALE),
      unitPriceMinor: l.unitPrice,
      discountMinor: l.discount,
    }
    return { id: newId(), product: l.product, ...line, amountMinor: lineAmount(line) }
  })
  const issues = records.flatMap((r, i) =>
    r.amountMinor < 0
      ? [
          {
            path: `lines.${i}.discount`,
            key: 'field.too_big' as const,
            params: { max: r.amountMinor + r.discountMinor },
          },
        ]
      : [],
  )
  // Quantity × unit price can pass every field's bound and still make a line, or the order, larger
  // than any amount may be (core/money/money-limit.ts): refused, never stored as an inexact float.
  const tooBig = { key: 'field.too_big' as const, params: { max: MONEY_LIMIT_MINOR } }
  issues.push(
    ...records.flatMap((r, i) =>
      r.amountMinor > MONEY_LIMIT_MINOR ? [{ path: `lines.${i}`, ...tooBig }] : [],
    ),
  )
  if (issues.length === 0 && orderTotal(records) > MONEY_LIMIT_MINOR)
    issues.push({ path: 'lines', ...tooBig })
  if (issues.length) throw new AppError('validation', 'error.validation', {}, issues)
  return records
}

const invalid = (path: string, key: 'error.invalid_owner' | 'field.invalid' = 'field.invalid') =>
  new AppError('validation', 'error.validation', {}, [{ path, key }])

/** The rep an order or a collection is credited to: given, else the customer's owner, else the actor. */
export async function creditedOwner(
  ctx: AppContext,
  scope: Scope,
  requested: string | undefined,
  customerOwner: string | null,
) {
  const actor = requireActor(ctx)
  const ownerId = requested ?? customerOwner ?? (OWNER_ROLES.includes(actor.role) ? actor.id : undefined)
  // A pool customer has no owner to credit: the caller must name the rep.
  if (!ownerId)
    throw new AppError('validation', 'error.validation', {}, [{ path: 'ownerId', key: 'field.required' }])
  const owner = await findUserById(ctx.db, ownerId)
  if (!owner || owner.disabled || !OWNER_ROLES.includes(owner.role as Role) || !inScope(scope, ownerId))
    throw invalid('ownerId', 'error.invalid_owner')
  return ownerId
}

/** A customer the actor may record ledger entries for, or 404 (validation error naming the field). */
export async function ledgerCustomer(ctx: AppContext, customerId: string) {
  const customer = await findCustomer(ctx.db, customerId)
  if (!customer || !inScope(await readScope(ctx), customer.ownerId)) throw invalid('customerId')
  return customer
}

export async function createOrder(ctx: AppContext, input: CreateOrder): Promise<Order> {
  const actor = requireActor(ctx)
  const scope = await ledgerScope(ctx)
  if (!scope) throw new AppError('forbidden')
  return inTransaction(ctx, async (tx) => {
    const customer = await ledgerCustomer(tx, input.customerId)
    const ownerId = await creditedOwner(tx, scope, input.ownerId, customer.ownerId)
    if (await findOrderIdByNumber(tx.db, input.number))
      throw new AppError('conflict', 'error.duplicate_order_number', { number: input.number }, [
        { path: 'number', key: 'error.duplicate_order_number', params: { number: input.number } },
      ])
    await requireFreeExternalId(tx, 'orders', input.externalId)
    const lines = input.lines ? toLines(input.lines) : []
    const id = newId()
    const now = nowIso(tx)
    await insertOrder(
      tx.db,
      {
        id,
        externalId: input.externalId,
        number: input.number,
        customerId: customer.id,
        ownerId,
        orderDate: input.orderDate,
        status: input.status,
        totalMinor: lines.length ? orderTotal(lines) : (input.total ?? 0),
        note: input.note,
        lines,
      },
      now,
    )
    const created = (await findOrder(tx.db, id)) as OrderRecord
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'order',
      entityId: id,
      action: 'create',
      before: null,
      after: toOrderDto(created),
    })
    return toOrderDto(created)
  })
}

async function loadVisibleOrder(ctx: AppContext, id: string) {
  const order = await findOrder(ctx.db, id)
  if (!order || !inScope(await moneyScope(ctx), order.ownerId)) throw new AppError('not_found')
  return order
}

export async function getOrder(ctx: AppContext, id: string): Promise<Order> {
  return toOrderDto(await loadVisibleOrder(ctx, id))
}

/** Changes an order at `version` (If-Match): status (cancel), date, owner, note, lines or total. */
export async function updateOrder(
  ctx: AppContext,
  id: string,
  version: number,
  input: UpdateOrder,
): Promise<Order> {
  const actor = requireActor(ctx)
  return inTransaction(ctx, async (tx) => {
    const before = await loadVisibleOrder(tx, id)
    const scope = await ledgerScope(tx)
    if (!scope || !inScope(scope, before.ownerId)) throw new AppError('forbidden')
    checkVersion(before, version)
    const ownerId =
      input.ownerId && input.ownerId !== before.ownerId
        ? await creditedOwner(tx, scope, input.ownerId, null)
        : before.ownerId
    const lines = input.lines?.length ? toLines(input.lines) : input.total !== undefined ? [] : before.lines
    // Only new lines make a new total: an imported order keeps the sheet's amounts, which its lines
    // need not add up to (rows without a product, prices rounded), through an edit of its note.
    const totalMinor = input.lines?.length ? orderTotal(lines) : (input.total ?? before.totalMinor)
    const now = nowIso(tx)
    const ok = await updateOrderRow(
      tx.db,
      {
        id,
        externalId: before.externalId,
        number: before.number,
        customerId: before.customerId,
        ownerId,
        orderDate: input.orderDate ?? before.orderDate,
        status: input.status ?? before.status,
        totalMinor,
        note: input.note !== undefined ? input.note : before.note,
        lines,
      },
      version,
      now,
    )
    if (!ok) throw versionLost(version)
    if (ownerId && ownerId !== before.ownerId) await moveOrderMoney(tx.db, id, ownerId, now)
    const after = (await findOrder(tx.db, id)) as OrderRecord
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'order',
      entityId: id,
      action: 'update',
      before: toOrderDto(before),
      after: toOrderDto(after),
    })
    return toOrderDto(after)
  })
}

export async function listOrders(ctx: AppContext, query: LedgerListQuery) {
  const { rows, next } = await listOrderRows(ctx.db, {
    scope: await moneyScope(ctx),
    customerId: query.customer,
    ownerId: query.owner,
    from: query.from,
    to: query.to,
    limit: query.limit,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
  })
  const items = rows.map((o) => {
    const { lines: _lines, ...item } = toOrderDto(o)
    return item
  })
  return { items, nextCursor: next && encodeCursor(next) }
}
