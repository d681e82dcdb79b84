import Fastify from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCustomer } from '../app/customers'
import { CreateCustomerSchema } from '../contracts/customers'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { createTestOrg, testContext } from '../test-support/test-org'
import { scheduleDailyRecycleBinPurge } from './daily-recycle-bin-purge'

describe.each(ENGINES)('the daily recycle-bin purge on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  let org: Awaited<ReturnType<typeof createTestOrg>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
  })
  afterAll(async () => database.close())

  it('purges at start what was deleted 90 days ago, keeps what was deleted since, and stops on close', async () => {
    const deletedAt = async (name: string, at: string) => {
      const { id } = await createCustomer(org.as('r1'), CreateCustomerSchema.parse({ name }))
      await database.db.updateTable('customers').set({ deleted_at: at }).where('id', '=', id).execute()
      return id
    }
    const old = await deletedAt('Old mistake', '2026-08-29T01:59:59.999Z')
    const recent = await deletedAt('Recent mistake', '2026-08-29T02:00:00.001Z')
    const now = new Date('2026-11-27T02:00:00Z') // 90 days after 2026-08-29T02:00Z
    const app = Fastify()
    await scheduleDailyRecycleBinPurge(app, { ...testContext(database), now: () => now }, '00:25')
    const left = await database.db
      .selectFrom('customers')
      .select('id')
      .where('id', 'in', [old, recent])
      .execute()
    expect(left.map((r) => r.id)).toEqual([recent])
    await app.close()
  })
})
