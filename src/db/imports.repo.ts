import { sql, type Kysely } from 'kysely'
import type { Database } from './schema'
import { refreshCadence } from './follow-ups.repo'

const chunks = <T>(items: readonly T[], size = 500) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

/** Live customers by external id, and by exact name (the first one, oldest first, when names repeat). */
export async function findCustomersForImport(
  db: Kysely<Database>,
  externalIds: readonly string[],
  names: readonly string[],
): Promise<{
  byExternalId: Map<string, { id: string; ownerId: string | null }>
  byName: Map<string, { id: string; ownerId: string | null }>
}> {
  const byExternalId = new Map<string, { id: string; ownerId: string | null }>()
  const byName = new Map<string, { id: string; ownerId: string | null }>()
  for (const chunk of chunks(externalIds))
    for (const r of await db
      .selectFrom('customers')
      .select(['id', 'external_id', 'owner_id'])
      .where('deleted_at', 'is', null)
      .where('external_id', 'in', chunk)
      .execute())
      byExternalId.set(r.external_id as string, { id: r.id, ownerId: r.owner_id })
  for (const chunk of chunks(names))
    for (const r of await db
      .selectFrom('customers')
      .select(['id', 'name', 'owner_id'])
      .where('deleted_at', 'is', null)
      .where('name', 'in', chunk)
      .orderBy('created_at')
      .execute())
      if (!byName.has(r.name)) byName.set(r.name, { id: r.id, ownerId: r.owner_id })
  return { byExternalId, byName }
}

export type OrderOnFile = {
  id: string
  importBatchId: string | null
  orderDate: string
  customerId: string
  ownerId: string
  totalMinor: number
  lines: number
}

/**
 * Orders on file under these numbers (or external ids), deleted or not: importing them again
 * changes nothing — unless an import is making them right now (its batch id), when later rows add
 * to them.
 */
export async function ordersOnFile(
  db: Kysely<Database>,
  numbers: readonly string[],
): Promise<Map<string, OrderOnFile>> {
  const found = new Map<string, OrderOnFile>()
  const byKey = (key: 'number' | 'external_id', chunk: readonly string[]) =>
    db
      .selectFrom('orders')
      .select((eb) => [
        'id',
        'number',
        'external_id',
        'import_batch_id',
        'order_date',
        'customer_id',
        'owner_id',
        'total_minor',
        eb
          .selectFrom('order_lines')
          .select((l) => l.fn.countAll<number>().as('n'))
          .whereRef('order_lines.order_id', '=', 'orders.id')
          .as('lines'),
      ])
      .where(key, 'in', chunk)
  for (const chunk of chunks(numbers))
    // Two searches, not `number IN … OR external_id IN …`: with one number that OR is two equalities,
    // and SQLite's planner, whose statistics count the orders without an external id (most of them)
    // as one value of a million rows, scanned every order for it — 130 ms a batch on a million
    // orders (bench/README.md, the import into the scale database).
    // An order found by its number is not looked for again by its external id (an import's orders
    // have both the same): the number wins, where another order has that number as external id.
    for (const r of await byKey('number', chunk)
      .unionAll(byKey('external_id', chunk).where('number', 'not in', chunk))
      .execute()) {
      const order = {
        id: r.id,
        importBatchId: r.import_batch_id,
        orderDate: r.order_date,
        customerId: r.customer_id,
        ownerId: r.owner_id,
        totalMinor: Number(r.total_minor),
        lines: Number(r.lines ?? 0),
      }
      found.set(r.number, order)
      if (r.external_id) found.set(r.external_id, order)
    }
  return found
}

/** Orders on file, deleted or not. */
export async function countOrders(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function insertImportBatch(
  db: Kysely<Database>,
  batch: {
    id: string
    kind: string
    fileName: string
    actorId: string
    createdAt: string
    rowsTotal: number
    recordsCreated: number
  },
): Promise<void> {
  await db
    .insertInto('import_batches')
    .values({
      id: batch.id,
      kind: batch.kind,
      file_name: batch.fileName,
      actor_id: batch.actorId,
      created_at: batch.createdAt,
      rows_total: batch.rowsTotal,
      records_created: batch.recordsCreated,
    })
    .execute()
}

/** Live orders by number (collections name the order they pay). */
export async function ordersByNumber(
  db: Kysely<Database>,
  numbers: readonly string[],
): Promise<Map<string, { id: string; customerId: string; ownerId: string }>> {
  const found = new Map<string, { id: string; customerId: string; ownerId: string }>()
  for (const chunk of chunks(numbers))
    for (const r of await db
      .selectFrom('orders')
      .select(['id', 'number', 'customer_id', 'owner_id'])
      .where('deleted_at', 'is', null)
      .where('number', 'in', chunk)
      .execute())
      found.set(r.number, { id: r.id, customerId: r.customer_id, ownerId: r.owner_id })
  return found
}

/** External ids already on file in a table, deleted or not: importing them again changes nothing. */
export async function existingExternalIds(
  db: Kysely<Database>,
  table: 'collections' | 'expenses' | 'follow_ups',
  ids: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>()
  for (const chunk of chunks(ids))
    for (const r of await db
      .selectFrom(table)
      .select('external_id')
      .where('external_id', 'in', chunk)
      .execute())
      if (r.external_id) found.add(r.external_id)
  return found
}

/** Totals of orders an import has added lines to since it made them. */
export async function setOrderTotals(
  db: Kysely<Database>,
  orders: readonly { id: string; total: number }[],
): Promise<void> {
  for (const o of orders)
    await db.updateTable('orders').set({ total_minor: o.total }).where('id', '=', o.id).execute()
}

/** Orders an import made and then refused (a bad row further on): gone, as if never written. */
export async function deleteImportedOrders(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  for (const chunk of chunks(ids)) {
    await db.deleteFrom('order_lines').where('order_id', 'in', chunk).execute()
    await db.deleteFrom('orders').where('id', 'in', chunk).execute()
  }
}

export async function findImportBatch(db: Kysely<Database>, id: string) {
  return db.selectFrom('import_batches').selectAll().where('id', '=', id).executeTakeFirst()
}

/**
 * What keeps a batch from being undone, as a single record is kept from the recycle bin
 * (app/delete-record.ts): its orders that collections or plans recorded since still pay or plan, its
 * expenses submitted or approved since (they are in the books), its follow-ups a callback audit drew.
 */
export async function undoBlockers(db: Kysely<Database>, id: string) {
  const count = async (query: { executeTakeFirstOrThrow: () => Promise<{ n: number | string | bigint }> }) =>
    Number((await query.executeTakeFirstOrThrow()).n)
  const paidOrders = await count(
    db
      .selectFrom('orders as o')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('o.import_batch_id', '=', id)
      .where('o.deleted_at', 'is', null)
      .where((eb) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('collections as c')
              .select('c.id')
              .whereRef('c.order_id', '=', 'o.id')
              .where('c.deleted_at', 'is', null)
              .where((inner) =>
                inner.or([inner('c.import_batch_id', 'is', null), inner('c.import_batch_id', '!=', id)]),
              ),
          ),
          eb.exists(
            eb
              .selectFrom('collection_plans as p')
              .select('p.id')
              .whereRef('p.order_id', '=', 'o.id')
              .where('p.deleted_at', 'is', null),
          ),
        ]),
      ),
  )
  const bookedExpenses = await count(
    db
      .selectFrom('expenses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('import_batch_id', '=', id)
      .where('deleted_at', 'is', null)
      .where('status', 'in', ['submitted', 'approved']),
  )
  const auditedFollowUps = await count(
    db
      .selectFrom('callback_audit_items as i')
      .innerJoin('follow_ups as f', 'f.id', 'i.record_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('i.record_kind', '=', 'follow_up')
      .where('f.import_batch_id', '=', id)
      .where('f.deleted_at', 'is', null),
  )
  return { paidOrders, bookedExpenses, auditedFollowUps }
}

/**
 * Undoes a batch: what it made goes to the recycle bin — its orders, collections and expenses, and
 * the customers it created that nothing else (an order, a collection) has been recorded for since.
 * Their keys are released (external ids cleared, order numbers marked with the batch) so the
 * corrected file can be imported again; the audit log keeps what they were.
 */
export async function undoImportBatch(
  db: Kysely<Database>,
  id: string,
  now: string,
): Promise<{ records: number; customers: number }> {
  const gone = { deleted_at: now, updated_at: now, external_id: null }
  const orders = await db
    .updateTable('orders')
    .set({ ...gone, number: sql<string>`number || ${`~${id.slice(-12)}`}` })
    .where('import_batch_id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  let records = Number(orders.numUpdatedRows)
  // The customers whose follow-ups go: their cadence (last follow-up, next date) is read again below.
  const followedUp = (
    await db
      .selectFrom('follow_ups')
      .select('customer_id')
      .distinct()
      .where('import_batch_id', '=', id)
      .where('deleted_at', 'is', null)
      .execute()
  ).map((r) => r.customer_id)
  for (const table of ['collections', 'expenses', 'follow_ups'] as const) {
    const result = await db
      .updateTable(table)
      .set(gone)
      .where('import_batch_id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst()
    records += Number(result.numUpdatedRows)
  }
  const customers = await db
    .updateTable('customers')
    .set(gone)
    .where('import_batch_id', '=', id)
    .where('deleted_at', 'is', null)
    .where((eb) =>
      eb.not(
        eb.or(
          (['orders', 'collections'] as const).map((table) =>
            eb.exists(
              eb
                .selectFrom(table)
                .select(`${table}.id`)
                .whereRef(`${table}.customer_id`, '=', 'customers.id')
                .where(`${table}.deleted_at`, 'is', null),
            ),
          ),
        ),
      ),
    )
    .executeTakeFirst()
  await refreshCadence(db, followedUp)
  await db.updateTable('import_batches').set({ undone_at: now }).where('id', '=', id).execute()
  return { records, customers: Number(customers.numUpdatedRows) }
}

/** Customers' external ids on file, in the recycle bin or not: the column is unique over both. */
export async function existingCustomerExternalIds(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>()
  for (const chunk of chunks(ids))
    for (const r of await db
      .selectFrom('customers')
      .select('external_id')
      .where('external_id', 'in', chunk)
      .execute())
      if (r.external_id) found.add(r.external_id)
  return found
}

/** Customers an import made and then refused (a bad row further on): gone, as if never written. */
export async function deleteImportedCustomers(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  for (const chunk of chunks(ids)) {
    await db.deleteFrom('contacts').where('customer_id', 'in', chunk).execute()
    await db.deleteFrom('customer_tags').where('customer_id', 'in', chunk).execute()
    await db.deleteFrom('customers').where('id', 'in', chunk).execute()
  }
}
