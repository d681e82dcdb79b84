import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LedgerListQuerySchema } from '../contracts/orders'
import type { Db } from '../db/connect'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { createTestOrg } from '../test-support/test-org'
import { listCollections } from './collections'
import { importCollections } from './import-collections'
import { importOrders } from './import-orders'
import { fileFromBytes } from './sheet-rows'
import { undoImport } from './undo-import'

const csv = (lines: string[]) => fileFromBytes('sheet.csv', new TextEncoder().encode(lines.join('\n')))
const HEADER = '回款編號,客戶編號,客戶名稱,訂單編號,回款日期,金額,方式,業務員'

describe.each(ENGINES)('importing collections on %s', (engine) => {
  let database: Db
  let org: Awaited<ReturnType<typeof createTestOrg>>
  const collections = async () =>
    (await listCollections(org.as('admin'), LedgerListQuerySchema.parse({}))).items
      .map((c) => [c.customerName, c.orderNumber, c.collectedOn, c.amount, c.method, c.ownerName])
      .sort()

  beforeAll(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
    await importOrders(
      org.as('admin'),
      csv([
        'Order ID,Customer ID,Customer Name,Order Date,Sales Rep,Amount',
        'SO-1,C-1,鼎盛,2025-01-05,R1,1000',
      ]),
      { mode: 'all-or-nothing', dryRun: false },
    )
  })
  afterAll(async () => database.close())

  it('all-or-nothing: an order of another customer refuses the file, naming row and column', async () => {
    const report = await importCollections(
      org.as('finance', 'zh-Hant'),
      csv([HEADER, 'RC-1,C-1,鼎盛,SO-1,2025/2/1,600,轉帳,', 'RC-2,C-2,宏遠,SO-1,2025/2/2,100,現金,']),
      { mode: 'all-or-nothing', dryRun: false },
    )
    expect(report.committed).toBe(false)
    expect(report.errors).toEqual([{ row: 3, column: '訂單編號', message: '這張訂單屬於其他客戶。' }])
    expect(await collections()).toEqual([])
  })

  it('credits the order’s rep, then the customer’s owner; re-importing changes nothing; undo takes it back', async () => {
    const file = csv([
      HEADER,
      'RC-1,C-1,鼎盛,SO-1,2025/2/1,600,轉帳,',
      ',C-1,鼎盛,,2025年3月1日,"NT$1,200.50",支票,',
      ',C-1,鼎盛,,2025年3月1日,"NT$1,200.50",支票,',
      ',,新客戶,,2025-03-02,50,,r2@test.tw',
    ])
    const report = await importCollections(org.as('finance'), file, { mode: 'all-or-nothing', dryRun: false })
    expect(report).toMatchObject({
      committed: true,
      created: 4,
      unchanged: 0,
      customersCreated: 1,
      errors: [],
    })
    expect(await collections()).toEqual([
      ['新客戶', null, '2025-03-02', 5_000, 'transfer', 'R2'],
      ['鼎盛', null, '2025-03-01', 120_050, 'check', 'R1'],
      ['鼎盛', null, '2025-03-01', 120_050, 'check', 'R1'],
      ['鼎盛', 'SO-1', '2025-02-01', 60_000, 'transfer', 'R1'],
    ])
    const again = await importCollections(org.as('finance'), file, { mode: 'all-or-nothing', dryRun: false })
    expect(again).toMatchObject({ committed: false, created: 0, unchanged: 4 })
    expect(await undoImport(org.as('finance'), report.batchId as string)).toEqual({
      records: 4,
      customers: 1,
    })
    expect(await collections()).toEqual([])
  })

  it('refuses an order out of the importer’s reach as unknown, and a rep outside their team', async () => {
    const report = await importCollections(
      org.as('r3', 'en'),
      csv([HEADER, 'RX-1,C-1,鼎盛,SO-1,2025-02-01,1,,', 'RX-2,C-9,Z,,2025-02-01,1,,r1@test.tw']),
      { mode: 'skip-invalid', dryRun: false },
    )
    expect(report.errors).toEqual([
      { row: 2, column: '訂單編號', message: 'No order "SO-1" you may record collections for.' },
      {
        row: 3,
        column: '業務員',
        message: 'No sales rep "r1@test.tw" (give an email or a name of your team).',
      },
    ])
    expect(report.committed).toBe(false)
  })

  it('credits a collection that pays an order to the order’s rep, whatever rep the sheet names', async () => {
    const report = await importCollections(
      org.as('finance'),
      csv([HEADER, 'RO-1,C-1,鼎盛,SO-1,2025-02-03,10,,r2@test.tw']),
      { mode: 'all-or-nothing', dryRun: false },
    )
    expect(report).toMatchObject({ committed: true, created: 1 })
    expect(await collections()).toEqual([['鼎盛', 'SO-1', '2025-02-03', 1_000, 'transfer', 'R1']])
    await undoImport(org.as('finance'), report.batchId as string)
  })

  it('refuses a collection id met on an earlier row; the first stands', async () => {
    const report = await importCollections(
      org.as('finance', 'en'),
      csv([HEADER, 'RD-1,C-1,鼎盛,,2025-02-01,1,,', 'RD-1,C-1,鼎盛,,2025-02-02,2,,']),
      { mode: 'all-or-nothing', dryRun: true },
    )
    expect(report).toMatchObject({ created: 1, badRows: 1 })
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([[3, '回款編號']])
  })
})
