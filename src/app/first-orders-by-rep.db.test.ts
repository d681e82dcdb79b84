import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCustomer, deleteCustomer } from './customers'
import { createOrder } from './orders'
import { CreateCustomerSchema } from '../contracts/customers'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { createTestOrg } from '../test-support/test-org'
import { firstOrdersByRep } from '../db/commission-figures.repo'
import type { Db } from '../db/connect'

const PERIOD = { from: '2026-08-01', to: '2026-10-31' }

/**
 * Each customer's first confirmed order ever decides whether it is new in a period (DOMAIN.md
 * "Commission", new-customer bonus; the team table's new customers): cancelled and deleted orders
 * never count, ties on the date go to the smallest id, and the credit goes to that order's rep.
 * A deleted customer is never new, as in the analyses' new customers (periodFigures).
 */
describe.each(ENGINES)('first orders by rep on %s', (engine) => {
  let database: Db
  let org: Awaited<ReturnType<typeof createTestOrg>>
  const orderIds: Record<string, string> = {}
  let n = 0
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
    const customer = async (name: string) =>
      (await createCustomer(org.as('r1'), CreateCustomerSchema.parse({ name, status: 'active' }))).id
    const order = async (key: string, customerId: string, on: string, status = 'confirmed') => {
      const o = await createOrder(org.as('r1'), {
        number: `SO-${++n}`,
        externalId: null,
        customerId,
        orderDate: on,
        status: status as 'confirmed',
        total: 100_00 * n,
        note: null,
      })
      orderIds[key] = o.id
    }
    const cancelledFirst = await customer('cancelled first')
    await order('cancelled', cancelledFirst, '2026-07-01', 'cancelled')
    await order('afterCancelled', cancelledFirst, '2026-09-10')
    const before = await customer('ordered before')
    await order('old', before, '2026-07-31')
    await order('again', before, '2026-08-02')
    const deletedFirst = await customer('deleted first')
    await order('deleted', deletedFirst, '2026-06-01')
    await database.db
      .updateTable('orders')
      .set({ deleted_at: '2026-11-01T00:00:00.000Z' })
      .where('id', '=', orderIds.deleted as string)
      .execute()
    await order('afterDeleted', deletedFirst, '2026-08-01')
    await order('sameDayA', deletedFirst, '2026-08-01')
    const deletedCustomer = await customer('deleted customer')
    await order('ofDeletedCustomer', deletedCustomer, '2026-09-01')
    await deleteCustomer(org.as('r1'), deletedCustomer)
    const later = await customer('first after the period')
    await order('later', later, '2026-11-05')
    await customer('never ordered')
  })
  afterAll(async () => database.close())

  it('finds the first confirmed, live order of each customer whose first falls in the period', async () => {
    const firsts = await firstOrdersByRep(database.db, { repIds: [org.users.r1.id], ...PERIOD })
    const tie = [orderIds.afterDeleted, orderIds.sameDayA].sort()[0]
    expect(firsts.map((f) => [f.customerName, f.orderId, f.orderDate]).sort()).toEqual(
      [
        ['cancelled first', orderIds.afterCancelled, '2026-09-10'],
        ['deleted first', tie, '2026-08-01'],
      ].sort(),
    )
    expect(firsts.every((f) => f.repId === org.users.r1.id)).toBe(true)
    const cancelled = firsts.find((f) => f.customerName === 'cancelled first')
    expect(cancelled?.orderAmountMinor).toBe(200_00)
  })

  it('never credits a deleted customer, though its first order falls in the period', async () => {
    const firsts = await firstOrdersByRep(database.db, { repIds: [org.users.r1.id], ...PERIOD })
    expect(firsts.map((f) => f.orderId)).not.toContain(orderIds.ofDeletedCustomer)
    expect(firsts.map((f) => f.customerName)).not.toContain('deleted customer')
  })

  it('credits only the reps asked for', async () => {
    expect(await firstOrdersByRep(database.db, { repIds: [org.users.r2.id], ...PERIOD })).toEqual([])
    expect(await firstOrdersByRep(database.db, { repIds: [], ...PERIOD })).toEqual([])
  })
})
