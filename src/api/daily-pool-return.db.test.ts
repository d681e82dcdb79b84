import Fastify from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCustomer, getCustomer } from '../app/customers'
import { returnIdleCustomers } from '../app/return-idle-customers'
import { CreateCustomerSchema } from '../contracts/customers'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { createTestOrg, testContext } from '../test-support/test-org'
import { scheduleDailyPoolReturn } from './daily-pool-return'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** Waits (up to 5 s, for a loaded machine) until `check` holds; the caller then asserts it. */
const eventually = async (check: () => Promise<boolean>) => {
  for (let waited = 0; waited < 5000 && !(await check()); waited += 20) await pause(20)
}

describe.each(ENGINES)('the daily pool return on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  let org: Awaited<ReturnType<typeof createTestOrg>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
    // The pool's clock started years ago (its first automatic run).
    await returnIdleCustomers(org.as('admin'), '2020-01-01')
  })
  afterAll(async () => database.close())

  /** A customer of r1 last followed up long ago: it returns at the next run. */
  const idle = async (name: string) => {
    const { id } = await createCustomer(org.as('r1'), CreateCustomerSchema.parse({ name }))
    await database.db
      .updateTable('customers')
      .set({ assigned_at: '2020-01-01', last_follow_up_on: '2020-01-01' })
      .where('id', '=', id)
      .execute()
    return id
  }
  const owner = async (id: string) => (await getCustomer(org.as('admin'), id)).ownerId

  it('runs at start, then once per new day of the time zone, and stops when the server closes', async () => {
    let now = new Date('2026-11-27T02:00:00Z')
    const ctx = { ...testContext(database), now: () => now }
    const app = Fastify()
    const first = await idle('First')
    await scheduleDailyPoolReturn(app, ctx, 10)
    expect(await owner(first)).toBeNull()

    const sameDay = await idle('Same day')
    now = new Date('2026-11-27T15:59:00Z') // 23:59 in Taipei: still the same day
    await pause(60)
    expect(await owner(sameDay)).toBe(org.users.r1.id)

    now = new Date('2026-11-27T16:01:00Z') // 00:01 the next day in Taipei
    await eventually(async () => (await owner(sameDay)) === null)
    expect(await owner(sameDay)).toBeNull()

    await app.close()
    const afterClose = await idle('After close')
    now = new Date('2026-11-29T02:00:00Z')
    await pause(60)
    expect(await owner(afterClose)).toBe(org.users.r1.id)
  })
})
