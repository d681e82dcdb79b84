import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { createTestOrg } from '../test-support/test-org'
import { createCustomer } from './customers'
import { CreateCustomerSchema } from '../contracts/customers'
import { rankingOfRun } from '../db/classification.repo'
import type { Db } from '../db/connect'
import { classificationRanking } from '../db/migrations/0025_classification_ranking'

/**
 * Migration 0025 on runs kept the old way — a row per customer, none with a ranking — as a database
 * made before it holds them: each run gets its ranking, and keeps rows only for tier changes.
 */
describe.each(ENGINES)('migration 0025 (a run’s ranking as one text) on %s', (engine) => {
  let database: Db
  beforeAll(async () => {
    database = await openTestDatabase(engine)
  })
  afterAll(async () => database.close())

  it('writes each run’s ranking from its rows in rank order and keeps only the changed ones', async () => {
    const org = await createTestOrg(database)
    const db = database.db
    const id: Record<string, string> = {}
    for (const name of ['p', 'q', 'r', 's'])
      id[name] = (await createCustomer(org.as('r1'), CreateCustomerSchema.parse({ name }))).id
    await db.schema.alterTable('classification_runs').dropColumn('ranking').execute()
    const run = async (id: string, rows: [string, number, string, string | null][]) => {
      await db
        .insertInto('classification_runs')
        .values({
          id,
          as_of: '2026-06-30',
          period_from: '2025-07-01',
          period_to: '2026-06-30',
          metric: 'sales',
          share_a: 0.8,
          share_b: 0.95,
          total_minor: 0,
          count_a: 0,
          count_b: 0,
          count_c: 0,
          actor_id: null,
          created_at: `2026-06-30T0${id.length}:00:00.000Z`,
        } as never)
        .execute()
      // Inserted out of rank order: the ranking must follow the ranks, not the rows.
      for (const [i, [customer, value, tier, previous]] of [...rows.entries()].reverse())
        await db
          .insertInto('classification_results')
          .values({
            run_id: id,
            customer_id: customer,
            rank: i + 1,
            value_minor: value,
            tier,
            previous_tier: previous,
          })
          .execute()
    }
    await run('first', [
      [id.q as string, 700, 'A', null],
      [id.p as string, 200, 'B', null],
      [id.r as string, 100, 'C', null],
    ])
    await run('second', [
      [id.p as string, 900, 'A', 'B'],
      [id.q as string, 50, 'C', 'A'],
      [id.r as string, 40, 'C', 'C'],
      [id.s as string, 10, 'C', 'C'],
    ])
    await run('empty', [])
    await classificationRanking().up(db)

    expect(await rankingOfRun(db, 'second')).toEqual([
      { id: id.p, rank: 1, value: 900, tier: 'A' },
      { id: id.q, rank: 2, value: 50, tier: 'C' },
      { id: id.r, rank: 3, value: 40, tier: 'C' },
      { id: id.s, rank: 4, value: 10, tier: 'C' },
    ])
    expect((await rankingOfRun(db, 'first')).map((c) => c.id)).toEqual([id.q, id.p, id.r])
    expect(await rankingOfRun(db, 'empty')).toEqual([])
    const kept = await db
      .selectFrom('classification_results')
      .select(['run_id', 'customer_id'])
      .orderBy('run_id')
      .orderBy('rank')
      .execute()
    // The first run's rows had no tier before (a change: nothing to compare); the second's two
    // unchanged ones are gone.
    expect(kept.map((k) => [k.run_id, k.customer_id])).toEqual([
      ['first', id.q],
      ['first', id.p],
      ['first', id.r],
      ['second', id.p],
      ['second', id.q],
    ])
  })
})
