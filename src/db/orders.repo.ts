import { sql, type Kysely, type SqlBool } from 'kysely'
import type { OwnerScope } from './customers.repo'
import type { Database } from './schema'

export type OrderLineRecord = {
  id: string
  product: string
  quantityMilli: number
  unitPriceMinor: number
  discountMinor: number
  amountMinor: number
}

export type OrderFields = {
  externalId: string | null
  number: string
  customerId: string
  ownerId: string
  orderDate: string
  status: string
  totalMinor: number
  note: string | null
}

export type OrderRecord = OrderFields & {
  id: string
  customerName: string
  ownerName: string
  lines: OrderLineRecord[]
  version: number
  createdAt: string
  updatedAt: string
}

/** Ledger rows an actor may see, newest first; `after` is the last row of the previous page. */
export type LedgerPage = {
  scope: OwnerScope
  customerId?: string
  ownerId?: string
  from?: string
  to?: string
  limit: number
  after?: { value: string; id: string }
}

const orderColumns = [
  'orders.id',
  'orders.external_id',
  'orders.number',
  'orders.customer_id',
  'customers.name as customer_name',
  'orders.owner_id',
  'users.name as owner_name',
  'orders.order_date',
  'orders.status',
  'orders.total_minor',
  'orders.note',
  'orders.version',
  'orders.created_at',
  'orders.updated_at',
] as const

const baseQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('orders')
    .innerJoin('customers', 'customers.id', 'orders.customer_id')
    .innerJoin('users', 'users.id', 'orders.owner_id')
    .select(orderColumns)
    .where('orders.deleted_at', 'is', null)

type OrderRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>

const toOrder = (r: OrderRow, lines: OrderLineRecord[]): OrderRecord => ({
  id: r.id,
  externalId: r.external_id,
  number: r.number,
  customerId: r.customer_id,
  customerName: r.customer_name,
  ownerId: r.owner_id,
  ownerName: r.owner_name,
  orderDate: r.order_date,
  status: r.status,
  totalMinor: Number(r.total_minor),
  note: r.note,
  lines,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export async function findOrder(db: Kysely<Database>, id: string): Promise<OrderRecord | undefined> {
  const row = await baseQuery(db).where('orders.id', '=', id).executeTakeFirst()
  if (!row) return undefined
  const lines = await db
    .selectFrom('order_lines')
    .select(['id', 'product', 'quantity_milli', 'unit_price_minor', 'discount_minor', 'amount_minor'])
    .where('order_id', '=', id)
    .orderBy('position')
    .execute()
  return toOrder(
    row,
    lines.map((l) => ({
      id: l.id,
      product: l.product,
      quantityMilli: Number(l.quantity_milli),
      unitPriceMinor: Number(l.unit_price_minor),
      discountMinor: Number(l.discount_minor),
      amountMinor: Number(l.amount_minor),
    })),
  )
}

export async function findOrderIdByNumber(db: Kysely<Database>, number: string): Promise<string | undefined> {
  const row = await db.selectFrom('orders').select('id').where('number', '=', number).executeTakeFirst()
  return row?.id
}

const toRow = (o: OrderFields) => ({
  external_id: o.externalId,
  number: o.number,
  customer_id: o.customerId,
  owner_id: o.ownerId,
  order_date: o.orderDate,
  status: o.status,
  total_minor: o.totalMinor,
  note: o.note,
})

async function writeLines(db: Kysely<Database>, orderId: string, lines: readonly OrderLineRecord[]) {
  if (lines.length === 0) return
  await db
    .insertInto('order_lines')
    .values(
      lines.map((l, position) => ({
        id: l.id,
        order_id: orderId,
        position,
        product: l.product,
        quantity_milli: l.quantityMilli,
        unit_price_minor: l.unitPriceMinor,
        discount_minor: l.discountMinor,
        amount_minor: l.amountMinor,
      })),
    )
    .execute()
}

export async function insertOrder(
  db: Kysely<Database>,
  order: OrderFields & { id: string; lines: OrderLineRecord[] },
  now: string,
): Promise<void> {
  await db
    .insertInto('orders')
    .values({ id: order.id, ...toRow(order), version: 1, created_at: now, updated_at: now })
    .execute()
  await writeLines(db, order.id, order.lines)
}

/** Rewrites an order (and its lines) if it is still at `version`. */
export async function updateOrderRow(
  db: Kysely<Database>,
  order: OrderFields & { id: string; lines: OrderLineRecord[] },
  version: number,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('orders')
    .set({ ...toRow(order), version: version + 1, updated_at: now })
    .where('id', '=', order.id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) !== 1) return false
  await db.deleteFrom('order_lines').where('order_id', '=', order.id).execute()
  await writeLines(db, order.id, order.lines)
  return true
}

/**
 * Credits an order's collections and collection plans to its new rep: a collection that pays an
 * order belongs to the order's rep (app/collections.ts), so a receivable per rep stays the rep's
 * orders less the same rep's collections. Versions move, so a form open on one of them is stale.
 */
export async function moveOrderMoney(db: Kysely<Database>, orderId: string, ownerId: string, now: string) {
  for (const table of ['collections', 'collection_plans'] as const)
    await db
      .updateTable(table)
      .set((eb) => ({ owner_id: ownerId, version: eb('version', '+', 1), updated_at: now }))
      .where('order_id', '=', orderId)
      .where('owner_id', '!=', ownerId)
      .execute()
}

/** One page of orders, newest first, keyset-paged on (order_date, id). */
export async function listOrderRows(
  db: Kysely<Database>,
  page: LedgerPage,
): Promise<{ rows: OrderRecord[]; next: { value: string; id: string } | null }> {
  let query = baseQuery(db)
    .orderBy('orders.order_date', 'desc')
    .orderBy('orders.id', 'desc')
    .limit(page.limit + 1)
  if (page.scope.kind === 'owners')
    query = page.scope.ownerIds.length
      ? query.where('orders.owner_id', 'in', page.scope.ownerIds)
      : query.where(sql<SqlBool>`1 = 0`)
  if (page.customerId) query = query.where('orders.customer_id', '=', page.customerId)
  if (page.ownerId) query = query.where('orders.owner_id', '=', page.ownerId)
  if (page.from) query = query.where('orders.order_date', '>=', page.from)
  if (page.to) query = query.where('orders.order_date', '<=', page.to)
  if (page.after)
    query = query.where(
      sql<SqlBool>`(orders.order_date, orders.id) < (${page.after.value}, ${page.after.id})`,
    )
  const rows = await query.execute()
  const shown = rows.slice(0, page.limit)
  const last = shown[shown.length - 1]
  return {
    rows: shown.map((r) => toOrder(r, [])),
    next: rows.length > page.limit && last ? { value: last.order_date, id: last.id } : null,
  }
}
