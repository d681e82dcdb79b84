import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

type Role = 'admin' | 'boss' | 'm1' | 'r1' | 'r2' | 'r3' | 'finance' | 'auditor'
type Init = { method?: 'GET' | 'POST' | 'PATCH'; payload?: object; headers?: Record<string, string> }

/** Expenses: draft → submitted → approved | rejected, by the rep's manager and above the limit an admin. */
describe.each(ENGINES)('expenses API on %s', (engine) => {
  let server: TestServer
  const as = async (role: Role, url: string, init: Init = {}) =>
    server.app.inject({
      url,
      method: init.method ?? 'GET',
      payload: init.payload,
      headers: { cookie: await server.cookie(role), ...init.headers },
    })
  const draft = async (role: Role, amount: number, expenseDate = '2026-11-10') => {
    const response = await as(role, '/api/v1/expenses', {
      method: 'POST',
      payload: { expenseDate, category: 'entertainment', amount, note: '客戶餐敘' },
    })
    expect(response.statusCode).toBe(201)
    return response.json<{ id: string; version: number }>()
  }
  const act = (
    role: Role,
    id: string,
    verb: 'submit' | 'approve' | 'reject',
    version: number,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    as(role, `/api/v1/expenses/${id}/${verb}`, {
      method: 'POST',
      payload,
      headers: { 'if-match': `"${version}"`, ...headers },
    })

  beforeAll(async () => {
    server = await startTestServer(engine)
  })
  afterAll(async () => server.close())

  it('lets the rep submit and the manager approve; never the rep themselves; invisible to other reps', async () => {
    const e = await draft('r1', 500_000)
    const submitted = await act('r1', e.id, 'submit', e.version)
    expect(submitted.statusCode).toBe(200)
    expect(submitted.json()).toMatchObject({ expense: { status: 'submitted' }, warnings: [] })
    const own = await act('r1', e.id, 'approve', e.version + 1)
    expect(own.statusCode).toBe(403)
    expect((await as('r2', `/api/v1/expenses/${e.id}`)).statusCode).toBe(404)
    expect((await act('r3', e.id, 'approve', e.version + 1)).statusCode).toBe(404)
    const approved = await act('m1', e.id, 'approve', e.version + 1)
    expect(approved.json()).toMatchObject({
      status: 'approved',
      managerApprovedBy: server.org.users.m1.id,
      decidedBy: server.org.users.m1.id,
    })
  })
  it('does not let the manager who entered and submitted a rep’s expense approve it; their manager does', async () => {
    const created = await as('m1', '/api/v1/expenses', {
      method: 'POST',
      payload: {
        repId: server.org.users.r1.id,
        expenseDate: '2026-11-12',
        category: 'travel',
        amount: 80_000,
      },
    })
    const e = created.json<{ id: string; version: number }>()
    expect((await act('m1', e.id, 'submit', e.version)).statusCode).toBe(200)
    const own = await act('m1', e.id, 'approve', e.version + 1, undefined, { 'accept-language': 'en' })
    expect(own.statusCode).toBe(403)
    expect(own.json().error.message).toBe(
      'Nobody approves or rejects their own expense, or one they submitted.',
    )
    expect((await act('boss', e.id, 'approve', e.version + 1)).json()).toMatchObject({ status: 'approved' })
  })

  it('above the limit needs the manager first, then an admin', async () => {
    const e = await draft('r1', 2_000_000)
    await act('r1', e.id, 'submit', e.version)
    const adminFirst = await act('admin', e.id, 'approve', e.version + 1, undefined, {
      'accept-language': 'zh-TW',
    })
    expect(adminFirst.statusCode).toBe(403)
    expect(adminFirst.json().error.message).toBe('須先由業務員的主管核准；超過限額時再由管理員核准。')
    const byManager = await act('boss', e.id, 'approve', e.version + 1)
    expect(byManager.json()).toMatchObject({
      status: 'submitted',
      managerApprovedBy: server.org.users.boss.id,
    })
    expect((await act('m1', e.id, 'approve', e.version + 2)).statusCode).toBe(403)
    expect((await act('admin', e.id, 'approve', e.version + 2)).json()).toMatchObject({
      status: 'approved',
      decidedBy: server.org.users.admin.id,
    })
  })
  it('rejects with a reason only, and changes only drafts', async () => {
    const e = await draft('r2', 120_000)
    expect(
      (
        await as('r2', `/api/v1/expenses/${e.id}`, {
          method: 'PATCH',
          payload: { amount: 130_000 },
          headers: { 'if-match': '"1"' },
        })
      ).json().amount,
    ).toBe(130_000)
    await act('r2', e.id, 'submit', 2)
    expect(
      (
        await as('r2', `/api/v1/expenses/${e.id}`, {
          method: 'PATCH',
          payload: { amount: 1 },
          headers: { 'if-match': '"3"' },
        })
      ).statusCode,
    ).toBe(422)
    expect((await act('m1', e.id, 'reject', 3, {})).statusCode).toBe(400)
    const rejected = await act('m1', e.id, 'reject', 3, { reason: '缺少發票' })
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectReason: '缺少發票' })
    expect((await act('m1', e.id, 'approve', 4)).statusCode).toBe(422)
  })
  it('refuses bad input and the auditor, writing nothing', async () => {
    const bad = await as('r3', '/api/v1/expenses', {
      method: 'POST',
      payload: { expenseDate: '2026-13-01', category: 'yacht', amount: -5 },
    })
    expect(bad.statusCode).toBe(400)
    expect(
      bad
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['amount', 'category', 'expenseDate'])
    expect(
      (
        await as('auditor', '/api/v1/expenses', {
          method: 'POST',
          payload: { expenseDate: '2026-11-01', category: 'gift', amount: 5 },
        })
      ).statusCode,
    ).toBe(403)
    expect((await as('r3', '/api/v1/expenses')).json().items).toEqual([])
  })
  it('warns at submission when the rep goes over budget, in the caller’s language, and shows it on the budget', async () => {
    const budget = await as('m1', '/api/v1/expense-budgets', {
      method: 'POST',
      payload: {
        repId: server.org.users.r2.id,
        periodFrom: '2026-11-01',
        periodTo: '2026-11-30',
        amount: 100_000,
      },
    })
    expect(budget.statusCode).toBe(201)
    expect(budget.json()).toMatchObject({ limit: 100_000, spent: 0, over: false })
    const e = await draft('r2', 150_000)
    const submitted = await act('r2', e.id, 'submit', e.version, undefined, { 'accept-language': 'zh-TW' })
    expect(submitted.json().warnings).toEqual(['這筆費用使R2超出費用承包：已用 1,500.00，額度 1,000.00。'])
    expect((await as('r2', '/api/v1/expense-budgets')).json().items[0]).toMatchObject({
      spent: 150_000,
      remaining: -50_000,
      over: true,
    })
    const mixed = await as('m1', '/api/v1/expense-budgets', {
      method: 'POST',
      payload: {
        repId: server.org.users.r2.id,
        periodFrom: '2026-12-01',
        periodTo: '2026-11-01',
        amount: 1,
        shareBp: 500,
      },
    })
    expect(
      mixed
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['amount', 'periodTo'])
    expect(
      (
        await as('m1', '/api/v1/expense-budgets', {
          method: 'POST',
          payload: {
            repId: server.org.users.r3.id,
            periodFrom: '2026-11-01',
            periodTo: '2026-11-30',
            amount: 1,
          },
        })
      ).statusCode,
    ).toBe(403)
  })
})
