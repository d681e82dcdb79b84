import { sql } from 'kysely'
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
/** A run as kept before migration 0025: no ranking. */
const RUN = {
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
  created_at: '2026-06-30T00:00:00.000Z',
}

describe.each(ENGINES)('migration 0025 (a run’s ranking as one text) on %s', (engine) => {
  let database: Db
  beforeAll(async () => {
    database = await openTestDatabase(engine)
  })
  afterAll(async () => database.close())

  it('converts all or nothing: refused on one run, no run is converted and no row is gone', async () => {
    const own = await openTestDatabase(engine)
    try {
      const org = await createTestOrg(own)
      const db = own.db
      const customer = (await createCustomer(org.as('r1'), CreateCustomerSchema.parse({ name: 'p' }))).id
      await db.schema.alterTable('classification_runs').dropColumn('ranking').execute()
      for (const id of ['a-first', 'b-second']) {
        await db
          .insertInto('classification_runs')
          .values({ ...RUN, id } as never)
          .execute()
        await db
          .insertInto('classification_results')
          .values({
            run_id: id,
            customer_id: customer,
            rank: 1,
            value_minor: 5,
            tier: 'C',
            previous_tier: 'C',
          })
          .execute()
      }
      // The second run cannot be written: the first, converted before it, must be undone.
      if (engine === 'sqlite')
        await sql`create trigger refuse before update on classification_runs when new.id = 'b-second'
          begin select raise(abort, 'refused'); end`.execute(db)
      else {
        await sql`create function refuse() returns trigger language plpgsql as $$
          begin if new.id = 'b-second' then raise exception 'refused'; end if; return new; end $$`.execute(db)
        await sql`create trigger refuse before update on classification_runs
          for each row execute function refuse()`.execute(db)
      }
      await expect(classificationRanking().up(db)).rejects.toThrow(/refused/)
      await expect(sql`select ranking from classification_runs`.execute(db)).rejects.toThrow()
      const rows = await db.selectFrom('classification_results').select('run_id').orderBy('run_id').execute()
      expect(rows.map((r) => r.run_id)).toEqual(['a-first', 'b-second'])
    } finally {
      await own.close()
    }
  })

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
        .values({ ...RUN, id, created_at: `2026-06-30T0${id.length}:00:00.000Z` } as never)
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
