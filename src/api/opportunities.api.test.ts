import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

type Role = 'admin' | 'boss' | 'm1' | 'r1' | 'r2' | 'r3' | 'finance' | 'auditor'
type Init = { method?: 'GET' | 'POST' | 'PATCH'; payload?: object; headers?: Record<string, string> }
type Opp = { id: string; version: number; stage: string }

/**
 * Opportunities (商機): the three hurdles person → platform → money → won | lost. TEST_NOW is
 * 2026-11-27 (Asia/Taipei), so "today" is 2026-11-27.
 */
describe.each(ENGINES)('opportunities API on %s', (engine) => {
  let server: TestServer
  const customers: Record<string, string> = {}
  const as = async (role: Role, url: string, init: Init = {}) =>
    server.app.inject({
      url,
      method: init.method ?? 'GET',
      payload: init.payload,
      headers: { cookie: await server.cookie(role), ...init.headers },
    })
  const open = async (role: Role, customer: string, amount: number, extra: object = {}) => {
    const response = await as(role, '/api/v1/opportunities', {
      method: 'POST',
      payload: {
        customerId: customers[customer],
        title: `Deal ${amount}`,
        amount,
        expectedOn: '2026-12-15',
        ...extra,
      },
    })
    expect(response.statusCode, response.body).toBe(201)
    return response.json<Opp>()
  }
  const move = (role: Role, o: Pick<Opp, 'id' | 'version'>, payload: object, lang = 'en') =>
    as(role, `/api/v1/opportunities/${o.id}/move`, {
      method: 'POST',
      payload,
      headers: { 'if-match': `"${o.version}"`, 'accept-language': lang },
    })
  const count = async () =>
    (await as('admin', '/api/v1/opportunities?limit=200')).json<{ items: unknown[] }>().items.length

  beforeAll(async () => {
    server = await startTestServer(engine)
    for (const [key, owner] of [
      ['c1', 'r1'],
      ['c2', 'r2'],
      ['c3', 'r3'],
    ] as const) {
      const response = await as(owner, '/api/v1/customers', {
        method: 'POST',
        payload: { name: `客戶 ${key}` },
      })
      expect(response.statusCode, response.body).toBe(201)
      customers[key] = response.json<{ id: string }>().id
    }
  })
  afterAll(async () => server.close())

  it('moves through the hurdles with a history of who and when, and wins', async () => {
    const o = await open('r1', 'c1', 1_250_000)
    expect(o).toMatchObject({ stage: 'person', ownerId: server.org.users.r1.id, customerName: '客戶 c1' })
    const platform = (await move('r1', o, { stage: 'platform' })).json<Opp>()
    const money = (await move('r1', platform, { stage: 'money' })).json<Opp>()
    const won = await move('r1', money, { stage: 'won' })
    expect(won.statusCode).toBe(200)
    expect(won.json()).toMatchObject({ stage: 'won', closedOn: '2026-11-27', highestStage: 'money' })
    const detail = (await as('r1', `/api/v1/opportunities/${o.id}`)).json()
    expect(
      detail.history.map((h: { fromStage: string | null; toStage: string }) => [h.fromStage, h.toStage]),
    ).toEqual([
      [null, 'person'],
      ['person', 'platform'],
      ['platform', 'money'],
      ['money', 'won'],
    ])
    expect(detail.history[3]).toMatchObject({ actorName: 'R1', changedOn: '2026-11-27' })
  })

  it('goes back when a hurdle falls, and records where it was lost and why', async () => {
    const o = await open('r2', 'c2', 300_000, { stage: 'money' })
    const back = (await move('r2', o, { stage: 'platform' })).json<Opp>()
    expect(back).toMatchObject({ stage: 'platform', highestStage: 'money' })
    const lost = await move('r2', back, {
      stage: 'lost',
      lossReason: 'competitor',
      lostNote: '對手降價 15%',
      closedOn: '2026-11-20',
    })
    expect(lost.json()).toMatchObject({
      stage: 'lost',
      lostAtStage: 'platform',
      lossReason: 'competitor',
      lostNote: '對手降價 15%',
      closedOn: '2026-11-20',
    })
  })

  it('lets only a manager or an admin reopen a closed one, and never moves it straight to the other end', async () => {
    const o = await open('r1', 'c1', 90_000)
    const lost = (await move('r1', o, { stage: 'lost', lossReason: 'price' })).json<Opp>()
    const byRep = await move('r1', lost, { stage: 'money' }, 'zh-TW')
    expect(byRep.statusCode).toBe(422)
    expect(byRep.json().error.message).toBe(
      '這個商機已結案（成交或丟單）：只有銷售經理或管理員可以重新開啟。',
    )
    expect((await move('m1', lost, { stage: 'won' })).statusCode).toBe(422)
    expect((await move('r3', lost, { stage: 'person' })).statusCode).toBe(404)
    const reopened = await move('m1', lost, { stage: 'person' })
    expect(reopened.json()).toMatchObject({
      stage: 'person',
      lossReason: null,
      lostAtStage: null,
      closedOn: null,
    })
    // The card read before the reopening is stale now: 412, nothing changes.
    expect((await move('m1', lost, { stage: 'platform' })).statusCode).toBe(412)
    const edit = await as('r1', `/api/v1/opportunities/${o.id}`, {
      method: 'PATCH',
      payload: { amount: 120_000, title: '擴大採購' },
      headers: { 'if-match': `"${reopened.json<Opp>().version}"` },
    })
    expect(edit.json()).toMatchObject({ amount: 120_000, title: '擴大採購' })
  })

  it('shows reps their own, managers their tree, admin and finance all, the auditor none; only sellers write', async () => {
    const seen = async (role: Role) =>
      new Set(
        (await as(role, '/api/v1/opportunities?limit=200'))
          .json<{ items: { customerName: string }[] }>()
          .items.map((i) => i.customerName),
      )
    await open('r3', 'c3', 10_000)
    expect([...(await seen('r1'))]).toEqual(['客戶 c1'])
    expect([...(await seen('m1'))].sort()).toEqual(['客戶 c1', '客戶 c2'])
    for (const role of ['boss', 'admin', 'finance'] as const) expect((await seen(role)).size, role).toBe(3)
    // The pipeline is money: the auditor, who reads visits and follow-ups, is refused.
    expect((await as('auditor', '/api/v1/opportunities')).statusCode).toBe(403)
    expect((await as('auditor', '/api/v1/opportunities/board')).statusCode).toBe(403)
    for (const role of ['finance', 'auditor'] as const)
      expect(
        (
          await as(role, '/api/v1/opportunities', {
            method: 'POST',
            payload: { customerId: customers.c1, title: 'x', amount: 1, expectedOn: '2026-12-01' },
          })
        ).statusCode,
      ).toBe(403)
    // A rep cannot open one on another rep's customer, nor give one to someone outside their scope.
    const other = await as('r1', '/api/v1/opportunities', {
      method: 'POST',
      payload: { customerId: customers.c2, title: 'x', amount: 1, expectedOn: '2026-12-01' },
    })
    expect(other.statusCode).toBe(400)
    expect(other.json().error.details[0].path).toBe('customerId')
    const manager = await open('m1', 'c2', 55_000, { ownerId: server.org.users.r2.id })
    expect((await as('r1', `/api/v1/opportunities/${manager.id}`)).statusCode).toBe(404)
    expect((await move('r2', manager, { stage: 'platform' })).statusCode).toBe(200)
  })

  it('refuses bad input with clear errors and writes nothing', async () => {
    const before = await count()
    const bad = await as('r1', '/api/v1/opportunities', {
      method: 'POST',
      payload: { customerId: customers.c1, title: ' ', amount: -5, expectedOn: '2026-02-30', stage: 'maybe' },
    })
    expect(bad.statusCode).toBe(400)
    expect(
      bad
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['amount', 'expectedOn', 'stage', 'title'])
    expect(
      (
        await as('r1', '/api/v1/opportunities', {
          method: 'POST',
          payload: {
            customerId: customers.c1,
            title: 'won at once',
            amount: 1,
            expectedOn: '2026-12-01',
            stage: 'won',
          },
        })
      ).statusCode,
    ).toBe(400)
    expect(await count()).toBe(before)

    const o = await open('r1', 'c1', 70_000)
    const noReason = await move('r1', o, { stage: 'lost' }, 'zh-CN')
    expect(noReason.statusCode).toBe(400)
    expect(noReason.json().error.details).toEqual([{ path: 'lossReason', message: '丢单必须填写丢单原因。' }])
    expect((await move('r1', o, { stage: 'lost', lossReason: 'because' })).statusCode).toBe(400)
    expect((await move('r1', o, { stage: 'closing' })).statusCode).toBe(400)
    const future = await move('r1', o, { stage: 'won', closedOn: '2026-12-01' })
    expect(future.json().error.details).toEqual([
      { path: 'closedOn', message: 'The close date cannot be in the future.' },
    ])
    expect((await move('r1', o, { stage: 'won', closedOn: '2026-11-31' })).statusCode).toBe(400)
    expect((await move('r1', o, { stage: 'platform', closedOn: '2026-11-01' })).statusCode).toBe(400)
    expect((await move('r1', o, { stage: 'person' })).statusCode).toBe(422)
    expect(
      (await as('r1', `/api/v1/opportunities/${o.id}/move`, { method: 'POST', payload: { stage: 'money' } }))
        .statusCode,
    ).toBe(428)
    const unchanged = (await as('r1', `/api/v1/opportunities/${o.id}`)).json()
    expect(unchanged).toMatchObject({ stage: 'person', version: o.version })
    expect(unchanged.history).toHaveLength(1)

    const won = (await move('r1', o, { stage: 'won' })).json<Opp>()
    const closedEdit = await as('r1', `/api/v1/opportunities/${o.id}`, {
      method: 'PATCH',
      payload: { amount: 1 },
      headers: { 'if-match': `"${won.version}"` },
    })
    expect(closedEdit.statusCode).toBe(422)
    expect((await as('r1', '/api/v1/opportunities/analysis?from=2026-11-30&to=2026-11-01')).statusCode).toBe(
      400,
    )
  })

  it('puts cards in columns with totals, and analyses what closed by stage, reason, rep and month', async () => {
    const board = (await as('m1', '/api/v1/opportunities/board?from=2026-11-01&to=2026-12-31')).json<{
      columns: { stage: string; count: number; amount: number; items: { amount: number }[] }[]
    }>()
    expect(board.columns.map((c) => c.stage)).toEqual(['person', 'platform', 'money', 'won', 'lost'])
    for (const column of board.columns) {
      expect(column.items).toHaveLength(column.count)
      expect(column.items.reduce((s, i) => s + i.amount, 0)).toBe(column.amount)
    }
    expect(board.columns.find((c) => c.stage === 'won')?.amount).toBe(1_250_000 + 70_000)
    const r1Only = (await as('m1', `/api/v1/opportunities/board?owner=${server.org.users.r1.id}`)).json<{
      columns: { items: { ownerId: string }[] }[]
    }>()
    expect(r1Only.columns.flatMap((c) => c.items).every((i) => i.ownerId === server.org.users.r1.id)).toBe(
      true,
    )

    const analysis = await as('m1', '/api/v1/opportunities/analysis?from=2026-11-01&to=2026-11-30')
    expect(analysis.statusCode).toBe(200)
    const a = analysis.json()
    expect(a.total).toMatchObject({ count: 3, won: 2, lost: 1, wonAmount: 1_320_000, lostAmount: 300_000 })
    expect(a.stages.map((s: { reached: number }) => s.reached)).toEqual([3, 3, 3, 2])
    expect(a.stages.map((s: { lostAt: number }) => s.lostAt)).toEqual([0, 1, 0, 0])
    expect(a.reasons).toEqual([{ reason: 'competitor', count: 1, amount: 300_000, share: 1 }])
    expect(a.reps.map((r: { ownerName: string; won: number }) => [r.ownerName, r.won])).toEqual([
      ['R1', 2],
      ['R2', 0],
    ])
    expect(a.months).toHaveLength(1)
    const mine = (await as('r2', '/api/v1/opportunities/analysis?from=2026-11-01&to=2026-11-30')).json()
    expect(mine.total).toMatchObject({ count: 1, won: 0, lost: 1 })
  })

  it('publishes every route and its schemas in the OpenAPI document', async () => {
    const doc = (await server.app.inject({ url: '/api/v1/openapi.json' })).json()
    for (const path of [
      '/api/v1/opportunities',
      '/api/v1/opportunities/board',
      '/api/v1/opportunities/analysis',
      '/api/v1/opportunities/{id}',
      '/api/v1/opportunities/{id}/move',
    ])
      expect(Object.keys(doc.paths)).toContain(path)
    for (const schema of ['Opportunity', 'OpportunityDetail', 'OpportunityBoard', 'WinLoss'])
      expect(doc.components.schemas[schema], schema).toBeDefined()
  })
})
