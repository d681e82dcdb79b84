import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { orderIndexes } from '../test-support/order-indexes'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import type { Db } from './connect'
import { deferOrderIndexes } from './deferred-indexes'

const definitions = (indexes: readonly { name: string; sql: string | null }[]) =>
  indexes.map((i) => [i.name, i.sql])

describe.each(ENGINES)('building the orders’ indexes after a bulk insert on %s', (engine) => {
  let database: Db
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    // Statistics to keep: ANALYZE writes a row per index.
    if (engine === 'sqlite') await sql`analyze`.execute(database.db)
  })
  afterAll(async () => database.close())

  const statistics = async () =>
    engine === 'sqlite'
      ? (await sql`select * from sqlite_stat1 where tbl = 'orders' order by idx`.execute(database.db)).rows
      : []

  it('drops the random-key indexes in the transaction, and builds them again with their statistics', async () => {
    const before = await orderIndexes(database)
    const statsBefore = await statistics()
    await database.db.transaction().execute(async (tx) => {
      const build = await deferOrderIndexes(tx)
      const names = (await orderIndexes({ ...database, db: tx })).map((i) => i.name)
      if (engine === 'sqlite') {
        expect(names).not.toContain('orders_customer_date')
        expect(names).not.toContain('orders_date')
        expect(names).toContain('orders_import_batch')
        expect(names.length).toBe(before.length - 4)
      } else expect(names.length).toBe(before.length)
      await build()
    })
    const after = await orderIndexes(database)
    expect(definitions(after)).toEqual(definitions(before))
    expect(await statistics()).toEqual(statsBefore)
    if (engine === 'sqlite') {
      expect(statsBefore.length).toBeGreaterThan(4)
      // Built anew: the rebuilt indexes live on new pages.
      const moved = after.filter((a) => before.find((b) => b.name === a.name)?.rootpage !== a.rootpage)
      expect(moved.map((i) => i.name).sort()).toEqual([
        'orders_customer_date',
        'orders_customer_sales',
        'orders_date',
        'orders_owner_date',
      ])
    }
  })

  it('a rollback brings the indexes back untouched', async () => {
    const before = await orderIndexes(database)
    await expect(
      database.db.transaction().execute(async (tx) => {
        await deferOrderIndexes(tx)
        throw new Error('refused')
      }),
    ).rejects.toThrow('refused')
    expect(await orderIndexes(database)).toEqual(before)
  })
})
