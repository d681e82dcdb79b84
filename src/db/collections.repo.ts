import { sql, type Kysely, type SqlBool } from 'kysely'
import type { OwnerScope } from './customers.repo'
import type { LedgerPage } from './orders.repo'
import type { Database } from './schema'

export type CollectionFields = {
  externalId: string | null
  customerId: string
  orderId: string | null
  ownerId: string
  collectedOn: string
  amountMinor: number
  method: string
  note: string | null
}

export type CollectionRecord = CollectionFields & {
  id: string
  customerName: string
  orderNumber: string | null
  ownerName: string
  version: number
  createdAt: string
}

const baseQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('collections')
    .innerJoin('customers', 'customers.id', 'collections.customer_id')
    .innerJoin('users', 'users.id', 'collections.owner_id')
    .leftJoin('orders', 'orders.id', 'collections.order_id')
    .select([
      'collections.id',
      'collections.external_id',
      'collections.customer_id',
      'customers.name as customer_name',
      'collections.order_id',
      'orders.number as order_number',
      'collections.owner_id',
      'users.name as owner_name',
      'collections.collected_on',
      'collections.amount_minor',
      'collections.method',
      'collections.note',
      'collections.version',
      'collections.created_at',
    ])
    .where('collections.deleted_at', 'is', null)

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>

const toCollection = (r: Row): CollectionRecord => ({
  id: r.id,
  externalId: r.external_id,
  customerId: r.customer_id,
  customerName: r.customer_name,
  orderId: r.order_id,
  orderNumber: r.order_number,
  ownerId: r.owner_id,
  ownerName: r.owner_name,
  collectedOn: r.collected_on,
  amountMinor: Number(r.amount_minor),
  method: r.method,
  note: r.note,
  version: r.version,
  createdAt: r.created_at,
})

export async function findCollection(
  db: Kysely<Database>,
  id: string,
): Promise<CollectionRecord | undefined> {
  const row = await baseQuery(db).where('collections.id', '=', id).executeTakeFirst()
  return row && toCollection(row)
}

export async function insertCollection(
  db: Kysely<Database>,
  c: CollectionFields & { id: string },
  now: string,
): Promise<void> {
  await db
    .insertInto('collections')
    .values({
      id: c.id,
      external_id: c.externalId,
      customer_id: c.customerId,
      order_id: c.orderId,
      owner_id: c.ownerId,
      collected_on: c.collectedOn,
      amount_minor: c.amountMinor,
      method: c.method,
      note: c.note,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute()
}

export async function listCollectionRows(
  db: Kysely<Database>,
  page: LedgerPage,
): Promise<{ rows: CollectionRecord[]; next: { value: string; id: string } | null }> {
  let query = baseQuery(db)
    .orderBy('collections.collected_on', 'desc')
    .orderBy('collections.id', 'desc')
    .limit(page.limit + 1)
  if (page.scope.kind === 'owners')
    query = page.scope.ownerIds.length
      ? query.where('collections.owner_id', 'in', page.scope.ownerIds)
      : query.where(sql<SqlBool>`1 = 0`)
  if (page.customerId) query = query.where('collections.customer_id', '=', page.customerId)
  if (page.ownerId) query = query.where('collections.owner_id', '=', page.ownerId)
  if (page.from) query = query.where('collections.collected_on', '>=', page.from)
  if (page.to) query = query.where('collections.collected_on', '<=', page.to)
  if (page.after)
    query = query.where(
      sql<SqlBool>`(collections.collected_on, collections.id) < (${page.after.value}, ${page.after.id})`,
    )
  const rows = await query.execute()
  const shown = rows.slice(0, page.limit)
  const last = shown[shown.length - 1]
  return {
    rows: shown.map(toCollection),
    next: rows.length > page.limit && last ? { value: last.collected_on, id: last.id } : null,
  }
}

export type ReceivableGroup = 'customer' | 'order' | 'rep'

/**
 * Confirmed order amounts and collections up to `asOf`, summed in SQL per customer, per order or
 * per rep (the owner of the record), for the owners in scope. Receivable = ordered − collected is
 * left to the caller.
 */
export async function sumLedger(
  db: Kysely<Database>,
  options: { scope: OwnerScope; by: ReceivableGroup; asOf?: string; customerId?: string },
): Promise<{ key: string; ordered: number; collected: number }[]> {
  const { scope, by, asOf, customerId } = options
  const orderKey = by === 'customer' ? 'orders.customer_id' : by === 'order' ? 'orders.id' : 'orders.owner_id'
  const collectionKey =
    by === 'customer'
      ? 'collections.customer_id'
      : by === 'order'
        ? 'collections.order_id'
        : 'collections.owner_id'
  let ordered = db
    .selectFrom('orders')
    .select([
      sql<string>`${sql.ref(orderKey)}`.as('key'),
      (eb) => eb.fn.sum<number>('orders.total_minor').as('amount'),
    ])
    .where('orders.deleted_at', 'is', null)
    .where('orders.status', '=', 'confirmed')
    .groupBy(orderKey)
  let collected = db
    .selectFrom('collections')
    .select([
      sql<string>`${sql.ref(collectionKey)}`.as('key'),
      (eb) => eb.fn.sum<number>('collections.amount_minor').as('amount'),
    ])
    .where('collections.deleted_at', 'is', null)
    .where(sql.ref(collectionKey), 'is not', null)
    .groupBy(collectionKey)
  if (scope.kind === 'owners') {
    if (scope.ownerIds.length === 0) return []
    ordered = ordered.where('orders.owner_id', 'in', scope.ownerIds)
    collected = collected.where('collections.owner_id', 'in', scope.ownerIds)
  }
  if (customerId) {
    ordered = ordered.where('orders.customer_id', '=', customerId)
    collected = collected.where('collections.customer_id', '=', customerId)
  }
  if (asOf) {
    ordered = ordered.where('orders.order_date', '<=', asOf)
    collected = collected.where('collections.collected_on', '<=', asOf)
  }
  const totals = new Map<string, { key: string; ordered: number; collected: number }>()
  const entry = (key: string) =>
    totals.get(key) ?? totals.set(key, { key, ordered: 0, collected: 0 }).get(key)!
  for (const r of await ordered.execute()) entry(r.key).ordered += Number(r.amount)
  for (const r of await collected.execute()) entry(r.key).collected += Number(r.amount)
  return [...totals.values()]
}

/** Display names for receivable rows: customers, order numbers or reps. */
export async function ledgerNames(
  db: Kysely<Database>,
  by: ReceivableGroup,
  keys: string[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  // In chunks: SQLite binds at most 32,766 parameters per statement.
  for (let i = 0; i < keys.length; i += 1000) {
    const chunk = keys.slice(i, i + 1000)
    const rows =
      by === 'customer'
        ? await db.selectFrom('customers').select(['id', 'name']).where('id', 'in', chunk).execute()
        : by === 'order'
          ? await db.selectFrom('orders').select(['id', 'number as name']).where('id', 'in', chunk).execute()
          : await db.selectFrom('users').select(['id', 'name']).where('id', 'in', chunk).execute()
    for (const r of rows) names.set(r.id, r.name)
  }
  return names
}
