import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAnalysesFixture } from '../test-support/analyses-fixture'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

type Who = Parameters<TestServer['cookie']>[0]
const BASE = '/api/v1/reports/half-month'

async function sheetOf(body: Buffer) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(body as unknown as ArrayBuffer)
  const ws = workbook.worksheets[0]
  if (!ws) throw new Error('no sheet')
  return ws
}

/** The half-monthly report through HTTP (today 2026-11-27): each role, the workbook, bad periods. */
describe.each(ENGINES)('half-monthly report API on %s', (engine) => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer(engine)
    await createAnalysesFixture(server.database, server.org)
  })
  afterAll(async () => server.close())

  const call = async (who: Who, url: string, method: 'GET' | 'POST' = 'GET', lang = 'en') =>
    server.app.inject({ method, url, headers: { cookie: await server.cookie(who), 'accept-language': lang } })

  it('shows each role the rows it may see of a closed half-month, with their total', async () => {
    const rows: Record<string, string[]> = {}
    const sales: Record<string, number> = {}
    expect((await call('auditor', `${BASE}/2026-10-1`)).statusCode, 'the auditor reads no money').toBe(403)
    expect((await call('auditor', BASE)).statusCode, 'nor the list').toBe(403)
    for (const who of ['admin', 'boss', 'm1', 'r1', 'r2', 'r3', 'finance'] as const) {
      const response = await call(who, `${BASE}/2026-10-1`)
      expect(response.statusCode, who).toBe(200)
      const body = response.json()
      rows[who] = body.rows.map((r: { repName: string }) => r.repName)
      sales[who] = body.total.sales
    }
    const everyone = ['BOSS', 'M1', 'R1', 'R2', 'R3']
    expect(rows).toEqual({
      admin: everyone,
      boss: everyone,
      m1: ['M1', 'R1', 'R2'],
      r1: ['R1'],
      r2: ['R2'],
      r3: ['R3'],
      finance: everyone,
    })
    expect(sales).toMatchObject({ admin: 25_00, m1: 25_00, r1: 0, r2: 25_00, r3: 0 })
  })

  it('lets admin and finance generate a new version, and no one else', async () => {
    for (const who of ['boss', 'm1', 'r1', 'auditor'] as const)
      expect((await call(who, `${BASE}/2026-10-1/generate`, 'POST')).statusCode, who).toBe(403)
    const made = await call('finance', `${BASE}/2026-10-1/generate`, 'POST')
    expect(made.statusCode).toBe(201)
    expect(made.json()).toMatchObject({ kept: true, version: 1, generatedBy: { name: 'FINANCE' } })
    expect((await call('admin', `${BASE}/2026-10-1/generate`, 'POST')).json().version).toBe(2)
    expect((await call('r2', `${BASE}/2026-10-1?version=1`)).json()).toMatchObject({
      kept: true,
      version: 1,
      versions: 2,
      restricted: true,
    })
  })

  it('lists the half-months with their status for anyone signed in', async () => {
    const response = await call('r1', `${BASE}?limit=4`)
    expect(response.statusCode).toBe(200)
    const body = response.json()
    expect(body.canGenerate).toBe(false)
    expect(body.items.map((i: { period: string; status: string }) => `${i.period} ${i.status}`)).toEqual([
      '2026-11-2 open',
      '2026-11-1 not_generated',
      '2026-10-2 not_generated',
      '2026-10-1 generated',
    ])
    expect(body.nextBefore).toBe('2026-10-1')
    expect((await call('finance', BASE)).json().canGenerate).toBe(true)
    expect((await server.app.inject({ url: BASE })).statusCode).toBe(401)
  })

  it('downloads the kept workbook in the language asked for; a manager gets their rows only', async () => {
    const response = await call('admin', `${BASE}/2026-10-1/workbook?lang=zh-Hant`)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('spreadsheetml')
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="half-month-report-2026-10-1.xlsx"',
    )
    const ws = await sheetOf(response.rawPayload)
    expect(ws.getCell('A1').value).toBe('Abacus・半月數據報表 2026-10-01 – 2026-10-15')
    expect(String(ws.getCell('A2').value)).toMatch(/^第 2 版/)
    expect(ws.getCell('C4').value).toBe('銷售額')
    const names = [5, 6, 7, 8, 9].map((r) => ws.getRow(r).getCell(1).value)
    expect(names).toEqual(['BOSS', 'M1', 'R1', 'R2', 'R3'])
    expect(ws.getRow(10).getCell(1).value).toBe('合計')

    const mine = await sheetOf((await call('m1', `${BASE}/2026-10-1/workbook?version=1`)).rawPayload)
    expect(mine.getCell('C4').value).toBe('Sales')
    expect([5, 6, 7].map((r) => mine.getRow(r).getCell(1).value)).toEqual(['M1', 'R1', 'R2'])
    expect(mine.getRow(8).getCell(1).value).toBe('Total')
    expect(String(mine.getCell('A2').value)).toContain('Only the sales reps you may see')
    // A closed half-month with nothing kept yet: the figures as they are now.
    const live = await sheetOf((await call('r3', `${BASE}/2026-09-2/workbook`, 'GET', 'zh-CN')).rawPayload)
    expect(String(live.getCell('A2').value)).toMatch(/^截至 /)
    expect(live.getRow(5).getCell(1).value).toBe('R3')
  })

  it('refuses bad periods and a half-month not over, in the reader’s language', async () => {
    const open = await call('admin', `${BASE}/2026-11-2`, 'GET', 'zh-TW')
    expect(open.statusCode).toBe(422)
    expect(open.json().error).toMatchObject({
      code: 'domain_rule',
      message: '半月 2026-11-2（2026-11-16 – 2026-11-30）尚未結束：2026-12-01 起才能產生報表。',
    })
    expect((await call('admin', `${BASE}/2026-11-2/workbook`)).statusCode).toBe(422)
    expect((await call('admin', `${BASE}/2026-11-2/generate`, 'POST')).statusCode).toBe(422)
    const bad = await call('admin', `${BASE}/2026-11-3`)
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.details).toEqual([
      {
        path: 'period',
        message:
          'Period must be a half-month written YYYY-MM-1 (the 1st to the 15th) or YYYY-MM-2 (the 16th to the end of the month), e.g. 2026-11-1.',
      },
    ])
    expect((await call('admin', `${BASE}/2026-1-1/workbook`)).statusCode).toBe(400)
    expect((await call('admin', `${BASE}?before=2026-11`)).statusCode).toBe(400)
    expect((await call('admin', `${BASE}/2026-10-1?version=0`)).statusCode).toBe(400)
    const missing = await call('admin', `${BASE}/2026-09-1?version=3`)
    expect(missing.statusCode).toBe(404)
    expect(missing.json().error.message).toBe('The half-monthly report 2026-09-1 has no version 3.')
  })

  it('describes the endpoints in the OpenAPI document', async () => {
    const doc = (await server.app.inject({ url: '/api/v1/openapi.json' })).json()
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        BASE,
        `${BASE}/{period}`,
        `${BASE}/{period}/workbook`,
        `${BASE}/{period}/generate`,
      ]),
    )
  })
})
