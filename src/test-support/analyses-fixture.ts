import { createCollection } from '../app/collections'
import { createCustomer } from '../app/customers'
import { createOrder } from '../app/orders'
import { newId } from '../app/new-id'
import { CreateCollectionSchema } from '../contracts/orders'
import { CreateCustomerSchema } from '../contracts/customers'
import type { Db } from '../db/connect'
import { createTestOrg } from './test-org'

type Owner = 'r1' | 'r2' | 'r3'

/** P and Q of DOMAIN.md's worked example as the seed's manager compares them: Aug–Dec against Mar–Jul. */
export const PERIOD = { from: '2026-08-01', to: '2026-12-31' }
export const PREVIOUS = { from: '2026-03-01', to: '2026-07-31' }

/**
 * DOMAIN.md's worked example in cents (×100), spread over the test org (today 2026-11-27):
 *
 *   X (r1, North, A): Q 100 (60 + 40), P 120            → retained, expansion 20
 *   Y (r1, North, B): Q 50, P 40, plus a cancelled 500 in P → retained, contraction 10
 *   Z (r2, South, C): Q 30; lost ("moved"), a deleted order of 70 in P → lost 30
 *   N (r2, no region): first order in P, 25             → new
 *   R (r3, South): 999 in 2025-12, none in Q, P 15      → reactivated
 *   G (r3): ordered only in 2025                         → in no group
 *
 * sales(Q) 180 + new 25 + reactivated 15 + expansion 20 − contraction 10 − lost 30 = 200 = sales(P).
 * m1's tree (r1, r2) sees X, Y, Z, N; r3 only R and G. Collections: X 80 in Q, X 100 and N 25 in
 * P. Expenses approved: r1 9 in Q and 20 in P (one more submitted, not counted).
 */
export async function createAnalysesFixture(database: Db, given?: Awaited<ReturnType<typeof createTestOrg>>) {
  const org = given ?? (await createTestOrg(database))
  const ids: Record<string, string> = {}
  const add = async (name: string, owner: Owner, region: string | null, tier: 'A' | 'B' | 'C') => {
    const c = await createCustomer(
      org.as(owner),
      CreateCustomerSchema.parse({ name, status: 'active', region }),
    )
    ids[name] = c.id
    await database.db.updateTable('customers').set({ tier }).where('id', '=', c.id).execute()
  }
  let n = 0
  const order = async (who: Owner, customer: string, on: string, total: number, status = 'confirmed') => {
    const o = await createOrder(org.as(who), {
      number: `SO-${++n}`,
      externalId: null,
      customerId: ids[customer] as string,
      orderDate: on,
      status: status as 'confirmed',
      total: total * 100,
      note: null,
    })
    return o.id
  }
  const collect = (who: Owner, customer: string, on: string, amount: number) =>
    createCollection(
      org.as(who),
      CreateCollectionSchema.parse({ customerId: ids[customer], collectedOn: on, amount: amount * 100 }),
    )
  const expense = (on: string, amount: number, status: string) =>
    database.db
      .insertInto('expenses')
      .values({
        id: newId(),
        external_id: null,
        rep_id: org.users.r1.id,
        customer_id: null,
        expense_date: on,
        category: 'travel',
        amount_minor: amount * 100,
        note: null,
        status,
        submitted_at: null,
        manager_approved_by: null,
        decided_by: null,
        decided_at: null,
        reject_reason: null,
        import_batch_id: null,
        version: 1,
        created_at: '2026-11-01T00:00:00.000Z',
        updated_at: '2026-11-01T00:00:00.000Z',
        deleted_at: null,
      })
      .execute()

  await add('X', 'r1', 'North', 'A')
  await add('Y', 'r1', 'North', 'B')
  await add('Z', 'r2', 'South', 'C')
  await add('N', 'r2', null, 'C')
  await add('R', 'r3', 'South', 'C')
  await add('G', 'r3', null, 'C')

  await order('r1', 'X', '2026-03-01', 60)
  await order('r1', 'X', '2026-07-31', 40)
  await order('r1', 'X', '2026-08-01', 120)
  await order('r1', 'Y', '2026-05-10', 50)
  await order('r1', 'Y', '2026-12-31', 40)
  await order('r1', 'Y', '2026-09-09', 500, 'cancelled')
  await order('r2', 'Z', '2026-04-04', 30)
  const deleted = await order('r2', 'Z', '2026-09-01', 70)
  await database.db
    .updateTable('orders')
    .set({ deleted_at: '2026-11-02T00:00:00.000Z' })
    .where('id', '=', deleted)
    .execute()
  await order('r2', 'N', '2026-10-10', 25)
  await order('r3', 'R', '2025-12-15', 999)
  await order('r3', 'R', '2026-11-20', 15)
  await order('r3', 'G', '2025-06-01', 10)
  await database.db
    .updateTable('customers')
    .set({ status: 'lost', lost_reason: 'moved', lost_date: '2026-08-15' })
    .where('id', '=', ids.Z as string)
    .execute()

  await collect('r1', 'X', '2026-06-01', 80)
  await collect('r1', 'X', '2026-09-01', 100)
  await collect('r2', 'N', '2026-10-20', 25)
  await expense('2026-04-01', 9, 'approved')
  await expense('2026-09-01', 20, 'approved')
  await expense('2026-10-01', 99, 'submitted')
  return { org, ids }
}
