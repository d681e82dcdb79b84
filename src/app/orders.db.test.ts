import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateCollectionSchema, CreateOrderSchema, LedgerListQuerySchema } from '../contracts/orders'
import { CreateCustomerSchema } from '../contracts/customers'
import type { Db } from '../db/connect'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { createTestOrg } from '../test-support/test-org'
import { createCollectionPlan, listCollectionPlans } from './collection-plans'
import { createCollection, listCollections } from './collections'
import { createCustomer } from './customers'
import { importOrders } from './import-orders'
import { createOrder, updateOrder } from './orders'
import { fileFromBytes } from './sheet-rows'
import { undoImport } from './undo-import'
import { deleteRecord } from './delete-record'

const csv = (lines: string[]) => fileFromBytes('sheet.csv', new TextEncoder().encode(lines.join('\n')))

/** Changing an order: its money stays exact, and what pays it follows its rep. */
describe.each(ENGINES)('updating orders on %s', (engine) => {
  let database: Db
  let org: Awaited<ReturnType<typeof createTestOrg>>
  let customerId: string
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
    customerId = (await createCustomer(org.as('r1'), CreateCustomerSchema.parse({ name: '鼎盛精密' }))).id
  })
  afterAll(async () => database.close())

  it('keeps a total its lines do not add up to (as an import leaves it) through an edit of the note', async () => {
    const order = await createOrder(
      org.as('r1'),
      CreateOrderSchema.parse({
        number: 'SO-1',
        customerId,
        orderDate: '2026-11-02',
        lines: [{ product: '軸承', quantity: 3, unitPrice: 3_333 }],
      }),
    )
    // The sheet said 100.00 for three at 33.33 (a price after a discount, rounded).
    await database.db.updateTable('orders').set({ total_minor: 10_000 }).where('id', '=', order.id).execute()
    const noted = await updateOrder(org.as('r1'), order.id, order.version, { note: '月底前交貨' })
    expect(noted).toMatchObject({ total: 10_000, note: '月底前交貨' })
    const relined = await updateOrder(org.as('r1'), order.id, noted.version, {
      lines: [{ product: '軸承', quantity: 2, unitPrice: 3_333, discount: 0 }],
    })
    expect(relined.total).toBe(6_666)
  })

  it('moves the collections that pay an order to its new rep, so each rep’s receivable stays theirs', async () => {
    const order = await createOrder(
      org.as('r1'),
      CreateOrderSchema.parse({ number: 'SO-2', customerId, orderDate: '2026-11-03', total: 50_000 }),
    )
    await createCollection(
      org.as('r1'),
      CreateCollectionSchema.parse({
        customerId,
        orderId: order.id,
        collectedOn: '2026-11-10',
        amount: 20_000,
      }),
    )
    await createCollection(
      org.as('r1'),
      CreateCollectionSchema.parse({ customerId, collectedOn: '2026-11-11', amount: 1_000 }),
    )
    await updateOrder(org.as('m1'), order.id, order.version, { ownerId: org.users.r2.id })
    const owners = (await listCollections(org.as('admin'), LedgerListQuerySchema.parse({}))).items
      .map((c) => [c.amount, c.ownerName])
      .sort()
    expect(owners).toEqual([
      [1_000, 'R1'],
      [20_000, 'R2'],
    ])
  })

  it('refuses a rep’s import for a customer in the pool, as the API does', async () => {
    const pooled = await createCustomer(org.as('admin'), CreateCustomerSchema.parse({ name: '公海客戶' }))
    await database.db.updateTable('customers').set({ owner_id: null }).where('id', '=', pooled.id).execute()
    const report = await importOrders(
      org.as('r1', 'en'),
      csv(['Order ID,Customer Name,Order Date,Amount', 'P-1,公海客戶,2026-11-05,100']),
      { mode: 'all-or-nothing', dryRun: false },
    )
    expect(report.committed).toBe(false)
    expect(report.errors.map((e) => e.message)).toEqual([
      'Customer "公海客戶" is in the customer pool: claim it, or have it assigned, before recording anything for it.',
    ])
  })

  it('drops the plans of an order once it is cancelled, and plans nothing for a cancelled order', async () => {
    const fresh = (await createCustomer(org.as('r1'), CreateCustomerSchema.parse({ name: '宏遠貿易' }))).id
    const order = await createOrder(
      org.as('r1'),
      CreateOrderSchema.parse({ number: 'SO-3', customerId: fresh, orderDate: '2026-09-01', total: 70_000 }),
    )
    await createCollectionPlan(org.as('r1'), {
      customerId: fresh,
      orderId: order.id,
      dueOn: '2026-10-01',
      amount: 70_000,
      note: null,
    })
    const overdue = async () =>
      (await listCollectionPlans(org.as('m1'), { overdue: 'true' })).map((p) => [
        p.customerName,
        p.outstanding,
      ])
    expect(await overdue()).toEqual([['宏遠貿易', 70_000]])
    await updateOrder(org.as('r1'), order.id, order.version, { status: 'cancelled' })
    expect(await overdue()).toEqual([])
    await expect(
      createCollectionPlan(org.as('r1'), {
        customerId: fresh,
        orderId: order.id,
        dueOn: '2026-12-01',
        amount: 1,
        note: null,
      }),
    ).rejects.toMatchObject({ issues: [{ path: 'orderId', key: 'field.invalid' }] })
  })

  it('keeps an import from being undone while a collection recorded since pays one of its orders', async () => {
    const report = await importOrders(
      org.as('r1', 'en'),
      csv(['Order ID,Customer Name,Order Date,Amount', 'IM-1,鼎盛精密,2026-11-05,100']),
      { mode: 'all-or-nothing', dryRun: false },
    )
    const order = (
      await database.db
        .selectFrom('orders')
        .select('id')
        .where('number', '=', 'IM-1')
        .executeTakeFirstOrThrow()
    ).id
    const paid = await createCollection(
      org.as('r1'),
      CreateCollectionSchema.parse({ customerId, orderId: order, collectedOn: '2026-11-20', amount: 4_000 }),
    )
    await expect(undoImport(org.as('r1', 'en'), report.batchId as string)).rejects.toMatchObject({
      code: 'domain_rule',
      messageKey: 'import.undo_orders_paid',
    })
    expect(
      (
        await database.db
          .selectFrom('orders')
          .select('deleted_at')
          .where('id', '=', order)
          .executeTakeFirstOrThrow()
      ).deleted_at,
    ).toBeNull()
    await deleteRecord(org.as('r1'), 'collection', paid.id, paid.version)
    expect(await undoImport(org.as('r1'), report.batchId as string)).toEqual({ records: 1, customers: 0 })
  })
})
