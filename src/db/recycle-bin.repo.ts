import { sql, type Expression, type Kysely, type SelectQueryBuilder, type SqlBool } from 'kysely'
import type { BinKind } from '../core/recycle-bin/bin-kinds'
import type { OwnerScope } from './customers.repo'
import type { Database } from './schema'

/** One line of the recycle bin, whatever its kind: what it was, whose, and who deleted it when. */
export type BinRow = {
  kind: BinKind
  id: string
  /** A customer's name, an order's number, the order a collection or plan was for, a follow-up's summary, an expense's note. */
  label: string | null
  customerName: string | null
  /** The record's own date (order date, collected on, due on, expense date, follow-up day). */
  date: string | null
  amountMinor: number | null
  /** An expense's category. */
  category: string | null
  ownerName: string | null
  deletedAt: string
  deletedBy: string | null
  deletedByName: string | null
  version: number
}

export type BinPage = {
  /** The kinds to read, each with whose records the reader may restore (owner or rep). */
  kinds: readonly { kind: BinKind; scope: OwnerScope }[]
  /** Only records deleted after this instant: older ones are past restoring (core/recycle-bin). */
  since: string
  limit: number
  after?: { value: string; id: string }
}

type Row = {
  id: string
  label: string | null
  customer_name: string | null
  date: string | null
  amount: number | string | null
  category: string | null
  owner_name: string | null
  deleted_at: string | null
  deleted_by: string | null
  deleted_by_name: string | null
  version: number
}

const nothing = sql<null>`null`

type PageOptions = { scope: OwnerScope; since: string; after?: BinPage['after']; limit: number }

/** One page of a kind's deleted rows with the bin's columns, its scope on the owner's column. */
function kindRows(db: Kysely<Database>, kind: BinKind, options: PageOptions): Promise<Row[]> {
  switch (kind) {
    case 'customer':
      return pageOf(
        db
          .selectFrom('customers')
          .leftJoin('users as owner', 'owner.id', 'customers.owner_id')
          .leftJoin('users as deleter', 'deleter.id', 'customers.deleted_by')
          .select([
            'customers.id',
            'customers.name as label',
            nothing.as('customer_name'),
            nothing.as('date'),
            nothing.as('amount'),
            nothing.as('category'),
            'owner.name as owner_name',
            'customers.deleted_at',
            'customers.deleted_by',
            'deleter.name as deleted_by_name',
            'customers.version',
          ]),
        'customers',
        'customers.owner_id',
        options,
      )
    case 'order':
      return pageOf(
        db
          .selectFrom('orders')
          .innerJoin('customers', 'customers.id', 'orders.customer_id')
          .innerJoin('users as owner', 'owner.id', 'orders.owner_id')
          .leftJoin('users as deleter', 'deleter.id', 'orders.deleted_by')
          .select([
            'orders.id',
            'orders.number as label',
            'customers.name as customer_name',
            'orders.order_date as date',
            'orders.total_minor as amount',
            nothing.as('category'),
            'owner.name as owner_name',
            'orders.deleted_at',
            'orders.deleted_by',
            'deleter.name as deleted_by_name',
            'orders.version',
          ]),
        'orders',
        'orders.owner_id',
        options,
      )
    case 'collection':
      return pageOf(
        db
          .selectFrom('collections')
          .innerJoin('customers', 'customers.id', 'collections.customer_id')
          .innerJoin('users as owner', 'owner.id', 'collections.owner_id')
          .leftJoin('orders', 'orders.id', 'collections.order_id')
          .leftJoin('users as deleter', 'deleter.id', 'collections.deleted_by')
          .select([
            'collections.id',
            'orders.number as label',
            'customers.name as customer_name',
            'collections.collected_on as date',
            'collections.amount_minor as amount',
            nothing.as('category'),
            'owner.name as owner_name',
            'collections.deleted_at',
            'collections.deleted_by',
            'deleter.name as deleted_by_name',
            'collections.version',
          ]),
        'collections',
        'collections.owner_id',
        options,
      )
    case 'collection_plan':
      return pageOf(
        db
          .selectFrom('collection_plans')
          .innerJoin('customers', 'customers.id', 'collection_plans.customer_id')
          .innerJoin('users as owner', 'owner.id', 'collection_plans.owner_id')
          .leftJoin('orders', 'orders.id', 'collection_plans.order_id')
          .leftJoin('users as deleter', 'deleter.id', 'collection_plans.deleted_by')
          .select([
            'collection_plans.id',
            'orders.number as label',
            'customers.name as customer_name',
            'collection_plans.due_on as date',
            'collection_plans.amount_minor as amount',
            nothing.as('category'),
            'owner.name as owner_name',
            'collection_plans.deleted_at',
            'collection_plans.deleted_by',
            'deleter.name as deleted_by_name',
            'collection_plans.version',
          ]),
        'collection_plans',
        'collection_plans.owner_id',
        options,
      )
    case 'expense':
      return pageOf(
        db
          .selectFrom('expenses')
          .innerJoin('users as owner', 'owner.id', 'expenses.rep_id')
          .leftJoin('customers', 'customers.id', 'expenses.customer_id')
          .leftJoin('users as deleter', 'deleter.id', 'expenses.deleted_by')
          .select([
            'expenses.id',
            'expenses.note as label',
            'customers.name as customer_name',
            'expenses.expense_date as date',
            'expenses.amount_minor as amount',
            'expenses.category',
            'owner.name as owner_name',
            'expenses.deleted_at',
            'expenses.deleted_by',
            'deleter.name as deleted_by_name',
            'expenses.version',
          ]),
        'expenses',
        'expenses.rep_id',
        options,
      )
    case 'follow_up':
      // A follow-up is seen, and so restored, by its customer's owner (db/follow-ups.repo.ts).
      return pageOf(
        db
          .selectFrom('follow_ups')
          .innerJoin('customers', 'customers.id', 'follow_ups.customer_id')
          .innerJoin('users as owner', 'owner.id', 'follow_ups.rep_id')
          .leftJoin('users as deleter', 'deleter.id', 'follow_ups.deleted_by')
          .select([
            'follow_ups.id',
            'follow_ups.summary as label',
            'customers.name as customer_name',
            'follow_ups.happened_on as date',
            nothing.as('amount'),
            nothing.as('category'),
            'owner.name as owner_name',
            'follow_ups.deleted_at',
            'follow_ups.deleted_by',
            'deleter.name as deleted_by_name',
            'follow_ups.version',
          ]),
        'follow_ups',
        'customers.owner_id',
        options,
      )
  }
}

/** Applies the bin's conditions and order to one kind's query. */
function pageOf<DB, TB extends keyof DB, O extends Row>(
  query: SelectQueryBuilder<DB, TB, O>,
  table: string,
  owner: string,
  { scope, since, after, limit }: PageOptions,
): Promise<O[]> {
  const deletedAt = sql.ref(`${table}.deleted_at`)
  const id = sql.ref(`${table}.id`)
  const conditions: Expression<SqlBool>[] = [
    sql<SqlBool>`${deletedAt} > ${since}`,
    ...(scope.kind === 'owners' ? [sql<SqlBool>`${sql.ref(owner)} in (${sql.join(scope.ownerIds)})`] : []),
    ...(after ? [sql<SqlBool>`(${deletedAt}, ${id}) < (${after.value}, ${after.id})`] : []),
  ]
  return query
    .where(sql<SqlBool>`${sql.join(conditions, sql` and `)}`)
    .orderBy(deletedAt, 'desc')
    .orderBy(id, 'desc')
    .limit(limit)
    .execute()
}

const toBinRow = (kind: BinKind, r: Row): BinRow => ({
  kind,
  id: r.id,
  label: r.label,
  customerName: r.customer_name,
  date: r.date,
  amountMinor: r.amount === null ? null : Number(r.amount),
  category: r.category,
  ownerName: r.owner_name,
  deletedAt: r.deleted_at as string,
  deletedBy: r.deleted_by,
  deletedByName: r.deleted_by_name,
  version: r.version,
})

/**
 * One page of the bin (and one row more, to tell whether another page follows), newest deletion
 * first, keyset-paged on (deleted_at, id): each kind is read by its partial index `<table>_bin`
 * (migration 0018) a page at a time, and the pages are merged.
 */
export async function listBinRows(db: Kysely<Database>, page: BinPage): Promise<BinRow[]> {
  const pages = await Promise.all(
    page.kinds.map(async ({ kind, scope }) => {
      if (scope.kind === 'owners' && scope.ownerIds.length === 0) return []
      const rows = await kindRows(db, kind, { ...page, scope, limit: page.limit + 1 })
      return rows.map((r) => toBinRow(kind, r))
    }),
  )
  return pages
    .flat()
    .sort((a, b) =>
      a.deletedAt !== b.deletedAt ? (a.deletedAt < b.deletedAt ? 1 : -1) : a.id < b.id ? 1 : -1,
    )
    .slice(0, page.limit + 1)
}
