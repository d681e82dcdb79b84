import { createCustomer } from '../app/customers'
import { createFollowUp } from '../app/follow-ups'
import { createOrder } from '../app/orders'
import { CreateCustomerSchema } from '../contracts/customers'
import { CreateFollowUpSchema } from '../contracts/follow-ups'
import type { Db } from '../db/connect'
import { rankingText } from '../db/run-ranking'
import { createTestOrg } from './test-org'

type Org = Awaited<ReturnType<typeof createTestOrg>>
type Owner = 'm1' | 'r1' | 'r2' | 'r3'

/**
 * A team's follow-up year for the coverage and monitor suites (today is 2026-11-27 in Taipei):
 *
 *   r1: A1 (A; a manual C until 11-10) — touched 11-03, 11-10 · B1 (B) — 11-02, 11-10, 11-20, first
 *       order 11-05 · C1 (C) — 10-15 only, ordered back in June and again 11-10
 *   r2: A2 (A) — 11-02, 11-09, 11-16, 11-23, an order cancelled 11-03 and one confirmed 11-12 ·
 *       C3 (C) assigned 11-15, never touched · L2 (C) lost, touched 11-05
 *   r3: B3 (B) — 11-01 · m1: M1 (C) — 11-26
 *   ABC runs as of 10-31 (B1 C, C1 B), 11-20 (A2 B) and 11-25 (A2 A again).
 */
export async function createMonitorFixture(database: Db) {
  const org: Org = await createTestOrg(database)
  const ids: Record<string, string> = {}
  const add = async (name: string, owner: Owner, tier: 'A' | 'B' | 'C', assigned = '2026-09-01') => {
    const c = await createCustomer(org.as(owner), CreateCustomerSchema.parse({ name, status: 'active' }))
    ids[name] = c.id
    await database.db
      .updateTable('customers')
      .set({ tier, assigned_at: assigned })
      .where('id', '=', c.id)
      .execute()
  }
  const touch = (who: Owner, customer: string, on: string) =>
    createFollowUp(
      org.as(who),
      CreateFollowUpSchema.parse({
        customerId: ids[customer],
        channel: 'phone',
        summary: `call ${customer}`,
        happenedAt: `${on}T02:00:00Z`,
      }),
    )
  const order = (who: Owner, customer: string, number: string, on: string, status = 'confirmed') =>
    createOrder(org.as(who), {
      number,
      externalId: null,
      customerId: ids[customer] as string,
      orderDate: on,
      status: status as 'confirmed',
      total: 10_000,
      note: null,
    })

  await add('A1', 'r1', 'A')
  await add('B1', 'r1', 'B')
  await add('C1', 'r1', 'C')
  await add('A2', 'r2', 'A')
  await add('C3', 'r2', 'C', '2026-11-15')
  await add('L2', 'r2', 'C')
  await add('B3', 'r3', 'B')
  await add('M1', 'm1', 'C')
  await database.db
    .updateTable('customers')
    .set({ tier_override: 'C', tier_override_reason: 'trial', tier_override_until: '2026-11-10' })
    .where('id', '=', ids.A1 as string)
    .execute()

  for (const on of ['2026-11-03', '2026-11-10']) await touch('r1', 'A1', on)
  for (const on of ['2026-11-02', '2026-11-10', '2026-11-20']) await touch('r1', 'B1', on)
  await touch('r1', 'C1', '2026-10-15')
  for (const on of ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']) await touch('r2', 'A2', on)
  await touch('r2', 'L2', '2026-11-05')
  await touch('r3', 'B3', '2026-11-01')
  await touch('m1', 'M1', '2026-11-26')
  await database.db
    .updateTable('customers')
    .set({ status: 'lost', lost_reason: 'moved', lost_date: '2026-11-06' })
    .where('id', '=', ids.L2 as string)
    .execute()

  await order('r1', 'B1', 'B1-1', '2026-11-05')
  await order('r1', 'C1', 'C1-1', '2026-06-01')
  await order('r1', 'C1', 'C1-2', '2026-11-10')
  await order('r2', 'A2', 'A2-1', '2026-11-03', 'cancelled')
  await order('r2', 'A2', 'A2-2', '2026-11-12')

  const run = async (id: string, asOf: string, tiers: Record<string, string>) => {
    const ranking = {
      ids: Object.keys(tiers).map((name) => ids[name] as string),
      values: Object.keys(tiers).map(() => 0),
      tiers: Object.values(tiers),
    }
    await database.db
      .insertInto('classification_runs')
      .values({
        id,
        as_of: asOf,
        period_from: '2025-12-01',
        period_to: asOf,
        metric: 'sales',
        share_a: 0.8,
        share_b: 0.95,
        total_minor: 0,
        count_a: 0,
        count_b: 0,
        count_c: 0,
        actor_id: null,
        created_at: `${asOf}T20:00:00.000Z`,
        ranking: rankingText(ranking),
      })
      .execute()
    let rank = 0
    for (const [name, tier] of Object.entries(tiers))
      await database.db
        .insertInto('classification_results')
        .values({
          run_id: id,
          customer_id: ids[name] as string,
          rank: ++rank,
          value_minor: 0,
          tier,
          previous_tier: null,
        })
        .execute()
  }
  await run('run-1031', '2026-10-31', { A1: 'A', B1: 'C', C1: 'B', A2: 'A' })
  await run('run-1120', '2026-11-20', { A1: 'A', B1: 'B', C1: 'C', A2: 'B' })
  await run('run-1125', '2026-11-25', { A1: 'A', B1: 'B', C1: 'C', A2: 'A' })
  return { org, ids }
}
