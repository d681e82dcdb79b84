import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCustomer } from '../app/customers'
import { createFollowUp } from '../app/follow-ups'
import { createOrder } from '../app/orders'
import { CreateCustomerSchema } from '../contracts/customers'
import { CreateFollowUpSchema } from '../contracts/follow-ups'
import { CreateOrderSchema } from '../contracts/orders'
import type { Db } from '../db/connect'
import { checkAfterCrash } from './crash-checks'
import { newLedger } from './crash-workload'
import { ENGINES, openTestDatabase } from './test-database'
import { createTestOrg } from './test-org'

/** The crash suite is only as good as its checks: each kind of damage must be found. */
describe.each(ENGINES)('the checks after a crash on %s', (engine) => {
  let database: Db
  let org: Awaited<ReturnType<typeof createTestOrg>>
  let customerId: string
  beforeEach(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
    customerId = (
      await createCustomer(org.as('r1'), CreateCustomerSchema.parse({ name: 'C', status: 'active' }))
    ).id
  })
  afterEach(() => database.close())

  const followUp = (summary: string) =>
    createFollowUp(org.as('r1'), CreateFollowUpSchema.parse({ customerId, channel: 'phone', summary }))
  const order = (number: string) =>
    createOrder(
      org.as('r1'),
      CreateOrderSchema.parse({
        number,
        customerId,
        orderDate: '2026-11-20',
        lines: [
          { product: 'A', quantity: 2, unitPrice: 150 },
          { product: 'B', quantity: 1, unitPrice: 700 },
        ],
      }),
    )

  it('finds nothing wrong when every operation is whole and every acknowledged one is there', async () => {
    const ledger = newLedger()
    await followUp('crash:fu:a')
    ledger.followUps.set('crash:fu:a', 'acked')
    ledger.followUps.set('crash:fu:cut', 'unknown')
    await order('crash-o-a')
    ledger.orders.set('crash-o-a', { lines: 2, total: 1000, outcome: 'acked' })
    let pinned = false
    const found = await checkAfterCrash(database, ledger, () => (pinned = true))
    expect(found).toEqual({ lost: 0, halfApplied: 0, integrity: 0, unexpected: 0, problems: [] })
    expect(pinned).toBe(true)
  })

  it('finds a lost write, half an order, half an import, a record without its audit row, a refused one kept', async () => {
    const ledger = newLedger()
    ledger.followUps.set('crash:fu:lost', 'acked')
    await followUp('crash:fu:refused')
    ledger.followUps.set('crash:fu:refused', 'refused')
    const half = await order('crash-o-half')
    ledger.orders.set('crash-o-half', { lines: 2, total: 1000, outcome: 'unknown' })
    await database.db
      .deleteFrom('order_lines')
      .where('order_id', '=', half.id)
      .where('product', '=', 'B')
      .execute()
    ledger.imports.set('ci-m-', { rows: 3, batchId: null, outcome: 'unknown' })
    for (const i of [0, 1])
      await createCustomer(
        org.as('r1'),
        CreateCustomerSchema.parse({ name: `I${i}`, status: 'active', externalId: `ci-m-${i}` }),
      )
    const unaudited = await followUp('crash:fu:unaudited')
    ledger.followUps.set('crash:fu:unaudited', 'acked')
    await database.db.deleteFrom('audit_log').where('entity_id', '=', unaudited.id).execute()
    // The cadence left behind, as a follow-up written without its customer's refresh would.
    await sql`update customers set last_follow_up_on = null where id = ${customerId}`.execute(database.db)

    const found = await checkAfterCrash(database, ledger)
    expect(found).toMatchObject({ lost: 1, unexpected: 1, integrity: 0 })
    // Half the order, half the import, the audit row, the cadence.
    expect(found.halfApplied).toBe(4)
    expect(found.problems.join('\n')).toContain('order crash-o-half: 1/2 lines, 300 of 1000')
    expect(found.problems.join('\n')).toContain('import ci-m-: 2 of 3 rows')
  })
})
