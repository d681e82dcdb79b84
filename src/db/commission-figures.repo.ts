import type { Kysely } from 'kysely'
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
 * count, so when a first order is cancelled the next confirmed one becomes the first.
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
  const rows = await db
    .selectFrom('orders')
    .innerJoin('customers', 'customers.id', 'orders.customer_id')
    .select([
      'orders.owner_id',
      'orders.customer_id',
      'customers.name as customer_name',
      'orders.id',
      'orders.number',
      'orders.order_date',
      'orders.total_minor',
    ])
    .where('orders.status', '=', 'confirmed')
    .where('orders.deleted_at', 'is', null)
    .where('orders.owner_id', 'in', options.repIds)
    .where('orders.order_date', '>=', options.from)
    .where('orders.order_date', '<=', options.to)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('orders as earlier')
            .select('earlier.id')
            .whereRef('earlier.customer_id', '=', 'orders.customer_id')
            .where('earlier.status', '=', 'confirmed')
            .where('earlier.deleted_at', 'is', null)
            .where((eb) =>
              eb.or([
                eb('earlier.order_date', '<', eb.ref('orders.order_date')),
                eb.and([
                  eb('earlier.order_date', '=', eb.ref('orders.order_date')),
                  eb('earlier.id', '<', eb.ref('orders.id')),
                ]),
              ]),
            ),
        ),
      ),
    )
    .execute()
  return rows.map((r) => ({
    repId: r.owner_id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    orderId: r.id,
    orderNumber: r.number,
    orderDate: r.order_date,
    orderAmountMinor: Number(r.total_minor),
  }))
}
