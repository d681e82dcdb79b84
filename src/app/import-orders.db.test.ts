import { randomBytes } from 'node:crypto'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/connect'
import { orderIndexes } from '../test-support/order-indexes'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { createTestOrg } from '../test-support/test-org'
import { importOrders } from './import-orders'
import { fileFromBytes } from './sheet-rows'
import { undoImport } from './undo-import'
import { listOrders } from './orders'
import { LedgerListQuerySchema } from '../contracts/orders'
import { countCustomers } from './customers'

const csv = (text: string) => fileFromBytes('orders.csv', new TextEncoder().encode('\uFEFF' + text))
const FILE = csv(
  [
    '訂單編號,客戶編號,客戶名稱,訂單日期,業務員,產品,數量,單價',
    'SO-1,C-1,鼎盛精密,2017年1月3日,r1@test.tw,軸承,2,"1,250.00"',
    'SO-1,C-1,鼎盛精密,2017/1/3,r1@test.tw,馬達,1.5,NT$333.333',
    'SO-2,C-2,宏遠貿易,42738,R2,軸承,1,100',
    'SO-3,C-3,壞日期,2017-02-30,R2,軸承,1,100',
  ].join('\n'),
)

describe.each(ENGINES)('importing orders on %s', (engine) => {
  let database: Db
  let org: Awaited<ReturnType<typeof createTestOrg>>
  const orderNumbers = async () =>
    (await listOrders(org.as('admin'), LedgerListQuerySchema.parse({}))).items
      .map((o) => [o.number, o.total, o.ownerName])
      .sort()

  beforeAll(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
  })
  afterAll(async () => database.close())

  it('all-or-nothing: one bad row and nothing is written, the row and column named', async () => {
    const report = await importOrders(org.as('m1', 'zh-Hant'), FILE, {
      mode: 'all-or-nothing',
      dryRun: false,
    })
    expect(report.committed).toBe(false)
    expect(report.errors).toEqual([
      {
        row: 5,
        column: '訂單日期',
        message: '「2017-02-30」不是日期（YYYY-MM-DD、YYYY/MM/DD、2017年1月3日 或 Excel 日期）。',
      },
    ])
    expect(await orderNumbers()).toEqual([])
    expect(await countCustomers(org.as('admin'), {})).toBe(0)
  })
  it('a dry run reports what would happen and writes nothing', async () => {
    const report = await importOrders(org.as('m1'), FILE, { mode: 'skip-invalid', dryRun: true })
    expect(report).toMatchObject({
      committed: false,
      rows: 4,
      created: 2,
      unchanged: 0,
      customersCreated: 2,
      rounded: 1,
      badRows: 1,
    })
    expect(await orderNumbers()).toEqual([])
  })
  it('skip-invalid writes the good orders as one batch, creating missing customers owned by the rep', async () => {
    const report = await importOrders(org.as('m1'), FILE, { mode: 'skip-invalid', dryRun: false })
    expect(report).toMatchObject({
      committed: true,
      created: 2,
      unchanged: 0,
      customersCreated: 2,
    })
    expect(await orderNumbers()).toEqual([
      ['SO-1', 300_000, 'R1'],
      ['SO-2', 10_000, 'R2'],
    ])
    expect(await countCustomers(org.as('r1'), {})).toBe(1)
  })
  it('importing the same file again changes nothing', async () => {
    const again = await importOrders(org.as('m1'), FILE, { mode: 'skip-invalid', dryRun: false })
    expect(again).toMatchObject({
      committed: false,
      created: 0,
      unchanged: 2,
      customersCreated: 0,
    })
    expect((await orderNumbers()).length).toBe(2)
  })
  it('refuses a rep outside the importer’s team, and a file in no known encoding', async () => {
    const outside = csv('Order ID,Customer Name,Order Date,Sales Rep,Amount\nX-1,Z,2017-01-01,r3@test.tw,10')
    const report = await importOrders(org.as('m1', 'en'), outside, { mode: 'all-or-nothing', dryRun: false })
    expect(report.errors[0]).toMatchObject({ row: 2, column: 'Sales Rep' })
    await expect(
      importOrders(org.as('m1'), fileFromBytes('x.csv', Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x81])), {
        mode: 'all-or-nothing',
        dryRun: false,
      }),
    ).rejects.toMatchObject({ code: 'validation' })
  })
  it('undoes a batch: its orders and the customers it created go to the recycle bin', async () => {
    const report = await importOrders(
      org.as('admin'),
      csv('Order ID,Customer Name,Order Date,Sales Rep,Amount\nU-1,Undo Co,2017-01-01,R3,10'),
      { mode: 'all-or-nothing', dryRun: false },
    )
    expect(
      await undoImport(org.as('r3'), report.batchId as string).catch((e: { code: string }) => e.code),
    ).toBe('not_found')
    expect(await undoImport(org.as('admin'), report.batchId as string)).toEqual({ records: 1, customers: 1 })
    expect((await orderNumbers()).map((o) => o[0])).not.toContain('U-1')
    expect(
      await undoImport(org.as('admin'), report.batchId as string).catch((e: { code: string }) => e.code),
    ).toBe('conflict')
    // The undone keys are free again: the corrected file imports anew.
    const again = await importOrders(
      org.as('admin'),
      csv('Order ID,Customer Name,Order Date,Sales Rep,Amount\nU-1,Undo Co,2017-01-01,R3,12'),
      { mode: 'all-or-nothing', dryRun: false },
    )
    expect(again).toMatchObject({ committed: true, created: 1, customersCreated: 1 })
    expect(await orderNumbers()).toContainEqual(['U-1', 1_200, 'R3'])
  })
  it('reads an XLSX workbook: date cells, numeric amounts', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('訂單')
    sheet.addRow(['Order ID', 'Customer Name', 'Order Date', 'Sales Rep', 'Amount'])
    sheet.addRow(['X-10', 'Excel 客戶', new Date(Date.UTC(2026, 9, 5)), 'r2@test.tw', 1234.5])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const report = await importOrders(org.as('admin'), fileFromBytes('orders.xlsx', bytes), {
      mode: 'all-or-nothing',
      dryRun: false,
    })
    expect(report).toMatchObject({ committed: true, encoding: 'xlsx', created: 1 })
    expect(await orderNumbers()).toContainEqual(['X-10', 123_450, 'R2'])
  })
  it('refuses an XLSX bomb before inflating it', async () => {
    // A ZIP whose central directory claims one entry of 4 GB.
    const bytes = new Uint8Array(22 + 46 + 30 + 1)
    const view = new DataView(bytes.buffer)
    view.setUint32(0, 0x04034b50, true)
    const cd = 31
    view.setUint32(cd, 0x02014b50, true)
    view.setUint32(cd + 24, 0xfffffffe, true)
    const eocd = cd + 46
    view.setUint32(eocd, 0x06054b50, true)
    view.setUint16(eocd + 10, 1, true)
    view.setUint32(eocd + 16, cd, true)
    await expect(
      importOrders(org.as('admin'), fileFromBytes('bomb.xlsx', bytes), {
        mode: 'all-or-nothing',
        dryRun: false,
      }),
    ).rejects.toMatchObject({ messageKey: 'import.too_large' })
  })
  it('answers 100 MB of garbage at once with a clear error, writing nothing', async () => {
    const before = await orderNumbers()
    const garbage = fileFromBytes('garbage.csv', new Uint8Array(randomBytes(100 * 1024 * 1024)))
    await expect(
      importOrders(org.as('admin'), garbage, { mode: 'skip-invalid', dryRun: false }),
    ).rejects.toMatchObject({ code: 'validation', messageKey: 'import.bad_encoding' })
    expect(await orderNumbers()).toEqual(before)
  })
  it('refuses a sheet with a NUL in it as not text, dry run or not (PostgreSQL cannot store one)', async () => {
    const before = await orderNumbers()
    const sheet = 'Order No,Customer,Date,Total\nSO-NUL,Nul\u0000 Ltd,2026-03-01,100\n'
    for (const dryRun of [true, false])
      await expect(
        importOrders(org.as('admin'), fileFromBytes('nul.csv', new TextEncoder().encode(sheet)), {
          mode: 'skip-invalid',
          dryRun,
        }),
      ).rejects.toMatchObject({ code: 'validation', messageKey: 'import.bad_encoding', params: { line: 1 } })
    expect(await orderNumbers()).toEqual(before)
  })
})

describe.each(ENGINES)('importing a large order sheet in batches on %s', (engine) => {
  let database: Db
  let org: Awaited<ReturnType<typeof createTestOrg>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
  })
  afterAll(async () => database.close())
  const orders = async () =>
    (await listOrders(org.as('admin'), LedgerListQuerySchema.parse({}))).items
      .map((o) => [o.number, o.total])
      .sort()

  // Batches of two rows, so an order's rows land in several batches.
  const HEADER = 'Order ID,Customer ID,Order Date,Sales Rep,Product,Quantity,Unit Price'
  it('rows of one order in different batches, even apart, make one order; progress is reported', async () => {
    const rows = [
      'B-1,C-9,2024-01-02,R1,A,1,10',
      'B-2,C-9,2024-01-02,R1,A,1,1',
      'B-1,C-9,2024-01-02,R1,B,2,10',
      'B-2,C-9,2024-01-02,R1,B,1,1',
      'B-1,C-9,2024-01-02,R1,C,3,10',
    ]
    const seen: number[] = []
    const report = await importOrders(org.as('admin'), csv([HEADER, ...rows].join('\n')), {
      mode: 'all-or-nothing',
      dryRun: false,
      batchRows: 2,
      onProgress: (p) => seen.push(p.rows),
    })
    expect(report).toMatchObject({ committed: true, created: 2, customersCreated: 1, errors: [] })
    expect(await orders()).toEqual([
      ['B-1', 6_000],
      ['B-2', 200],
    ])
    expect(seen.length).toBeGreaterThan(2)
    expect(seen.at(-1)).toBe(5)
  })
  it('skip-invalid refuses an order whole when a later batch holds a bad row of it', async () => {
    const rows = [
      'L-1,C-9,2024-02-01,R1,A,1,10',
      'L-2,C-9,2024-02-01,R1,A,1,10',
      'L-1,C-9,2024-02-01,R1,B,x,10',
      'L-3,C-9,2024-02-01,R1,A,1,10',
      'L-2,C-9,2024-02-09,R1,B,1,10',
    ]
    const report = await importOrders(org.as('admin'), csv([HEADER, ...rows].join('\n')), {
      mode: 'skip-invalid',
      dryRun: false,
      batchRows: 2,
    })
    expect(report).toMatchObject({ committed: true, created: 1, badRows: 2 })
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [4, 'Quantity'],
      [6, 'Order ID'],
    ])
    expect((await orders()).map((o) => o[0])).toEqual(['B-1', 'B-2', 'L-3'])
  })
  it('a large import builds the orders’ random-key indexes after its rows; a refused or dry one leaves them', async () => {
    const indexes = () => orderIndexes(database)
    // Twelve orders of two rows each, every second row after all the first rows:
    // they add to orders made before the indexes went.
    const first = Array.from({ length: 12 }, (_, i) => `D-${i},C-D${i % 3},2024-04-0${1 + (i % 9)},R1,A,1,10`)
    const second = Array.from(
      { length: 12 },
      (_, i) => `D-${i},C-D${i % 3},2024-04-0${1 + (i % 9)},R1,B,2,10`,
    )
    const before = await indexes()
    // Batches of two rows, the indexes dropped after the first orders are made.
    const importD = (rows: readonly string[], dryRun = false) =>
      importOrders(org.as('admin'), csv([HEADER, ...rows].join('\n')), {
        mode: 'all-or-nothing',
        dryRun,
        batchRows: 2,
        deferIndexesAfter: 1,
      })
    const refused = await importD([...first, ...second, 'D-99,C-D1,2024-02-30,R1,A,1,10'])
    expect(refused.committed).toBe(false)
    expect(await indexes()).toEqual(before)
    const dry = await importD([...first, ...second], true)
    expect(dry).toMatchObject({ committed: false, created: 12, errors: [] })
    expect(await indexes()).toEqual(before)
    const report = await importD([...first, ...second])
    expect(report).toMatchObject({ committed: true, created: 12, errors: [] })
    const after = await indexes()
    expect(after.map((i) => [i.name, i.sql])).toEqual(before.map((i) => [i.name, i.sql]))
    if (database.engine === 'sqlite')
      expect(after.filter((a, i) => a.rootpage !== before[i]?.rootpage).length).toBe(4)
    expect((await orders()).filter((o) => String(o[0]).startsWith('D-'))).toEqual(
      Array.from({ length: 12 }, (_, i) => [`D-${i}`, 3_000]).sort(),
    )
    // The orders are found again through the rebuilt indexes, by customer and date.
    const byCustomer = await database.db
      .selectFrom('orders')
      .innerJoin('customers', 'customers.id', 'orders.customer_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('customers.external_id', '=', 'C-D1')
      .where('orders.order_date', '>=', '2024-04-01')
      .executeTakeFirstOrThrow()
    expect(Number(byCustomer.n)).toBe(4)
  })
  it('refuses an order for a customer of another team, naming it', async () => {
    await importOrders(org.as('r3'), csv(`${HEADER}\nT-1,C-R3,2024-03-01,R3,A,1,10`), {
      mode: 'all-or-nothing',
      dryRun: false,
    })
    const report = await importOrders(org.as('m1', 'en'), csv(`${HEADER}\nT-2,C-R3,2024-03-01,R1,A,1,10`), {
      mode: 'all-or-nothing',
      dryRun: false,
    })
    expect(report.committed).toBe(false)
    expect(report.errors).toEqual([
      {
        row: 2,
        column: 'Customer ID',
        message: 'Customer "C-R3" belongs to a rep whose records you cannot change.',
      },
    ])
  })
})
