import { createAssignment } from '../app/commission-assignments'
import { createPlan } from '../app/commission-plans'
import { createFollowUp } from '../app/follow-ups'
import { newId } from '../app/new-id'
import { CreateFollowUpSchema } from '../contracts/follow-ups'
import { PlanInputSchema } from '../contracts/commission'
import type { Db } from '../db/connect'
import { createAnalysesFixture, PERIOD } from './analyses-fixture'
import type { createTestOrg } from './test-org'

type Rep = 'r1' | 'r2' | 'r3'

/**
 * The analyses fixture (analyses-fixture.ts) with the rest of a team's year, so that every figure
 * of the team table for P = Aug–Dec 2026 is known (today 2026-11-27; intervals A 7, B 15, C 30, so
 * over P's 153 days A needs 21 touches, B 10, C 5):
 *
 *   |    | sales (orders) | collections | receivable | new | coverage      | objectives | audits       | expenses | commission        |
 *   | R1 | 160 (2)        | 100         | 130        | 0   | 17/31 (X 7/21, Y 10/10) | 1/3 | 3/4 = 75 %   | 20       | 10 % of 100 = 10.00 |
 *   | R2 | 25 (1)         | 25          | 30         | 1   | 5/5 (N)       | 2/2        | 1/2 = 50 %   | 0        | 2.50 + bonus 5.00   |
 *   | R3 | 15 (1)         | 0           | 1,024      | 0   | 2/10 (R 2, G 0) | —        | one pending  | 0        | 0 (no plan)         |
 *
 * Z (R2) is lost and so not counted in coverage; BOSS and M1 own nothing. One unreachable call of
 * R1 and one visit of R3 cancelled change nothing.
 */
export async function createTeamTableFixture(
  database: Db,
  given?: Awaited<ReturnType<typeof createTestOrg>>,
) {
  const { org, ids } = await createAnalysesFixture(database, given)
  const touch = async (who: Rep, customer: string, times: number) => {
    for (let i = 0; i < times; i++)
      await createFollowUp(
        org.as(who),
        CreateFollowUpSchema.parse({
          customerId: ids[customer],
          channel: 'phone',
          summary: `call ${customer} ${i + 1}`,
          happenedAt: `2026-${String(8 + (i % 4)).padStart(2, '0')}-${String(2 + i).padStart(2, '0')}T02:00:00Z`,
        }),
      )
  }
  await touch('r1', 'X', 7)
  await touch('r1', 'Y', 12)
  await touch('r2', 'N', 5)
  await touch('r3', 'R', 2)

  const stamp = '2026-11-01T00:00:00.000Z'
  const visit = async (
    who: Rep,
    customer: string,
    on: string,
    status: string,
    results: (string | null)[],
  ) => {
    const id = newId()
    await database.db
      .insertInto('visits')
      .values({
        id,
        customer_id: ids[customer] as string,
        rep_id: org.users[who].id,
        starts_at: `${on}T02:00:00.000Z`,
        ends_at: `${on}T03:00:00.000Z`,
        starts_on: on,
        place: null,
        status,
        why_this_time: null,
        checked_in_at: status === 'reviewed' || status === 'checked_in' ? `${on}T02:00:00.000Z` : null,
        check_in_place: null,
        reviewed_at: status === 'reviewed' ? `${on}T05:00:00.000Z` : null,
        customer_view: null,
        to_improve: null,
        follow_up_id: null,
        cancelled_at: status === 'cancelled' ? stamp : null,
        cancel_reason: null,
        missed_at: null,
        created_by: org.users[who].id,
        version: 1,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute()
    let position = 0
    for (const result of results)
      await database.db
        .insertInto('visit_objectives')
        .values({
          id: newId(),
          visit_id: id,
          position: position++,
          kind: 'product',
          text: 'objective',
          result,
          reason: result === 'yes' ? null : 'not yet',
        })
        .execute()
  }
  await visit('r1', 'X', '2026-09-10', 'reviewed', ['yes', 'partly', 'no'])
  await visit('r2', 'N', '2026-10-05', 'reviewed', ['yes', 'yes'])
  await visit('r3', 'R', '2026-10-06', 'cancelled', [null])

  // A draw calls a customer once: each call here is a draw of its own (one a week, say).
  const audited = async (who: Rep, customer: string, result: string | null) => {
    const drawId = newId()
    await database.db
      .insertInto('callback_audit_draws')
      .values({
        id: drawId,
        period_from: PERIOD.from,
        period_to: '2026-11-26',
        rule: 'count',
        share_bp: null,
        count_per_rep: 1,
        seed: 42,
        excluded_since: '2026-08-28',
        population: 1,
        sampled: 1,
        actor_id: org.users.auditor.id,
        created_at: stamp,
      })
      .execute()
    await database.db
      .insertInto('callback_audit_items')
      .values({
        id: newId(),
        draw_id: drawId,
        position: 0,
        rep_id: org.users[who].id,
        customer_id: ids[customer] as string,
        record_kind: 'follow_up',
        record_id: newId(),
        record_on: '2026-09-15',
        result,
        satisfaction: result === 'confirmed' ? 5 : null,
        note: null,
        called_on: result ? '2026-11-20' : null,
        called_by: result ? org.users.auditor.id : null,
        version: 1,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute()
  }
  for (const result of ['confirmed', 'confirmed', 'confirmed', 'discrepancy', 'unreachable'])
    await audited('r1', 'X', result)
  await audited('r2', 'N', 'confirmed')
  await audited('r2', 'N', 'discrepancy')
  await audited('r3', 'R', null)

  const plan = await createPlan(
    org.as('admin'),
    PlanInputSchema.parse({
      name: 'Ten per cent',
      mode: 'progressive',
      brackets: [{ from: 0, to: null, rateBp: 1000 }],
      newCustomerBonus: 5_00,
    }),
  )
  for (const who of ['r1', 'r2'] as const)
    await createAssignment(org.as('admin'), {
      repId: org.users[who].id,
      planId: plan.id,
      periodFrom: PERIOD.from,
      periodTo: PERIOD.to,
    })
  return { org, ids, visit }
}
