import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

const FILE =
  '\uFEFFOrder ID,Customer Name,Order Date,Sales Rep,Amount\nW-1,網頁客戶,2026-10-01,r1@test.tw,"1,000.50"\nW-2,網頁客戶,2026-10-02,r1@test.tw,abc\n'

/** The import wizard's API: the file as the body, a report back, the batch undone. */
describe.each(ENGINES)('imports API on %s', (engine) => {
  let server: TestServer
  const upload = async (query: string, body = FILE) =>
    server.app.inject({
      method: 'POST',
      url: `/api/v1/imports/orders?${query}`,
      headers: { cookie: await server.cookie('r1'), 'content-type': 'text/csv', 'accept-language': 'en' },
      payload: body,
    })
  beforeAll(async () => {
    server = await startTestServer(engine)
  })
  afterAll(async () => server.close())

  it('reports a dry run, imports the good rows, and undoes the batch', async () => {
    const dry = (await upload('dryRun=true&mode=skip-invalid')).json()
    expect(dry).toMatchObject({ committed: false, orders: { created: 1 }, badRows: 1 })
    expect(dry.errors).toEqual([{ row: 3, column: 'Amount', message: '"abc" is not an amount.' }])
    const done = (await upload('mode=skip-invalid&name=oct.csv')).json()
    expect(done).toMatchObject({ committed: true, orders: { created: 1, unchanged: 0 } })
    const cookie = await server.cookie('r1')
    const orders = (await server.app.inject({ url: '/api/v1/orders', headers: { cookie } })).json().items
    expect(orders.map((o: { number: string; total: number }) => [o.number, o.total])).toEqual([
      ['W-1', 100_050],
    ])
    const undo = await server.app.inject({
      method: 'POST',
      url: `/api/v1/imports/${done.batchId}/undo`,
      headers: { cookie },
    })
    expect(undo.json()).toEqual({ orders: 1, customers: 1 })
    expect((await server.app.inject({ url: '/api/v1/orders', headers: { cookie } })).json().items).toEqual([])
  })
  it('refuses a file that is not CSV text, and the auditor', async () => {
    expect((await upload('', 'a,"b\n')).statusCode).toBe(400)
    const auditor = await server.app.inject({
      method: 'POST',
      url: '/api/v1/imports/orders',
      headers: { cookie: await server.cookie('auditor'), 'content-type': 'text/csv' },
      payload: FILE,
    })
    expect(auditor.statusCode).toBe(403)
  })
})
