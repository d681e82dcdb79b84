import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAnalysesFixture } from '../test-support/analyses-fixture'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

const PAIR = 'from=2026-08-01&to=2026-12-31&prevFrom=2026-03-01&prevTo=2026-07-31'

/** The analyses through HTTP: each role sees its own customers, bad periods are refused in the reader's language. */
describe.each(ENGINES)('analyses API on %s', (engine) => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer(engine)
    await createAnalysesFixture(server.database, server.org)
  })
  afterAll(async () => server.close())

  const get = async (who: Parameters<TestServer['cookie']>[0], url: string, lang = 'en') =>
    server.app.inject({ url, headers: { cookie: await server.cookie(who), 'accept-language': lang } })

  it('answers the gain/loss with its bridge for each role, by what each may read', async () => {
    const current: Record<string, number> = {}
    for (const who of ['admin', 'boss', 'm1', 'r1', 'r2', 'r3', 'finance'] as const) {
      const response = await get(who, `/api/v1/analyses/customers?${PAIR}`)
      expect(response.statusCode).toBe(200)
      current[who] = response.json().bridge.current
    }
    // The auditor reads no money (DOMAIN.md "People and visibility"): refused, in their language.
    const refused = await get('auditor', `/api/v1/analyses/customers?${PAIR}`, 'zh-TW')
    expect(refused.statusCode).toBe(403)
    expect(refused.json().error.code).toBe('forbidden')
    // m1's tree is r1 and r2 (X, Y, N); r3 only R; boss everyone in sales; finance all.
    expect(current).toEqual({
      admin: 200_00,
      boss: 200_00,
      m1: 185_00,
      r1: 160_00,
      r2: 25_00,
      r3: 15_00,
      finance: 200_00,
    })
  })

  it('returns the worked example with its breakdowns and facts in the reader’s language', async () => {
    const body = (await get('admin', `/api/v1/analyses/customers?${PAIR}`, 'zh-TW')).json()
    expect(body.bridge).toEqual({
      previous: 180_00,
      new: 25_00,
      reactivated: 15_00,
      expansion: 20_00,
      contraction: 10_00,
      lost: 30_00,
      current: 200_00,
    })
    expect(body.byRep).toHaveLength(3)
    expect(body.lostReasons).toEqual([{ reason: 'moved', count: 1, previousSales: 30_00 }])
    expect(body.facts.map((f: { text: string }) => f.text)).toContain('1 個新客戶帶來 25.00。')
    expect(body.facts[1]).toMatchObject({
      key: 'fact.new_customers_one',
      params: { count: { kind: 'count', value: 1 }, amount: { kind: 'money', value: 25_00 } },
    })
  })

  it('drills into a group, within what the caller reads', async () => {
    const lost = (await get('m1', `/api/v1/analyses/customers/list?${PAIR}&group=lost`)).json()
    expect(lost.items).toMatchObject([{ name: 'Z', lostReason: 'moved', previousSales: 30_00 }])
    const r1 = (await get('r1', `/api/v1/analyses/customers/list?${PAIR}&group=lost`)).json()
    expect(r1.items).toEqual([])
    const bad = await get('admin', `/api/v1/analyses/customers/list?${PAIR}&group=gone`)
    expect(bad.statusCode).toBe(400)
  })

  it('compares periods, lists months and grows by year', async () => {
    const sales = (await get('admin', `/api/v1/analyses/sales?${PAIR}`)).json()
    expect(sales.collections).toEqual({ current: 125_00, previous: 80_00, difference: 45_00, change: 0.5625 })
    const r3 = (await get('r3', `/api/v1/analyses/sales?${PAIR}`)).json()
    expect(r3.sales.change).toBeNull()
    const monthly = (await get('admin', '/api/v1/analyses/monthly?from=2026-08-01&to=2026-12-31')).json()
    expect(monthly.months.map((m: { month: string }) => m.month)).toEqual([
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ])
    const growth = (
      await get('admin', '/api/v1/analyses/growth?from=2025-01-01&to=2026-12-31&by=year')
    ).json()
    // Measured to today (Nov 27): 2026 to date, against 2025's same days (10.00; the rest of 2025's
    // sales came in December); no whole year to run CAGR between.
    expect(growth.period).toEqual({ from: '2025-01-01', to: '2026-11-27' })
    expect(growth.series).toEqual([
      { period: '2025', sales: 1009_00, growth: null },
      { period: '2026', sales: 340_00, growth: 340 / 10 - 1 },
    ])
    expect(growth.cagr).toBeNull()
  })

  it('refuses a period that ends before it starts, in the reader’s language', async () => {
    const response = await get('admin', '/api/v1/analyses/customers?from=2026-12-31&to=2026-08-01', 'zh-TW')
    expect(response.statusCode).toBe(400)
    expect(response.json().error.details).toEqual([{ path: 'to', message: '期間的結束日不可早於開始日。' }])
  })

  it('refuses a previous period that is reversed, half given, or not before the period', async () => {
    const reversed = await get(
      'admin',
      '/api/v1/analyses/sales?from=2026-08-01&to=2026-12-31&prevFrom=2026-07-31&prevTo=2026-03-01',
    )
    expect(reversed.statusCode).toBe(400)
    expect(reversed.json().error.details).toEqual([
      { path: 'prevTo', message: 'The previous period must end on or after its first day.' },
    ])
    const half = await get(
      'admin',
      '/api/v1/analyses/customers?from=2026-08-01&to=2026-12-31&prevFrom=2026-03-01',
    )
    expect(half.json().error.details).toEqual([
      { path: 'prevTo', message: 'Give both ends of the previous period, or neither.' },
    ])
    const overlapping = await get(
      'admin',
      '/api/v1/analyses/customers?from=2026-08-01&to=2026-12-31&prevFrom=2026-03-01&prevTo=2026-08-01',
    )
    expect(overlapping.statusCode).toBe(400)
    expect(overlapping.json().error.details).toEqual([
      { path: 'prevTo', message: 'The previous period must end before the period starts.' },
    ])
  })

  it('refuses a growth unit it does not know and a date that does not exist', async () => {
    const by = await get('admin', '/api/v1/analyses/growth?by=week')
    expect(by.statusCode).toBe(400)
    expect(by.json().error.details).toEqual([
      { path: 'by', message: 'Group by must be one of: year, quarter, month.' },
    ])
    const date = await get('admin', '/api/v1/analyses/monthly?from=2026-02-30&to=2026-03-31')
    expect(date.statusCode).toBe(400)
  })

  it('asks for a session', async () => {
    const response = await server.app.inject({ url: `/api/v1/analyses/customers?${PAIR}` })
    expect(response.statusCode).toBe(401)
  })
})
