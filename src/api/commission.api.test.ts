import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

type Role = 'admin' | 'boss' | 'm1' | 'r1' | 'r2' | 'r3' | 'finance' | 'auditor'
type Init = { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; payload?: object; headers?: Record<string, string> }

const STANDARD = {
  name: 'Standard 2026',
  mode: 'progressive',
  brackets: [
    { from: 0, to: 10_000_000, rateBp: 300 },
    { from: 10_000_000, to: null, rateBp: 500 },
  ],
  newCustomerBonus: 50_000,
  bonusMinOrder: 1_000_000,
}
const NOVEMBER = 'from=2026-11-01&to=2026-11-30'

/**
 * Commission (提成): plans and assignments by admin and finance, statements that add up, each role
 * seeing its own scope, and bad input refused with the bracket named and nothing written.
 */
describe.each(ENGINES)('commission API on %s', (engine) => {
  let server: TestServer
  let planId: string
  const as = async (role: Role, url: string, init: Init = {}) =>
    server.app.inject({
      url,
      method: init.method ?? 'GET',
      payload: init.payload,
      headers: { cookie: await server.cookie(role), ...init.headers },
    })
  const created = async (role: Role, url: string, payload: object) => {
    const response = await as(role, url, { method: 'POST', payload })
    expect(response.statusCode, response.body).toBe(201)
    return response.json<{ id: string }>()
  }
  const id = (role: Role) => server.org.users[role].id
  const planCount = async () => (await as('admin', '/api/v1/commission/plans')).json().items.length

  beforeAll(async () => {
    server = await startTestServer(engine)
    const customer = (role: Role, name: string) => created(role, '/api/v1/customers', { name })
    const order = (role: Role, customerId: string, number: string, orderDate: string, total: number) =>
      created(role, '/api/v1/orders', { number, customerId, orderDate, total })
    const collect = (role: Role, customerId: string, collectedOn: string, amount: number) =>
      created(role, '/api/v1/collections', { customerId, collectedOn, amount })
    // r1: a new customer this month (first order 20 000.00), and 100 000.01 collected.
    const c1 = await customer('r1', '鼎盛精密')
    await order('r1', c1.id, 'SO-1', '2026-11-05', 2_000_000)
    await collect('r1', c1.id, '2026-11-10', 10_000_001)
    // r2: an old customer (first order in January) and one whose first order is below the minimum;
    // 30 000 collected before their plan starts on the 16th, 20 000 after.
    const c2 = await customer('r2', '宏遠貿易')
    await order('r2', c2.id, 'SO-2', '2026-01-10', 500_000)
    await order('r2', c2.id, 'SO-3', '2026-11-18', 800_000)
    const c3 = await customer('r2', '福興五金')
    await order('r2', c3.id, 'SO-4', '2026-11-20', 999_999)
    await collect('r2', c2.id, '2026-11-10', 3_000_000)
    await collect('r2', c2.id, '2026-11-20', 2_000_000)
    // r3: collected with no plan at all.
    const c4 = await customer('r3', 'Harbour Foods')
    await collect('r3', c4.id, '2026-11-03', 1_000_000)
  })
  afterAll(async () => server.close())

  it('lets admin and finance create plans, assignments and adjustments; nobody else', async () => {
    planId = (await created('admin', '/api/v1/commission/plans', STANDARD)).id
    for (const role of ['m1', 'r1', 'auditor'] as const)
      expect(
        (await as(role, '/api/v1/commission/plans', { method: 'POST', payload: STANDARD })).statusCode,
      ).toBe(403)
    await created('finance', '/api/v1/commission/assignments', {
      repId: id('r1'),
      planId,
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
    })
    await created('admin', '/api/v1/commission/assignments', {
      repId: id('r2'),
      planId,
      periodFrom: '2026-11-16',
      periodTo: '2026-12-31',
    })
    await created('finance', '/api/v1/commission/adjustments', {
      repId: id('r1'),
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      amount: 20_000,
      reason: 'Q4 目標達成',
    })
    const refused = await as('m1', '/api/v1/commission/adjustments', {
      method: 'POST',
      payload: { repId: id('r1'), periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 1, reason: 'x' },
    })
    expect(refused.statusCode).toBe(403)
    expect((await as('r1', '/api/v1/commission/plans')).json().items).toMatchObject([
      { name: 'Standard 2026', assignments: 2 },
    ])
    expect((await as('auditor', '/api/v1/commission/plans')).statusCode).toBe(403)
  })

  it("shows r1's statement line by line: 3 % and 5 % slices at the edge, a bonus, an adjustment, adding up", async () => {
    const response = await as('r1', `/api/v1/commission/statements/${id('r1')}?${NOVEMBER}`)
    expect(response.statusCode).toBe(200)
    const s = response.json()
    expect(s.lines).toEqual([
      {
        kind: 'bracket',
        segment: 0,
        bracket: 1,
        bracketFrom: 0,
        bracketTo: 10_000_000,
        base: 10_000_000,
        rateBp: 300,
        amount: 300_000,
      },
      {
        kind: 'bracket',
        segment: 0,
        bracket: 2,
        bracketFrom: 10_000_000,
        bracketTo: null,
        base: 1,
        rateBp: 500,
        amount: 0,
      },
      expect.objectContaining({
        kind: 'bonus',
        customerName: '鼎盛精密',
        orderNumber: 'SO-1',
        orderAmount: 2_000_000,
        amount: 50_000,
      }),
      expect.objectContaining({ kind: 'adjustment', reason: 'Q4 目標達成', amount: 20_000 }),
    ])
    expect(s).toMatchObject({
      collected: 10_000_001,
      bracketTotal: 300_000,
      bonusTotal: 50_000,
      adjustmentTotal: 20_000,
      total: 370_000,
    })
    expect(s.total).toBe(s.lines.reduce((sum: number, l: { amount: number }) => sum + l.amount, 0))
  })

  it("splits r2's month at the assignment: uncovered days earn nothing, a small first order no bonus", async () => {
    const s = (await as('m1', `/api/v1/commission/statements/${id('r2')}?${NOVEMBER}`)).json()
    expect(s.segments).toMatchObject([
      { planName: 'Standard 2026', from: '2026-11-16', to: '2026-11-30', collected: 2_000_000 },
    ])
    expect(s.uncovered).toEqual([{ from: '2026-11-01', to: '2026-11-15', collected: 3_000_000 }])
    expect(s.lines).toMatchObject([{ kind: 'bracket', base: 2_000_000, amount: 60_000 }])
    expect(s.unpaid).toMatchObject([
      { customerName: '福興五金', reason: 'below_minimum', minimum: 1_000_000 },
    ])
    expect(s.total).toBe(60_000)
  })

  it('shows each role its own scope: a rep themselves, a manager the tree, finance everyone; the auditor nothing', async () => {
    const names = async (role: Role) =>
      (await as(role, `/api/v1/commission?${NOVEMBER}`))
        .json()
        .reps.map((r: { repName: string }) => r.repName)
    expect(await names('r1')).toEqual(['R1'])
    expect(await names('m1')).toEqual(['M1', 'R1', 'R2'])
    expect(await names('finance')).toEqual(['BOSS', 'M1', 'R1', 'R2', 'R3'])
    const all = (await as('admin', `/api/v1/commission?${NOVEMBER}`)).json()
    expect(all.total).toBe(430_000)
    expect(all.reps.find((r: { repName: string }) => r.repName === 'R3')).toMatchObject({
      collected: 1_000_000,
      uncovered: [{ collected: 1_000_000 }],
      total: 0,
    })
    expect((await as('r2', `/api/v1/commission/statements/${id('r1')}?${NOVEMBER}`)).statusCode).toBe(404)
    expect((await as('m1', `/api/v1/commission/statements/${id('r3')}?${NOVEMBER}`)).statusCode).toBe(404)
    expect((await as('r1', `/api/v1/commission?${NOVEMBER}&rep=${id('r3')}`)).statusCode).toBe(404)
    expect((await as('auditor', `/api/v1/commission?${NOVEMBER}`)).statusCode).toBe(403)
    expect((await as('r1', '/api/v1/commission/adjustments')).json().items).toHaveLength(1)
    expect((await as('r2', '/api/v1/commission/adjustments')).json().items).toEqual([])
  })

  it('counts a yearly plan’s brackets on the year’s collections: a month pays on top of the months before, and the months add up to the year', async () => {
    const customer = await created('r1', '/api/v1/customers', { name: '東昇電子' })
    await created('r1', '/api/v1/collections', {
      customerId: customer.id,
      collectedOn: '2026-10-15',
      amount: 5_000_000,
    })
    const statement = async (from: string, to: string) =>
      (await as('r1', `/api/v1/commission/statements/${id('r1')}?from=${from}&to=${to}`)).json()
    // November: 100 000.01 on top of October's 50 000 — 150 000.01 for the year so far.
    const november = await statement('2026-11-01', '2026-11-30')
    expect(november.segments).toMatchObject([
      { assignedFrom: '2026-01-01', collected: 10_000_001, collectedBefore: 5_000_000 },
    ])
    expect(
      november.lines.filter((l: { kind: string }) => l.kind !== 'bonus' && l.kind !== 'adjustment'),
    ).toEqual([
      expect.objectContaining({ kind: 'bracket', bracket: 1, base: 10_000_000, amount: 300_000 }),
      expect.objectContaining({ kind: 'bracket', bracket: 2, base: 5_000_001, amount: 250_000 }),
      {
        kind: 'earlier',
        segment: 0,
        from: '2026-01-01',
        to: '2026-10-31',
        base: 5_000_000,
        amount: -150_000,
      },
    ])
    expect(november.bracketTotal).toBe(400_000)
    const october = await statement('2026-10-01', '2026-10-31')
    const year = await statement('2026-01-01', '2026-12-31')
    expect(october.bracketTotal).toBe(150_000)
    expect(year.bracketTotal).toBe(october.bracketTotal + november.bracketTotal)
  })

  it('refuses overlapping brackets, a gap, a negative rate — naming the bracket, in the reader’s language — writing nothing', async () => {
    const before = await planCount()
    const post = (brackets: object[], lang = 'en') =>
      as('admin', '/api/v1/commission/plans', {
        method: 'POST',
        payload: { ...STANDARD, brackets },
        headers: { 'accept-language': lang },
      })
    const overlap = await post([
      { from: 0, to: 100_000, rateBp: 300 },
      { from: 50_000, to: null, rateBp: 500 },
    ])
    expect(overlap.statusCode).toBe(400)
    expect(overlap.json().error).toEqual({
      code: 'validation',
      message: 'The brackets of this commission plan are not valid. Nothing was saved.',
      details: [
        {
          path: 'brackets.1.from',
          message:
            'Bracket 2 starts at 500.00, inside bracket 1, which ends at 1000.00: brackets must not overlap.',
        },
      ],
    })
    const gap = await post(
      [
        { from: 0, to: 100_000, rateBp: 300 },
        { from: 150_000, to: null, rateBp: 500 },
      ],
      'zh-TW',
    )
    expect(gap.json().error.details).toEqual([
      {
        path: 'brackets.1.from',
        message:
          '第 2 級距從 1500.00 開始，與第 1 級距（止於 1000.00）之間有空缺：每個級距須從上一個的上限開始。',
      },
    ])
    const negative = await post([{ from: 0, to: null, rateBp: -100 }], 'zh-CN')
    expect(negative.statusCode).toBe(400)
    expect(negative.json().error.details).toEqual([
      { path: 'brackets.0.rateBp', message: '第 1 阶梯：提成比例必须介于 0% 与 100% 之间。' },
    ])
    const update = await as('admin', `/api/v1/commission/plans/${planId}`, {
      method: 'PUT',
      payload: { ...STANDARD, brackets: [{ from: 100, to: null, rateBp: 300 }] },
      headers: { 'if-match': '"1"' },
    })
    expect(update.json().error.details).toEqual([
      {
        path: 'brackets.0.from',
        message: 'Bracket 1 must start at 0: the first bracket counts collections from nothing up.',
      },
    ])
    expect(await planCount()).toBe(before)
    expect((await as('admin', `/api/v1/commission/plans/${planId}`)).json().version).toBe(1)
  })

  it('refuses an adjustment without a reason or of 0, a reversed period, and an overlapping assignment', async () => {
    const adjust = (payload: object) =>
      as('finance', '/api/v1/commission/adjustments', {
        method: 'POST',
        payload: {
          repId: id('r3'),
          periodFrom: '2026-11-01',
          periodTo: '2026-11-30',
          amount: -5_000,
          ...payload,
        },
      })
    const noReason = await adjust({})
    expect(noReason.statusCode).toBe(400)
    expect(noReason.json().error.details).toEqual([{ path: 'reason', message: 'Reason is required.' }])
    expect((await adjust({ reason: '   ' })).json().error.details).toMatchObject([{ path: 'reason' }])
    expect((await adjust({ reason: 'x', amount: 0 })).json().error.details).toEqual([
      { path: 'amount', message: 'Amount must not be 0.' },
    ])
    const reversed = await adjust({ reason: 'x', periodFrom: '2026-12-01' })
    expect(reversed.json().error.details).toEqual([
      { path: 'periodTo', message: 'The period must end on or after its first day.' },
    ])
    expect((await as('admin', `/api/v1/commission/adjustments?rep=${id('r3')}`)).json().items).toEqual([])

    const assign = (periodFrom: string, periodTo: string) =>
      as('admin', '/api/v1/commission/assignments', {
        method: 'POST',
        payload: { repId: id('r2'), planId, periodFrom, periodTo },
      })
    expect((await assign('2026-12-31', '2026-12-01')).statusCode).toBe(400)
    const clash = await assign('2026-06-01', '2026-11-16')
    expect(clash.statusCode).toBe(409)
    expect(clash.json().error.message).toBe(
      'R2 already has the plan "Standard 2026" from 2026-11-16 to 2026-12-31: a sales rep has one plan on any day. Nothing was saved.',
    )
    expect((await assign('2026-06-01', '2026-11-15')).statusCode).toBe(201)
    const toFinance = await as('admin', '/api/v1/commission/assignments', {
      method: 'POST',
      payload: { repId: id('finance'), planId, periodFrom: '2026-01-01', periodTo: '2026-01-31' },
    })
    expect(toFinance.json().error.details).toEqual([
      { path: 'repId', message: 'Choose an active sales rep or sales manager.' },
    ])
    const query = await as('admin', '/api/v1/commission?from=2026-11-30&to=2026-11-01')
    expect(query.statusCode).toBe(400)
    expect(query.json().error.details).toMatchObject([{ path: 'to' }])
  })

  it('keeps a plan in use, and deletes assignments, adjustments and then the plan', async () => {
    const inUse = await as('admin', `/api/v1/commission/plans/${planId}`, { method: 'DELETE' })
    expect(inUse.statusCode).toBe(409)
    const spare = await created('admin', '/api/v1/commission/plans', {
      ...STANDARD,
      name: 'Spare',
      mode: 'whole',
    })
    const changed = await as('finance', `/api/v1/commission/plans/${spare.id}`, {
      method: 'PUT',
      payload: { ...STANDARD, name: 'Spare 2', mode: 'whole' },
      headers: { 'if-match': '"1"' },
    })
    expect(changed.json()).toMatchObject({ name: 'Spare 2', version: 2 })
    const stale = await as('finance', `/api/v1/commission/plans/${spare.id}`, {
      method: 'PUT',
      payload: STANDARD,
      headers: { 'if-match': '"1"' },
    })
    expect(stale.statusCode).toBe(412)
    expect((await as('r1', `/api/v1/commission/plans/${spare.id}`, { method: 'DELETE' })).statusCode).toBe(
      403,
    )
    expect((await as('admin', `/api/v1/commission/plans/${spare.id}`, { method: 'DELETE' })).statusCode).toBe(
      204,
    )
    expect((await as('admin', `/api/v1/commission/plans/${spare.id}`)).statusCode).toBe(404)
    const [adjustment] = (await as('admin', `/api/v1/commission/adjustments?rep=${id('r1')}`)).json().items
    expect(
      (await as('finance', `/api/v1/commission/adjustments/${adjustment.id}`, { method: 'DELETE' }))
        .statusCode,
    ).toBe(204)
    const r1 = (await as('r1', `/api/v1/commission/statements/${id('r1')}?${NOVEMBER}`)).json()
    // The brackets on top of October's collections (400 000) and the bonus, without the adjustment.
    expect(r1.total).toBe(400_000 + 50_000)
  })

  it('publishes every commission route in the OpenAPI document', async () => {
    const doc = (await server.app.inject({ url: '/api/v1/openapi.json' })).json()
    for (const path of [
      '/api/v1/commission',
      '/api/v1/commission/statements/{repId}',
      '/api/v1/commission/plans',
      '/api/v1/commission/plans/{id}',
      '/api/v1/commission/assignments',
      '/api/v1/commission/assignments/{id}',
      '/api/v1/commission/adjustments',
      '/api/v1/commission/adjustments/{id}',
    ])
      expect(doc.paths[path], path).toBeDefined()
  })
})
