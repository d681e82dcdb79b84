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
    expect(dry).toMatchObject({ kind: 'orders', committed: false, created: 1, badRows: 1 })
    expect(dry.errors).toEqual([{ row: 3, column: 'Amount', message: '"abc" is not an amount.' }])
    const done = (await upload('mode=skip-invalid&name=oct.csv')).json()
    expect(done).toMatchObject({ committed: true, created: 1, unchanged: 0 })
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
    expect(undo.json()).toEqual({ records: 1, customers: 1 })
    expect((await server.app.inject({ url: '/api/v1/orders', headers: { cookie } })).json().items).toEqual([])
  })
  it('streams progress lines, then the report, when asked for NDJSON', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => `N-${i},網頁客戶,2026-10-01,r1@test.tw,1`)
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/v1/imports/orders?dryRun=true',
      headers: {
        cookie: await server.cookie('r1'),
        'content-type': 'text/csv',
        accept: 'application/x-ndjson',
      },
      payload: ['Order ID,Customer Name,Order Date,Sales Rep,Amount', ...rows].join('\n'),
    })
    expect(response.headers['content-type']).toContain('application/x-ndjson')
    const lines = response.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.length).toBeGreaterThan(2)
    // The first batch holds the header row as well.
    expect(lines[0].progress).toMatchObject({ rows: 4_999, totalBytes: expect.any(Number) })
    expect(lines.at(-2).progress).toMatchObject({ rows: 12_000 })
    expect(lines.at(-1).report).toMatchObject({ committed: false, rows: 12_000, created: 12_000 })
  })
  it('answers an unknown kind with 400, naming the kinds', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/v1/imports/invoices',
      headers: { cookie: await server.cookie('r1'), 'content-type': 'text/csv' },
      payload: FILE,
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.details[0].path).toBe('kind')
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
