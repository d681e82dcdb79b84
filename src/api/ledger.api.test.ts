import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

type Role = 'admin' | 'boss' | 'm1' | 'r1' | 'r2' | 'r3' | 'finance' | 'auditor'
type Init = { method?: 'GET' | 'POST' | 'PATCH'; payload?: object; headers?: Record<string, string> }

/** Orders, collections and receivables through the API: exact money, visibility by owner, bad input. */
describe.each(ENGINES)('ledger API on %s', (engine) => {
  let server: TestServer
  let customerR1: string
  let customerR2: string
  let orderId: string
  const as = async (role: Role, url: string, init: Init = {}) =>
    server.app.inject({
      url,
      method: init.method ?? 'GET',
      payload: init.payload,
      headers: { cookie: await server.cookie(role), ...init.headers },
    })

  beforeAll(async () => {
    server = await startTestServer(engine)
    customerR1 = (
      await as('r1', '/api/v1/customers', { method: 'POST', payload: { name: '鼎盛精密' } })
    ).json().id
    customerR2 = (
      await as('r2', '/api/v1/customers', { method: 'POST', payload: { name: '宏遠貿易' } })
    ).json().id
  })
  afterAll(async () => server.close())

  it('computes an order total from its lines exactly, rounding half away from zero', async () => {
    const response = await as('r1', '/api/v1/orders', {
      method: 'POST',
      payload: {
        number: 'SO-001',
        customerId: customerR1,
        orderDate: '2026-03-05',
        lines: [
          { product: '精密軸承', quantity: 1.5, unitPrice: 333 },
          { product: '安裝服務', quantity: 2, unitPrice: 100_000, discount: 5_000 },
        ],
      },
    })
    expect(response.statusCode).toBe(201)
    const order = response.json()
    expect(order.lines.map((l: { amount: number }) => l.amount)).toEqual([500, 195_000])
    expect(order.total).toBe(195_500)
    expect(order.ownerId).toBe(server.org.users.r1.id)
    orderId = order.id
  })
  it('takes a total instead of lines, but not both', async () => {
    const ok = await as('r1', '/api/v1/orders', {
      method: 'POST',
      payload: { number: 'SO-002', customerId: customerR1, orderDate: '2026-04-01', total: 1_000_000 },
    })
    expect(ok.statusCode).toBe(201)
    const both = await as('r1', '/api/v1/orders', {
      method: 'POST',
      headers: { 'accept-language': 'zh-TW' },
      payload: {
        number: 'SO-003',
        customerId: customerR1,
        orderDate: '2026-04-01',
        total: 1,
        lines: [{ product: 'x', quantity: 1, unitPrice: 1 }],
      },
    })
    expect(both.statusCode).toBe(400)
    expect(both.json().error.details).toEqual([
      { path: 'total', message: '請填寫訂單明細或總金額，二擇一。' },
    ])
  })
  it('refuses bad lines, dates and duplicate numbers, writing nothing', async () => {
    const bad = await as('r1', '/api/v1/orders', {
      method: 'POST',
      payload: {
        number: 'SO-004',
        customerId: customerR1,
        orderDate: '2026-02-30',
        lines: [
          { product: 'x', quantity: -1, unitPrice: 1.5 },
          { product: 'y', quantity: 0.0001, unitPrice: 1 },
        ],
      },
    })
    expect(bad.statusCode).toBe(400)
    expect(
      bad
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['lines.0.quantity', 'lines.0.unitPrice', 'lines.1.quantity', 'orderDate'])
    const duplicate = await as('r1', '/api/v1/orders', {
      method: 'POST',
      payload: { number: 'SO-001', customerId: customerR1, orderDate: '2026-04-01', total: 5 },
    })
    expect(duplicate.statusCode).toBe(409)
    expect((await as('r1', '/api/v1/orders')).json().items).toHaveLength(2)
  })
  it('shows orders by owner: never to another rep, always to the manager and finance', async () => {
    expect((await as('r2', `/api/v1/orders/${orderId}`)).statusCode).toBe(404)
    expect((await as('r2', '/api/v1/orders')).json().items).toEqual([])
    expect((await as('r3', `/api/v1/orders?customer=${customerR1}`)).json().items).toEqual([])
    expect((await as('m1', `/api/v1/orders/${orderId}`)).statusCode).toBe(200)
    expect((await as('finance', '/api/v1/orders')).json().items).toHaveLength(2)
    const forOther = await as('r2', '/api/v1/orders', {
      method: 'POST',
      payload: { number: 'SO-9', customerId: customerR1, orderDate: '2026-04-01', total: 5 },
    })
    expect(forOther.statusCode).toBe(400)
    expect(forOther.json().error.details[0].path).toBe('customerId')
  })
  it('credits a collection to the order’s rep and refuses one against another customer’s order', async () => {
    const paid = await as('finance', '/api/v1/collections', {
      method: 'POST',
      payload: {
        customerId: customerR1,
        orderId,
        collectedOn: '2026-04-10',
        amount: 95_500,
        method: 'transfer',
      },
    })
    expect(paid.statusCode).toBe(201)
    expect(paid.json()).toMatchObject({
      ownerId: server.org.users.r1.id,
      orderNumber: 'SO-001',
      amount: 95_500,
    })
    const wrong = await as('admin', '/api/v1/collections', {
      method: 'POST',
      payload: { customerId: customerR2, orderId, collectedOn: '2026-04-10', amount: 1 },
    })
    expect(wrong.statusCode).toBe(422)
    const zero = await as('admin', '/api/v1/collections', {
      method: 'POST',
      payload: { customerId: customerR2, collectedOn: '2026-04-10', amount: 0 },
    })
    expect(zero.statusCode).toBe(400)
    expect(
      (
        await as('auditor', '/api/v1/collections', {
          method: 'POST',
          payload: { customerId: customerR1, collectedOn: '2026-04-10', amount: 1 },
        })
      ).statusCode,
    ).toBe(403)
    expect((await as('r2', '/api/v1/collections')).json().items).toEqual([])
  })
  it('computes receivables per customer, order and rep, and as of a date', async () => {
    await as('r2', '/api/v1/orders', {
      method: 'POST',
      payload: { number: 'SO-100', customerId: customerR2, orderDate: '2026-05-01', total: 70_000 },
    })
    await as('r2', '/api/v1/collections', {
      method: 'POST',
      payload: { customerId: customerR2, collectedOn: '2026-05-20', amount: 20_000, method: 'cash' },
    })
    const byCustomer = (await as('admin', '/api/v1/receivables?by=customer')).json()
    expect(byCustomer.items).toEqual([
      { id: customerR1, name: '鼎盛精密', ordered: 1_195_500, collected: 95_500, receivable: 1_100_000 },
      { id: customerR2, name: '宏遠貿易', ordered: 70_000, collected: 20_000, receivable: 50_000 },
    ])
    expect(byCustomer.total).toEqual({ ordered: 1_265_500, collected: 115_500, receivable: 1_150_000 })
    const byOrder = (await as('r1', '/api/v1/receivables?by=order')).json().items
    expect(byOrder.find((r: { name: string }) => r.name === 'SO-001')).toMatchObject({
      ordered: 195_500,
      collected: 95_500,
      receivable: 100_000,
    })
    const byRep = (await as('m1', '/api/v1/receivables?by=rep'))
      .json()
      .items.map((r: { name: string; receivable: number }) => [r.name, r.receivable])
    expect(byRep).toEqual([
      ['R1', 1_100_000],
      ['R2', 50_000],
    ])
    expect((await as('r2', '/api/v1/receivables')).json().total.receivable).toBe(50_000)
    const early = (await as('admin', '/api/v1/receivables?asOf=2026-04-05')).json().total
    expect(early).toEqual({ ordered: 1_195_500, collected: 0, receivable: 1_195_500 })
  })
  it('cancels an order with If-Match; cancelled orders leave the receivables; a stale version is 412', async () => {
    const order = await as('r1', `/api/v1/orders/${orderId}`)
    const cancel = await as('r1', `/api/v1/orders/${orderId}`, {
      method: 'PATCH',
      payload: { status: 'cancelled' },
      headers: { 'if-match': order.headers.etag as string },
    })
    expect(cancel.statusCode).toBe(200)
    expect(cancel.json().lines).toHaveLength(2)
    const stale = await as('r1', `/api/v1/orders/${orderId}`, {
      method: 'PATCH',
      payload: { status: 'confirmed' },
      headers: { 'if-match': order.headers.etag as string },
    })
    expect(stale.statusCode).toBe(412)
    const r1 = (await as('r1', '/api/v1/receivables')).json().total
    expect(r1).toEqual({ ordered: 1_000_000, collected: 95_500, receivable: 904_500 })
  })
  it('plans collections, covers them first-due first-paid, and lists the overdue ones per rep', async () => {
    const plan = (dueOn: string, amount: number) =>
      as('r1', '/api/v1/collection-plans', {
        method: 'POST',
        payload: { customerId: customerR1, dueOn, amount },
      })
    const first = await plan('2026-09-30', 500_000)
    expect(first.statusCode).toBe(201)
    // 95,500 collected so far for this customer: the earlier plan is partly covered and past due.
    expect(first.json()).toMatchObject({ outstanding: 404_500, overdue: true })
    expect((await plan('2026-12-31', 600_000)).json()).toMatchObject({ outstanding: 600_000, overdue: false })
    expect((await plan('2026-12-31', 0)).statusCode).toBe(400)
    const overdue = (await as('m1', '/api/v1/collection-plans?overdue=true')).json().items
    expect(overdue.map((p: { dueOn: string; outstanding: number }) => [p.dueOn, p.outstanding])).toEqual([
      ['2026-09-30', 404_500],
    ])
    expect((await as('r2', '/api/v1/collection-plans')).json().items).toEqual([])
    expect((await as('admin', '/api/v1/collection-plans/overdue-by-rep')).json().items).toEqual([
      { ownerId: server.org.users.r1.id, ownerName: 'R1', count: 1, outstanding: 404_500 },
    ])
  })
  it('exports orders and collections as CSV: only what the caller may see, money exact, formulas neutralised', async () => {
    await as('r2', '/api/v1/orders', {
      method: 'POST',
      payload: {
        number: 'SO-200',
        customerId: customerR2,
        orderDate: '2026-06-01',
        total: 123_45,
        note: '=cmd|calc',
      },
    })
    const mine = (await as('r2', '/api/v1/orders/export.csv?lang=en')).body
    expect(mine.startsWith('\uFEFFOrder number,Order date,Customer,Owner,Status,Total,Note\r\n')).toBe(true)
    expect(mine).toContain("SO-200,2026-06-01,宏遠貿易,R2,confirmed,123.45,'=cmd|calc")
    expect(mine).not.toContain('SO-001')
    const all = (
      await as('finance', '/api/v1/collections/export.csv', { headers: { 'accept-language': 'zh-TW' } })
    ).body
    expect(all.split('\r\n')[0]).toBe('\uFEFF回款日期,客戶,訂單,負責人,付款方式,金額,備註')
    expect(all).toContain('955.00')
  })
  it('exports a workbook with a frozen header and money as numbers', async () => {
    const response = await as('r2', '/api/v1/orders/export.xlsx?lang=zh-Hant')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('spreadsheetml')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '訂單編號',
      '訂單日期',
      '客戶',
      '負責人',
      '狀態',
      '總金額',
      '備註',
    ])
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'SO-200')!
    expect(row.getCell(6).value).toBe(123.45)
    expect(row.getCell(6).numFmt).toBe('#,##0.00')
    expect(row.getCell(7).value).toBe('=cmd|calc')
  })
  it('asks for the rep of a pool customer’s order, refuses a discount above its line, filters open receivables', async () => {
    const pool = (
      await as('admin', '/api/v1/customers', { method: 'POST', payload: { name: '公海客戶', ownerId: null } })
    ).json().id
    const noRep = await as('admin', '/api/v1/orders', {
      method: 'POST',
      payload: { number: 'SO-P', customerId: pool, orderDate: '2026-11-01', total: 100 },
    })
    expect(noRep.json().error.details).toEqual([{ path: 'ownerId', message: 'Owner is required.' }])
    const discount = await as('r1', '/api/v1/orders', {
      method: 'POST',
      payload: {
        number: 'SO-D',
        customerId: customerR1,
        orderDate: '2026-11-01',
        lines: [{ product: 'a', quantity: 1, unitPrice: 100, discount: 500 }],
      },
    })
    expect(discount.json().error.details).toEqual([
      { path: 'lines.0.discount', message: 'Order lines #1 Discount must be at most 100.' },
    ])
    const one = (await as('admin', `/api/v1/receivables?customer=${customerR2}`)).json().items
    expect(one.map((r: { id: string }) => r.id)).toEqual([customerR2])
    const open = (await as('admin', '/api/v1/receivables?by=order&open=true')).json().items
    expect(open.every((r: { receivable: number }) => r.receivable !== 0)).toBe(true)
  })
})
