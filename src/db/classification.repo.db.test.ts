import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { insertRun, tiersOfRun } from './classification.repo'
import type { Db } from './connect'
import { rankingText } from './run-ranking'

describe.each(ENGINES)('a run’s tiers on %s', (engine) => {
  let database: Db
  beforeAll(async () => {
    database = await openTestDatabase(engine)
  })
  afterAll(async () => database.close())

  const keep = async (tiers: Record<string, string>, id = randomUUID()) => {
    const ids = Object.keys(tiers)
    await insertRun(
      database.db,
      {
        id,
        asOf: '2026-01-31',
        from: '2025-02-01',
        to: '2026-01-31',
        metric: 'sales',
        shareA: 0.8,
        shareB: 0.15,
        totalMinor: 100,
        counts: { A: 0, B: 0, C: ids.length },
        actorId: null,
        createdAt: '2026-01-31T00:00:00.000Z',
      },
      rankingText({ ids, values: ids.map(() => 1), tiers: ids.map((i) => tiers[i] as string) }),
      [],
    )
    return id
  }
  it('reads each customer’s tier, and makes them once for a text read again', async () => {
    const first = await keep({ c1: 'A', c2: 'C' })
    const tiers = await tiersOfRun(database.db, first)
    expect([...tiers]).toEqual([
      ['c1', 'A'],
      ['c2', 'C'],
    ])
    expect(await tiersOfRun(database.db, first)).toBe(tiers)
    // Two more rankings read: the first is made again, the same.
    expect((await tiersOfRun(database.db, await keep({ c3: 'B' }))).get('c3')).toBe('B')
    expect((await tiersOfRun(database.db, await keep({ c4: 'A' }))).get('c4')).toBe('A')
    const again = await tiersOfRun(database.db, first)
    expect(again).not.toBe(tiers)
    expect(again).toEqual(tiers)
  })

  it('never takes the tiers of another text under the same run id (another database’s)', async () => {
    const id = randomUUID()
    expect((await tiersOfRun(database.db, id)).size).toBe(0)
    await keep({ c5: 'C' }, id)
    expect((await tiersOfRun(database.db, id)).get('c5')).toBe('C')
    // What the app never does to a kept run, as a second database with the same run id would hold.
    await database.db
      .updateTable('classification_runs')
      .set({ ranking: rankingText({ ids: ['c5'], values: [1], tiers: ['A'] }) })
      .where('id', '=', id)
      .execute()
    expect((await tiersOfRun(database.db, id)).get('c5')).toBe('A')
  })
})
