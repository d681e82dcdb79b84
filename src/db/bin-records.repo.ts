import { sql, type Kysely } from 'kysely'
import type { BinKind } from '../core/recycle-bin/bin-kinds'
import type { Database } from './schema'

export const BIN_TABLES = {
  customer: 'customers',
  order: 'orders',
  collection: 'collections',
  collection_plan: 'collection_plans',
  expense: 'expenses',
  follow_up: 'follow_ups',
} as const satisfies Record<BinKind, keyof Database>

/** A record of any bin kind, deleted or not, with what deciding a delete or a restore needs. */
export type BinRecord = {
  kind: BinKind
  id: string
  /** Whose it is for the scopes: the owner (customer, ledger), the rep (expense), the customer's owner (follow-up). */
  ownerId: string | null
  customerId: string | null
  orderId: string | null
  /** An expense's status: only a draft or a rejected expense is deleted. */
  status: string | null
  deletedAt: string | null
  version: number
}

type Raw = {
  id: string
  owner_id: string | null
  customer_id: string | null
  order_id: string | null
  status: string | null
  deleted_at: string | null
  version: number
}

function rawRecord(db: Kysely<Database>, kind: BinKind, id: string): Promise<Raw | undefined> {
  const none = sql<null>`null`
  switch (kind) {
    case 'customer':
      return db
        .selectFrom('customers')
        .select([
          'id',
          'owner_id',
          'id as customer_id',
          none.as('order_id'),
          none.as('status'),
          'deleted_at',
          'version',
        ])
        .where('id', '=', id)
        .executeTakeFirst()
    case 'order':
      return db
        .selectFrom('orders')
        .select(['id', 'owner_id', 'customer_id', none.as('order_id'), 'status', 'deleted_at', 'version'])
        .where('id', '=', id)
        .executeTakeFirst()
    case 'collection':
      return db
        .selectFrom('collections')
        .select(['id', 'owner_id', 'customer_id', 'order_id', none.as('status'), 'deleted_at', 'version'])
        .where('id', '=', id)
        .executeTakeFirst()
    case 'collection_plan':
      return db
        .selectFrom('collection_plans')
        .select(['id', 'owner_id', 'customer_id', 'order_id', none.as('status'), 'deleted_at', 'version'])
        .where('id', '=', id)
        .executeTakeFirst()
    case 'expense':
      return db
        .selectFrom('expenses')
        .select([
          'id',
          'rep_id as owner_id',
          'customer_id',
          none.as('order_id'),
          'status',
          'deleted_at',
          'version',
        ])
        .where('id', '=', id)
        .executeTakeFirst()
    case 'follow_up':
      return db
        .selectFrom('follow_ups')
        .innerJoin('customers', 'customers.id', 'follow_ups.customer_id')
        .select([
          'follow_ups.id',
          'customers.owner_id',
          'follow_ups.customer_id',
          none.as('order_id'),
          none.as('status'),
          'follow_ups.deleted_at',
          'follow_ups.version',
        ])
        .where('follow_ups.id', '=', id)
        .executeTakeFirst()
  }
}

export async function findBinRecord(
  db: Kysely<Database>,
  kind: BinKind,
  id: string,
): Promise<BinRecord | undefined> {
  const r = await rawRecord(db, kind, id)
  return (
    r && {
      kind,
      id: r.id,
      ownerId: r.owner_id,
      customerId: r.customer_id,
      orderId: r.order_id,
      status: r.status,
      deletedAt: r.deleted_at,
      version: Number(r.version),
    }
  )
}

/**
 * Moves a record into the bin (`at` an instant) or out of it (`at` null) if it is still at `version`
 * and in the other state; false when someone changed it first.
 */
export async function setBinState(
  db: Kysely<Database>,
  kind: BinKind,
  id: string,
  version: number,
  deleted: { at: string | null; by: string | null },
  now: string,
): Promise<boolean> {
  const table = BIN_TABLES[kind]
  const result = await db
    .updateTable(table)
    .set({ deleted_at: deleted.at, deleted_by: deleted.by, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deleted_at', deleted.at === null ? 'is not' : 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Live collections and plans of an order: an order is not deleted from under them. */
export async function liveChildrenOfOrder(db: Kysely<Database>, orderId: string): Promise<number> {
  const count = async (table: 'collections' | 'collection_plans') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('order_id', '=', orderId)
          .where('deleted_at', 'is', null)
          .executeTakeFirstOrThrow()
      ).n,
    )
  return (await count('collections')) + (await count('collection_plans'))
}

/** What holds on to a follow-up: the visit whose review wrote it, a callback audit that sampled it. */
export async function followUpTies(
  db: Kysely<Database>,
  id: string,
): Promise<{ visit: boolean; audit: boolean }> {
  const visit = await db.selectFrom('visits').select('id').where('follow_up_id', '=', id).executeTakeFirst()
  const audit = await db
    .selectFrom('callback_audit_items')
    .select('id')
    .where('record_kind', '=', 'follow_up')
    .where('record_id', '=', id)
    .executeTakeFirst()
  return { visit: Boolean(visit), audit: Boolean(audit) }
}

/** Whether a customer or an order is in the bin (or gone): what a restored child would hang from. */
export async function isDeleted(
  db: Kysely<Database>,
  kind: 'customer' | 'order',
  id: string,
): Promise<boolean> {
  const row = await db
    .selectFrom(BIN_TABLES[kind])
    .select('deleted_at')
    .where('id', '=', id)
    .executeTakeFirst()
  return !row || row.deleted_at !== null
}
