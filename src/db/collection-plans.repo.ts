import type { Kysely } from 'kysely'
import type { OwnerScope } from './customers.repo'
import type { Database } from './schema'

export type CollectionPlanRecord = {
  id: string
  customerId: string
  customerName: string
  orderId: string | null
  ownerId: string
  ownerName: string
  dueOn: string
  amountMinor: number
  note: string | null
  /** For If-Match on delete (the recycle bin). */
  version: number
}

export async function insertCollectionPlan(
  db: Kysely<Database>,
  plan: Omit<CollectionPlanRecord, 'customerName' | 'ownerName' | 'version'>,
  now: string,
): Promise<void> {
  await db
    .insertInto('collection_plans')
    .values({
      id: plan.id,
      customer_id: plan.customerId,
      order_id: plan.orderId,
      owner_id: plan.ownerId,
      due_on: plan.dueOn,
      amount_minor: plan.amountMinor,
      note: plan.note,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute()
}

/** Plans in scope (optionally for one customer or owner, due up to a date), oldest due first. */
export async function listCollectionPlanRows(
  db: Kysely<Database>,
  options: { scope: OwnerScope; customerId?: string; ownerId?: string; dueBefore?: string },
): Promise<CollectionPlanRecord[]> {
  if (options.scope.kind === 'owners' && options.scope.ownerIds.length === 0) return []
  let query = db
    .selectFrom('collection_plans')
    .innerJoin('customers', 'customers.id', 'collection_plans.customer_id')
    .innerJoin('users', 'users.id', 'collection_plans.owner_id')
    .select([
      'collection_plans.id',
      'collection_plans.customer_id',
      'customers.name as customer_name',
      'collection_plans.order_id',
      'collection_plans.owner_id',
      'users.name as owner_name',
      'collection_plans.due_on',
      'collection_plans.amount_minor',
      'collection_plans.note',
      'collection_plans.version',
    ])
    .where('collection_plans.deleted_at', 'is', null)
    // A plan to collect an order that was cancelled or deleted collects nothing: no receivable.
    .where((eb) =>
      eb.or([
        eb('collection_plans.order_id', 'is', null),
        eb.exists(
          eb
            .selectFrom('orders')
            .select('orders.id')
            .whereRef('orders.id', '=', 'collection_plans.order_id')
            .where('orders.status', '=', 'confirmed')
            .where('orders.deleted_at', 'is', null),
        ),
      ]),
    )
    .orderBy('collection_plans.due_on')
    .orderBy('collection_plans.id')
  if (options.scope.kind === 'owners')
    query = query.where('collection_plans.owner_id', 'in', options.scope.ownerIds)
  if (options.customerId) query = query.where('collection_plans.customer_id', '=', options.customerId)
  if (options.ownerId) query = query.where('collection_plans.owner_id', '=', options.ownerId)
  if (options.dueBefore) query = query.where('collection_plans.due_on', '<', options.dueBefore)
  return (await query.execute()).map((r) => ({
    id: r.id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    orderId: r.order_id,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    dueOn: r.due_on,
    amountMinor: Number(r.amount_minor),
    note: r.note,
    version: Number(r.version),
  }))
}

/** Everything each customer has paid: what covers its plans. */
export async function collectedByCustomer(
  db: Kysely<Database>,
  customerIds: readonly string[],
): Promise<Map<string, number>> {
  const totals = new Map<string, number>()
  for (let i = 0; i < customerIds.length; i += 1000) {
    const rows = await db
      .selectFrom('collections')
      .select(['customer_id', (eb) => eb.fn.sum<number>('amount_minor').as('amount')])
      .where('deleted_at', 'is', null)
      .where('customer_id', 'in', customerIds.slice(i, i + 1000))
      .groupBy('customer_id')
      .execute()
    for (const r of rows) totals.set(r.customer_id, Number(r.amount))
  }
  return totals
}
