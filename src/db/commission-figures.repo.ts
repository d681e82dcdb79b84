import { sql, type Kysely } from 'kysely'
import { isSqlite } from './insert-bulk'
import type { Database } from './schema'

/**
 * Collections credited to each rep, summed per day of `[from, to]`. Credited as everywhere else
 * (app/collections.ts, receivables, budgets): to the collection's `owner_id` — the order's rep when
 * it pays an order, else the customer's owner at the time it was recorded.
 */
export async function collectionsByRepDay(
  db: Kysely<Database>,
  options: { repIds: readonly string[]; from: string; to: string },
): Promise<{ repId: string; on: string; amountMinor: number }[]> {
  if (options.repIds.length === 0) return []
  const rows = await db
    .selectFrom('collections')
    .select([
      'collections.owner_id',
      'collections.collected_on',
      (eb) => eb.fn.sum<number>('collections.amount_minor').as('amount'),
    ])
    .where('collections.deleted_at', 'is', null)
    .where('collections.owner_id', 'in', options.repIds)
    .where('collections.collected_on', '>=', options.from)
    .where('collections.collected_on', '<=', options.to)
    .groupBy(['collections.owner_id', 'collections.collected_on'])
    .execute()
  return rows.map((r) => ({ repId: r.owner_id, on: r.collected_on, amountMinor: Number(r.amount) }))
}

/**
 * New customers credited to each rep: every customer whose FIRST confirmed order ever (earliest
 * date, then smallest id) is dated in `[from, to]`, credited to that order's owner — the rep who
 * won it, even if the customer has since moved to someone else. Cancelled and deleted orders never
 * count, so when a first order is cancelled the next confirmed one becomes the first. A deleted
 * customer is never new (as in the analyses' new customers, db/analyses.repo.ts periodFigures).
 *
 * Each customer's first date: on SQLite, one probe per live customer into orders_customer_sales
 * (customer, date, status…) that stops at its first confirmed entry (`order by … limit 1`) —
 * 100,000 customers and 1,000,000 orders in ~95 ms, where a `min()` grouped by customer reads every
 * order's entry (~180 ms); PostgreSQL runs the probes at twice the grouped pass's time, so it
 * keeps the pass. Only the few customers whose first date falls in the period have their first
 * order read. Asking each order of the period whether an earlier one exists cost a probe per
 * order: ~10× slower for a year of 100 reps.
 */
export async function firstOrdersByRep(
  db: Kysely<Database>,
  options: { repIds: readonly string[]; from: string; to: string },
): Promise<
  {
    repId: string
    customerId: string
    customerName: string
    orderId: string
    orderNumber: string
    orderDate: string
    orderAmountMinor: number
  }[]
> {
  if (options.repIds.length === 0) return []
  const { from, to } = options
  const probed = sql`
    select c0.id as customer_id, (
      select f.order_date from orders f
      where f.customer_id = c0.id and f.deleted_at is null and f.status = 'confirmed'
      order by f.order_date
      limit 1
    ) as first_on
    from customers c0
    where c0.deleted_at is null`
  const grouped = sql`
    select f.customer_id, min(f.order_date) as first_on
    from orders f
    where f.deleted_at is null and f.status = 'confirmed'
    group by f.customer_id
    having min(f.order_date) >= ${from} and min(f.order_date) <= ${to}`
  const rows = await sql<{
    owner_id: string
    customer_id: string
    customer_name: string
    id: string
    number: string
    order_date: string
    total_minor: number | string
  }>`
    select o.owner_id, o.customer_id, c.name as customer_name, o.id, o.number, o.order_date, o.total_minor
    from (${isSqlite(db) ? probed : grouped}) firsts
    join orders o on o.id = (
      select e.id from orders e
      where e.customer_id = firsts.customer_id and e.deleted_at is null and e.status = 'confirmed'
        and e.order_date = firsts.first_on
      order by e.id
      limit 1
    )
    join customers c on c.id = o.customer_id and c.deleted_at is null
    where firsts.first_on between ${from} and ${to} and o.owner_id in (${sql.join(options.repIds)})`.execute(
    db,
  )
  return rows.rows.map((r) => ({
    repId: r.owner_id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    orderId: r.id,
    orderNumber: r.number,
    orderDate: r.order_date,
    orderAmountMinor: Number(r.total_minor),
  }))
}
