import { Kysely, SqliteDialect } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase } from '../test-support/test-database'
import type { Db } from './connect'
import { ordersOnFile } from './imports.repo'
import type { Database } from './schema'

describe('looking up the orders an import names, on SQLite', () => {
  let database: Db
  let plans: string[][]
  let logged: Kysely<Database>
  beforeAll(async () => {
    database = await openTestDatabase('sqlite')
    const sqlite = database.sqlite as NonNullable<Db['sqlite']>
    // Orders as the app makes them, without an external id (the scale bench's million), and the
    // statistics ANALYZE keeps of them: it counts those NULLs as one value of every row.
    sqlite.pragma('foreign_keys = off')
    sqlite.exec(`
      with recursive n(i) as (select 1 union all select i + 1 from n where i < 20000)
      insert into orders (id, number, external_id, customer_id, owner_id, order_date, status,
        total_minor, created_at, updated_at)
      select printf('o%06d', i), printf('N-%06d', i), null,
        'c', 'u', '2026-01-01', 'confirmed', 100, '2026-01-01', '2026-01-01' from n`)
    sqlite.pragma('foreign_keys = on')
    sqlite.exec('analyze')
    // The statements ordersOnFile runs, each with the plan SQLite makes for it.
    plans = []
    logged = new Kysely<Database>({
      dialect: new SqliteDialect({ database: sqlite }),
      log: (event) => {
        plans.push(
          sqlite
            .prepare(`explain query plan ${event.query.sql}`)
            .all(...(event.query.parameters as unknown[]))
            .map((row) => (row as { detail: string }).detail),
        )
      },
    })
  })
  afterAll(async () => database.close())

  it('searches the indexes for one number or many, and never reads every order', async () => {
    for (const numbers of [['SO-1'], ['SO-1', 'SO-2'], Array.from({ length: 501 }, (_, i) => `SO-${i}`)]) {
      plans = []
      await ordersOnFile(logged, numbers)
      expect(plans.length).toBeGreaterThan(0)
      for (const plan of plans) {
        expect(plan.some((step) => step.startsWith('SEARCH orders USING INDEX'))).toBe(true)
        expect(plan.filter((step) => step.startsWith('SCAN orders'))).toEqual([])
      }
    }
    const found = await ordersOnFile(logged, ['N-000007', 'N-000008', 'SO-1'])
    expect([...found].map(([number, order]) => [number, order.id, order.lines])).toEqual([
      ['N-000007', 'o000007', 0],
      ['N-000008', 'o000008', 0],
    ])
  })
})
