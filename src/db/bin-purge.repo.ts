import { sql, type Kysely } from 'kysely'
import type { BinKind } from '../core/recycle-bin/bin-kinds'
import type { Database } from './schema'

/** Tables whose rows name a customer, besides its own contacts and tags. */
const CUSTOMER_REFERENCES = [
  'orders',
  'collections',
  'collection_plans',
  'expenses',
  'follow_ups',
  'classification_results',
  'pool_events',
  'planned_follow_ups',
  'visits',
  'visit_actions',
  'visit_issues',
  'opportunities',
  'callback_audit_items',
] as const

export type PurgeCounts = { purged: Record<BinKind, number>; kept: number }

/**
 * Removes for good the records deleted at or before `cutoff` (core/recycle-bin/restore-window.ts),
 * with their own parts (an order's lines, a customer's contacts and tags). One that another record
 * still names — an order with collections, the follow-up a visit's review wrote or a callback audit
 * drew, a customer with any history — stays as it is, out of every list and past restoring, so that
 * the records naming it keep their meaning; `kept` counts them. Children go first, so an order whose
 * collections are purged in this run is purged with them. Run inside the caller's transaction.
 *
 * A customer's place in an ABC run's ranking (`classification_runs.ranking`, a text) is not a
 * reference: a customer of no change of tier was C in every run, and a run keeps what it counted
 * then — its counts and Pareto stand, its list skips an id that no longer resolves. A change of
 * tier is a row (`classification_results`) and keeps the customer, as history.
 */
export async function purgeDeleted(db: Kysely<Database>, cutoff: string): Promise<PurgeCounts> {
  const purged = {} as Record<BinKind, number>
  const removed = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows)

  for (const [kind, table] of [
    ['collection', 'collections'],
    ['collection_plan', 'collection_plans'],
    ['expense', 'expenses'],
  ] as const)
    purged[kind] = removed(
      await db.deleteFrom(table).where('deleted_at', '<=', cutoff).executeTakeFirstOrThrow(),
    )

  purged.follow_up = removed(
    await db
      .deleteFrom('follow_ups')
      .where('deleted_at', '<=', cutoff)
      .where((eb) =>
        eb.not(
          eb.or([
            eb.exists(
              eb
                .selectFrom('visits')
                .select('visits.id')
                .whereRef('visits.follow_up_id', '=', 'follow_ups.id'),
            ),
            eb.exists(
              eb
                .selectFrom('callback_audit_items')
                .select('callback_audit_items.id')
                .where('callback_audit_items.record_kind', '=', 'follow_up')
                .whereRef('callback_audit_items.record_id', '=', 'follow_ups.id'),
            ),
          ]),
        ),
      )
      .executeTakeFirstOrThrow(),
  )

  const purgeableOrders = db
    .selectFrom('orders')
    .select('orders.id')
    .where('orders.deleted_at', '<=', cutoff)
    .where((eb) =>
      eb.not(
        eb.or(
          (['collections', 'collection_plans'] as const).map((table) =>
            eb.exists(
              eb.selectFrom(table).select(`${table}.id`).whereRef(`${table}.order_id`, '=', 'orders.id'),
            ),
          ),
        ),
      ),
    )
  await db.deleteFrom('order_lines').where('order_id', 'in', purgeableOrders).execute()
  purged.order = removed(
    await db
      .deleteFrom('orders')
      .where('id', 'in', db.selectFrom(purgeableOrders.as('p')).select('p.id'))
      .executeTakeFirstOrThrow(),
  )

  purged.customer = await purgeCustomers(db, cutoff)

  let kept = 0
  for (const table of [
    'customers',
    'orders',
    'collections',
    'collection_plans',
    'expenses',
    'follow_ups',
  ] as const)
    kept += Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('deleted_at', '<=', cutoff)
          .executeTakeFirstOrThrow()
      ).n,
    )
  return { purged, kept }
}

/**
 * Customers named by nothing but their contacts and tags. In a savepoint: should a table added
 * later name customers without being listed above, its foreign key refuses the delete, and the
 * customers stay (counted as kept) rather than the whole purge failing.
 */
async function purgeCustomers(db: Kysely<Database>, cutoff: string): Promise<number> {
  const purgeable = db
    .selectFrom('customers')
    .select('customers.id')
    .where('customers.deleted_at', '<=', cutoff)
    .where((eb) =>
      eb.not(
        eb.or(
          CUSTOMER_REFERENCES.map((table) =>
            eb.exists(
              eb
                .selectFrom(table)
                .select(sql.lit(1).as('one'))
                .whereRef(`${table}.customer_id`, '=', 'customers.id'),
            ),
          ),
        ),
      ),
    )
  const ids = (await purgeable.execute()).map((r) => r.id)
  if (ids.length === 0) return 0
  await sql`savepoint bin_customers`.execute(db)
  try {
    let count = 0
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500)
      await db.deleteFrom('contacts').where('customer_id', 'in', chunk).execute()
      await db.deleteFrom('customer_tags').where('customer_id', 'in', chunk).execute()
      count += Number(
        (await db.deleteFrom('customers').where('id', 'in', chunk).executeTakeFirstOrThrow()).numDeletedRows,
      )
    }
    await sql`release savepoint bin_customers`.execute(db)
    return count
  } catch {
    await sql`rollback to savepoint bin_customers`.execute(db)
    await sql`release savepoint bin_customers`.execute(db)
    return 0
  }
}
