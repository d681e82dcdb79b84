import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

type User = 'admin' | 'boss' | 'm1' | 'r1' | 'r2' | 'r3' | 'finance' | 'auditor'
type Init = { method?: 'GET' | 'POST' | 'PATCH'; payload?: object; headers?: Record<string, string> }

const PROBLEMS = [
  {
    problem: '回款週期長，兩家客戶拖欠超過 60 天',
    solution: '每週一電話跟進應收款，超過 45 天由經理陪同拜訪',
  },
  { problem: '樣品不足，新品試吃排不進去', solution: '向總部申請每月 20 份樣品預算' },
]

/**
 * Monthly work reports (月度工作匯報) through HTTP: numbers generated and frozen at submission,
 * problems refused without solutions, comments from above only. Now is 2026-11-27 in Taipei.
 */
describe.each(ENGINES)('monthly reports API on %s', (engine) => {
  let server: TestServer
  let customerId = ''
  let reportId = ''
  const as = async (who: User, url: string, init: Init = {}) =>
    server.app.inject({
      url,
      method: init.method ?? 'GET',
      payload: init.payload,
      headers: { cookie: await server.cookie(who), ...init.headers },
    })
  const post = async (who: User, url: string, payload: object, headers: Record<string, string> = {}) =>
    as(who, url, { method: 'POST', payload, headers })
  const rows = async (table: 'monthly_reports' | 'monthly_report_comments') =>
    Number(
      (
        await server.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  beforeAll(async () => {
    server = await startTestServer(engine)
    customerId = (await post('r1', '/api/v1/customers', { name: '九龍烘焙坊', status: 'active' })).json().id
    // October: an order of 1,000.00, 400.00 collected; a follow-up; an approved expense of 120.00.
    const order = await post('r1', '/api/v1/orders', {
      number: 'SO-2026-1001',
      customerId,
      orderDate: '2026-10-05',
      total: 100_000,
    })
    expect(order.statusCode).toBe(201)
    await post('r1', '/api/v1/collections', {
      customerId,
      collectedOn: '2026-10-20',
      amount: 40_000,
      method: 'transfer',
    })
    await post('r1', '/api/v1/follow-ups', {
      customerId,
      happenedAt: '2026-10-08T10:00:00+08:00',
      channel: 'visit',
      summary: '介紹聖誕禮盒',
    })
    const expense = (
      await post('r1', '/api/v1/expenses', {
        expenseDate: '2026-10-08',
        category: 'entertainment',
        amount: 12_000,
      })
    ).json()
    await post('r1', `/api/v1/expenses/${expense.id}/submit`, {}, { 'if-match': '"1"' })
    expect(
      (await post('m1', `/api/v1/expenses/${expense.id}/approve`, {}, { 'if-match': '"2"' })).statusCode,
    ).toBe(200)
  })
  afterAll(async () => server.close())

  it("generates the month's numbers from orders, collections, follow-ups and expenses", async () => {
    const live = await as('r1', '/api/v1/monthly-reports/figures?month=2026-10')
    expect(live.statusCode).toBe(200)
    expect(live.json().figures).toMatchObject({
      from: '2026-10-01',
      to: '2026-10-31',
      ordersCount: 1,
      ordersTotal: 100_000,
      collected: 40_000,
      receivable: 60_000,
      newCustomers: 1,
      followUps: 1,
      visits: 0,
      expensesApproved: 12_000,
      expensesApprovedCount: 1,
    })
    // Coverage counts the customers the rep already had on the month's last day: this one came later.
    expect(live.json().figures.coverage).toBeNull()
    expect((await as('r1', '/api/v1/monthly-reports/figures?month=2026-11')).json().figures.coverage).toBe(0)
    // September had nothing; the receivable is what stood at its last day.
    expect((await as('r1', '/api/v1/monthly-reports/figures?month=2026-09')).json().figures).toMatchObject({
      ordersCount: 0,
      collected: 0,
      receivable: 0,
    })
    // A manager reads a rep of their tree; another rep cannot.
    expect(
      (await as('m1', `/api/v1/monthly-reports/figures?month=2026-10&rep=${server.org.users.r1.id}`))
        .statusCode,
    ).toBe(200)
    expect(
      (await as('r2', `/api/v1/monthly-reports/figures?month=2026-10&rep=${server.org.users.r1.id}`))
        .statusCode,
    ).toBe(404)
  })

  it('refuses a problem without a proposed solution, naming it, and writes nothing', async () => {
    const refused = await post(
      'r1',
      '/api/v1/monthly-reports',
      {
        month: '2026-10',
        problems: [PROBLEMS[0], { problem: '競爭對手降價 15%' }, { problem: '人手不足', solution: '  ' }],
      },
      { 'accept-language': 'zh-TW' },
    )
    expect(refused.statusCode).toBe(400)
    expect(refused.json().error.details).toEqual([
      { path: 'problems.1.solution', message: '問題 #2 解決方案未填：每個提出的問題都必須附上解決方案。' },
      { path: 'problems.2.solution', message: '問題 #3 解決方案未填：每個提出的問題都必須附上解決方案。' },
    ])
    expect(await rows('monthly_reports')).toBe(0)
  })

  it('refuses a month that is no month, or one that has not begun', async () => {
    for (const month of ['2026-13', 'Oct 2026', '2026-10-01']) {
      const bad = await post('r1', '/api/v1/monthly-reports', { month, problems: [] })
      expect(bad.statusCode).toBe(400)
      expect(bad.json().error.details).toEqual([
        { path: 'month', message: 'Month must be a month written YYYY-MM.' },
      ])
    }
    const ahead = await post('r1', '/api/v1/monthly-reports', { month: '2026-12' })
    expect(ahead.json().error.details).toEqual([
      { path: 'month', message: 'Month cannot be a month that has not begun.' },
    ])
    expect((await as('r1', '/api/v1/monthly-reports/figures?month=2026-1')).statusCode).toBe(400)
    expect(await rows('monthly_reports')).toBe(0)
  })

  it('keeps a draft with live numbers, then freezes them at submission', async () => {
    const created = await post('r1', '/api/v1/monthly-reports', {
      month: '2026-10',
      summary: '十月以聖誕禮盒為主',
      problems: [PROBLEMS[0]],
      nextMonthPlan: '拜訪所有 A 類客戶',
    })
    expect(created.statusCode).toBe(201)
    reportId = created.json().id
    expect(created.json()).toMatchObject({
      status: 'draft',
      figuresFrozen: false,
      mayEdit: true,
      mayComment: false,
    })
    expect((await post('r1', '/api/v1/monthly-reports', { month: '2026-10' })).statusCode).toBe(409)
    // Someone else's draft is not theirs to change, and a stale version is refused.
    const byManager = await as('m1', `/api/v1/monthly-reports/${reportId}`, {
      method: 'PATCH',
      payload: { summary: 'x' },
      headers: { 'if-match': '"1"' },
    })
    expect(byManager.statusCode).toBe(403)
    const changed = await as('r1', `/api/v1/monthly-reports/${reportId}`, {
      method: 'PATCH',
      payload: { problems: PROBLEMS },
      headers: { 'if-match': '"1"' },
    })
    expect(changed.statusCode).toBe(200)
    expect(changed.json()).toMatchObject({ version: 2, summary: '十月以聖誕禮盒為主', problems: PROBLEMS })
    const unsolved = await as('r1', `/api/v1/monthly-reports/${reportId}`, {
      method: 'PATCH',
      payload: { problems: [{ problem: '沒有解法的問題', solution: '' }] },
      headers: { 'if-match': '"2"' },
    })
    expect(unsolved.statusCode).toBe(400)
    // A collection recorded late in October shows in the draft at once.
    await post('r1', '/api/v1/collections', {
      customerId,
      collectedOn: '2026-10-30',
      amount: 10_000,
      method: 'cash',
    })
    expect((await as('r1', `/api/v1/monthly-reports/${reportId}`)).json().figures.collected).toBe(50_000)
    const submitted = await post(
      'r1',
      `/api/v1/monthly-reports/${reportId}/submit`,
      {},
      { 'if-match': '"2"' },
    )
    expect(submitted.statusCode).toBe(200)
    expect(submitted.json()).toMatchObject({
      status: 'submitted',
      figuresFrozen: true,
      mayEdit: false,
      submittedAt: expect.any(String),
    })
    // Later changes to the data do not rewrite what was reported.
    await post('r1', '/api/v1/collections', {
      customerId,
      collectedOn: '2026-10-31',
      amount: 5_000,
      method: 'cash',
    })
    const read = (await as('r1', `/api/v1/monthly-reports/${reportId}`)).json()
    expect(read.figures).toMatchObject({ collected: 50_000, receivable: 50_000 })
    expect((await as('r1', '/api/v1/monthly-reports/figures?month=2026-10')).json().figures.collected).toBe(
      55_000,
    )
    const again = await as('r1', `/api/v1/monthly-reports/${reportId}`, {
      method: 'PATCH',
      payload: { summary: 'late' },
      headers: { 'if-match': '"3"' },
    })
    expect(again.statusCode).toBe(422)
  })

  it("takes comments from the rep's managers up the line and admins; refuses the rep, peers, finance and the auditor", async () => {
    const before = await rows('monthly_report_comments')
    const own = await post('r1', `/api/v1/monthly-reports/${reportId}/comments`, { body: '我自己評' })
    expect(own.statusCode).toBe(403)
    expect(own.json().error.message).toBe(
      "Only the rep's manager, a manager above them or an administrator comments on this report.",
    )
    for (const reader of ['finance', 'auditor'] as const)
      expect(
        (await post(reader, `/api/v1/monthly-reports/${reportId}/comments`, { body: 'x' })).statusCode,
      ).toBe(403)
    for (const outsider of ['r2', 'r3'] as const)
      expect(
        (await post(outsider, `/api/v1/monthly-reports/${reportId}/comments`, { body: 'x' })).statusCode,
      ).toBe(404)
    expect(
      (await post('m1', `/api/v1/monthly-reports/${reportId}/comments`, { body: '   ' })).statusCode,
    ).toBe(400)
    expect(await rows('monthly_report_comments')).toBe(before)
    const manager = await post('m1', `/api/v1/monthly-reports/${reportId}/comments`, {
      body: '應收款的方案很好，下月請附上客戶名單。',
    })
    expect(manager.statusCode).toBe(201)
    expect(manager.json()).toMatchObject({ authorName: 'M1' })
    expect(
      (await post('boss', `/api/v1/monthly-reports/${reportId}/comments`, { body: '同意。' })).statusCode,
    ).toBe(201)
    expect(
      (await post('admin', `/api/v1/monthly-reports/${reportId}/comments`, { body: '已閱。' })).statusCode,
    ).toBe(201)
    const read = (await as('m1', `/api/v1/monthly-reports/${reportId}`)).json()
    expect(read.comments.map((c: { authorName: string }) => c.authorName)).toEqual(['M1', 'BOSS', 'ADMIN'])
    expect(read.mayComment).toBe(true)
    expect((await as('r1', `/api/v1/monthly-reports/${reportId}`)).json().mayComment).toBe(false)
  })

  it('refuses comments on a draft: the manager comments on what was submitted', async () => {
    const draft = (await post('r2', '/api/v1/monthly-reports', { month: '2026-11' })).json()
    const refused = await post('m1', `/api/v1/monthly-reports/${draft.id}/comments`, { body: '先看看' })
    expect(refused.statusCode).toBe(422)
    expect(refused.json().error.message).toBe('Comments go on a submitted report; this one is still a draft.')
  })

  it('lists reports by visibility: the rep their own, the manager their tree, admin and finance all; the auditor none', async () => {
    const months = async (who: User, query = '') =>
      (await as(who, `/api/v1/monthly-reports${query}`))
        .json()
        .items.map((r: { repName: string; month: string }) => `${r.repName} ${r.month}`)
    expect(await months('r1')).toEqual(['R1 2026-10'])
    expect(await months('r2')).toEqual(['R2 2026-11'])
    expect(await months('r3')).toEqual([])
    expect(await months('m1')).toEqual(['R2 2026-11', 'R1 2026-10'])
    for (const reader of ['admin', 'finance', 'boss'] as const) expect(await months(reader)).toHaveLength(2)
    // A monthly report carries the month's sales and collections: the auditor reads no money.
    expect((await as('auditor', '/api/v1/monthly-reports')).statusCode).toBe(403)
    expect((await as('auditor', `/api/v1/monthly-reports/${reportId}`)).statusCode).toBe(403)
    expect(await months('m1', '?status=submitted')).toEqual(['R1 2026-10'])
    expect(await months('m1', '?month=2026-11')).toEqual(['R2 2026-11'])
    expect((await as('r3', `/api/v1/monthly-reports/${reportId}`)).statusCode).toBe(404)
    const finance = (await as('finance', `/api/v1/monthly-reports/${reportId}`)).json()
    expect(finance).toMatchObject({ mayEdit: false, mayComment: false })
    expect((await post('finance', '/api/v1/monthly-reports', { month: '2026-10' })).statusCode).toBe(403)
  })
})
