import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTeamTableFixture } from '../test-support/team-table-fixture'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

const PERIOD = 'from=2026-08-01&to=2026-12-31'

/** The team table through HTTP: each role sees the people it may watch; bad input is refused in the reader's language. */
describe.each(ENGINES)('team table API on %s', (engine) => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer(engine)
    await createTeamTableFixture(server.database, server.org)
  })
  afterAll(async () => server.close())

  const get = async (who: Parameters<TestServer['cookie']>[0], url: string, lang = 'en') =>
    server.app.inject({ url, headers: { cookie: await server.cookie(who), 'accept-language': lang } })
  const names = (body: { reps: { repName: string }[] }) => body.reps.map((r) => r.repName)

  it('shows each role the people it may watch, and what it may see of them', async () => {
    const seen: Record<string, unknown> = {}
    // The team table is sales and pay: the auditor, who reads no money, is refused.
    expect((await get('auditor', `/api/v1/analyses/team?${PERIOD}`)).statusCode).toBe(403)
    for (const who of ['admin', 'boss', 'm1', 'r1', 'r2', 'r3', 'finance'] as const) {
      const response = await get(who, `/api/v1/analyses/team?${PERIOD}`)
      expect(response.statusCode).toBe(200)
      const body = response.json()
      seen[who] = { reps: names(body), sales: body.total.sales, commission: body.total.commission }
    }
    const everyone = ['BOSS', 'M1', 'R1', 'R2', 'R3']
    expect(seen).toEqual({
      admin: { reps: everyone, sales: 200_00, commission: 17_50 },
      boss: { reps: everyone, sales: 200_00, commission: 17_50 },
      m1: { reps: ['M1', 'R1', 'R2'], sales: 185_00, commission: 17_50 },
      r1: { reps: ['R1'], sales: 160_00, commission: 10_00 },
      r2: { reps: ['R2'], sales: 25_00, commission: 7_50 },
      r3: { reps: ['R3'], sales: 15_00, commission: 0 },
      finance: { reps: everyone, sales: 200_00, commission: 17_50 },
    })
  })

  it("returns a rep's row with every figure, and facts in the reader's language", async () => {
    const body = (await get('m1', `/api/v1/analyses/team?${PERIOD}`, 'zh-TW')).json()
    expect(body.period).toEqual({ from: '2026-08-01', to: '2026-12-31' })
    expect(body.shows).toEqual({ commission: true, audits: true })
    expect(body.reps[1]).toEqual({
      repId: server.org.users.r1.id,
      repName: 'R1',
      role: 'rep',
      managerId: server.org.users.m1.id,
      orders: 2,
      sales: 160_00,
      collections: 100_00,
      receivable: 130_00,
      newCustomers: 0,
      customers: 2,
      coverageRequired: 31,
      coverageCounted: 17,
      coverage: 17 / 31,
      objectivesPlanned: 3,
      objectivesAchieved: 1,
      achievedRate: 1 / 3,
      auditsConfirmed: 3,
      auditsReached: 4,
      confirmationRate: 0.75,
      expenses: 20_00,
      expenseRatio: 0.125,
      commission: 10_00,
    })
    expect(body.facts[0]).toMatchObject({
      key: 'fact.team_top_sales',
      text: '2026年8–12月銷售額最高的是R1：160.00，佔團隊的 86.5%。',
    })
  })

  it("narrows to a sales manager's team for those who may see it, and refuses any other", async () => {
    const m1 = server.org.users.m1.id
    expect(names((await get('admin', `/api/v1/analyses/team?${PERIOD}&team=${m1}`)).json())).toEqual([
      'M1',
      'R1',
      'R2',
    ])
    expect((await get('admin', `/api/v1/analyses/team?${PERIOD}&team=${m1}`)).json().team).toEqual({
      id: m1,
      name: 'M1',
    })
    // A rep picks no team; a manager not one above them; nobody picks a rep as a team.
    const outsider = await get('r1', `/api/v1/analyses/team?${PERIOD}&team=${m1}`, 'zh-TW')
    expect(outsider.statusCode).toBe(404)
    expect(outsider.json().error.message).toBe('在您可查看的範圍內沒有這位銷售經理的團隊。')
    const up = await get('m1', `/api/v1/analyses/team?${PERIOD}&team=${server.org.users.boss.id}`)
    expect(up.statusCode).toBe(404)
    expect(up.json().error.message).toBe('There is no such sales manager’s team among those you may see.')
    const unknown = await get('admin', `/api/v1/analyses/team?${PERIOD}&team=nobody`)
    expect(unknown.statusCode).toBe(404)
    expect(
      (await get('admin', `/api/v1/analyses/team?${PERIOD}&team=${server.org.users.r1.id}`)).statusCode,
    ).toBe(404)
  })

  it('refuses a reversed or half-given period, and anyone not signed in', async () => {
    const reversed = await get('admin', '/api/v1/analyses/team?from=2026-12-31&to=2026-08-01', 'zh-TW')
    expect(reversed.statusCode).toBe(400)
    expect(reversed.json().error.details).toEqual([{ path: 'to', message: '期間的結束日不可早於開始日。' }])
    const half = await get('admin', '/api/v1/analyses/team?from=2026-08-01')
    expect(half.statusCode).toBe(400)
    expect(half.json().error.details[0].path).toBe('to')
    const badDate = await get('admin', '/api/v1/analyses/team?from=2026-02-30&to=2026-03-31')
    expect(badDate.statusCode).toBe(400)
    expect((await server.app.inject({ url: `/api/v1/analyses/team?${PERIOD}` })).statusCode).toBe(401)
  })

  it('publishes the route with its query and every response in the OpenAPI document', async () => {
    const doc = (await server.app.inject({ url: '/api/v1/openapi.json' })).json()
    const get = doc.paths['/api/v1/analyses/team'].get
    expect(get.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['from', 'team', 'to'])
    expect(Object.keys(get.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '404']))
  })

  it('defaults to this year', async () => {
    const body = (await get('r2', '/api/v1/analyses/team')).json()
    expect(body.period).toEqual({ from: '2026-01-01', to: '2026-12-31' })
    // Z's first order (April) and N's (October) are both R2's this year.
    expect(body.reps[0]).toMatchObject({ repName: 'R2', sales: 55_00, newCustomers: 2 })
  })
})
