import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

type Item = { recordId: string; repName: string; version: number; customerName: string }

/** Callback audits through HTTP: each role, and bad input refused with nothing written. */
describe.each(ENGINES)('callback audits API on %s', (engine) => {
  let server: TestServer
  let drawId = ''
  let items: Item[] = []
  const as = async (who: Parameters<TestServer['cookie']>[0], lang = 'en') => ({
    cookie: await server.cookie(who),
    'accept-language': lang,
  })
  const itemCount = async () =>
    Number(
      (
        await server.database.db
          .selectFrom('callback_audit_items')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('result', 'is not', null)
          .executeTakeFirstOrThrow()
      ).n,
    )

  beforeAll(async () => {
    server = await startTestServer(engine)
    for (const [rep, name] of [
      ['r1', '回訪甲'],
      ['r1', '回訪乙'],
      ['r3', '回訪丙'],
    ] as const) {
      const headers = await as(rep)
      const customer = await server.app.inject({
        method: 'POST',
        url: '/api/v1/customers',
        headers,
        payload: { name, status: 'active', phone: '02-8765-4321' },
      })
      await server.app.inject({
        method: 'POST',
        url: '/api/v1/follow-ups',
        headers,
        payload: {
          customerId: customer.json().id,
          channel: 'visit',
          summary: `拜訪 ${name}`,
          happenedAt: '2026-11-20T03:00:00Z',
        },
      })
    }
  })
  afterAll(async () => server.close())

  it('draws for auditors and admins only', async () => {
    for (const who of ['r1', 'm1', 'finance'] as const) {
      const refused = await server.app.inject({
        method: 'POST',
        url: '/api/v1/callback-audits/draws',
        headers: await as(who),
        payload: { from: '2026-11-01', to: '2026-11-30', sampleCount: 1 },
      })
      expect(refused.statusCode).toBe(403)
    }
    const drawn = await server.app.inject({
      method: 'POST',
      url: '/api/v1/callback-audits/draws',
      headers: await as('auditor'),
      payload: { from: '2026-11-01', to: '2026-11-30', sampleShare: 0.1, seed: 42 },
    })
    expect(drawn.statusCode).toBe(201)
    // 10 % of r1's two records rounds up to one; r3's one record gives one.
    expect(drawn.json()).toMatchObject({
      seed: 42,
      sampled: 2,
      population: 3,
      rule: 'share',
      sampleShare: 0.1,
    })
    drawId = drawn.json().id
    const list = await server.app.inject({
      url: `/api/v1/callback-audits/draws/${drawId}/items`,
      headers: await as('auditor'),
    })
    expect(list.statusCode).toBe(200)
    items = list.json().items
    expect(items.map((i) => i.repName)).toEqual(['R1', 'R3'])
  })

  it('refuses bad draws clearly, in the reader’s language, writing nothing', async () => {
    const cases: [object, string][] = [
      [{ from: '2026-11-01', to: '2026-11-30', sampleShare: 0 }, 'sampleShare'],
      [{ from: '2026-11-01', to: '2026-11-30', sampleShare: 1.2 }, 'sampleShare'],
      [{ from: '2026-11-01', to: '2026-11-30', sampleCount: 0 }, 'sampleCount'],
      [{ from: '2026-11-30', to: '2026-11-01', sampleCount: 1 }, 'to'],
      [{ from: '2026-11-01', to: '2026-11-30' }, 'sampleShare'],
      [{ from: '2026-11-01', to: '2026-11-30', sampleCount: 1, seed: -1 }, 'seed'],
    ]
    for (const [payload, path] of cases) {
      const bad = await server.app.inject({
        method: 'POST',
        url: '/api/v1/callback-audits/draws',
        headers: await as('auditor', 'zh-TW'),
        payload,
      })
      expect(bad.statusCode, JSON.stringify(payload)).toBe(400)
      expect(bad.json().error.details.map((d: { path: string }) => d.path)).toContain(path)
    }
    const share = await server.app.inject({
      method: 'POST',
      url: '/api/v1/callback-audits/draws',
      headers: await as('auditor', 'zh-TW'),
      payload: { from: '2026-11-01', to: '2026-11-30', sampleShare: 0 },
    })
    expect(share.json().error.details[0].message).toBe('抽查比例必須大於 0 且不超過 1（0.1 即 10%）。')
    const draws = await server.app.inject({
      url: '/api/v1/callback-audits/draws',
      headers: await as('auditor'),
    })
    expect(draws.json().items).toHaveLength(1)
  })

  it('refuses a result outside the sample, outside 1–5, or unknown, writing nothing', async () => {
    const headers = await as('auditor')
    const url = (recordId: string) => `/api/v1/callback-audits/draws/${drawId}/results/${recordId}`
    const outside = await server.app.inject({
      method: 'PUT',
      url: url('0190aaaa-0000-7000-8000-000000000000'),
      headers,
      payload: { result: 'confirmed', satisfaction: 4 },
    })
    expect(outside.statusCode).toBe(422)
    expect(outside.json().error.message).toContain('not in the sample')
    const target = items[0] as Item
    for (const [payload, path] of [
      [{ result: 'confirmed', satisfaction: 6 }, 'satisfaction'],
      [{ result: 'confirmed', satisfaction: 0 }, 'satisfaction'],
      [{ result: 'maybe', satisfaction: 3 }, 'result'],
      [{ result: 'confirmed' }, 'satisfaction'],
      [{ result: 'discrepancy', satisfaction: 2 }, 'note'],
    ] as const) {
      const bad = await server.app.inject({ method: 'PUT', url: url(target.recordId), headers, payload })
      expect(bad.statusCode, JSON.stringify(payload)).toBe(400)
      expect(bad.json().error.details.map((d: { path: string }) => d.path)).toContain(path)
    }
    const rep = await server.app.inject({
      method: 'PUT',
      url: url(target.recordId),
      headers: await as('r1'),
      payload: { result: 'confirmed', satisfaction: 4 },
    })
    expect(rep.statusCode).toBe(403)
    expect(await itemCount()).toBe(0)
  })

  it('records a discrepancy, which the rep’s manager finds in their notifications', async () => {
    const target = items.find((i) => i.repName === 'R1') as Item
    const recorded = await server.app.inject({
      method: 'PUT',
      url: `/api/v1/callback-audits/draws/${drawId}/results/${target.recordId}`,
      headers: await as('auditor'),
      payload: { result: 'discrepancy', satisfaction: 2, note: '客戶說沒有拜訪' },
    })
    expect(recorded.statusCode).toBe(200)
    expect(recorded.headers.etag).toBe('"2"')
    const m1 = await as('m1')
    const count = await server.app.inject({ url: '/api/v1/notifications/unread-count', headers: m1 })
    expect(count.json()).toEqual({ unreadCount: 1 })
    const list = await server.app.inject({ url: '/api/v1/notifications', headers: m1 })
    const notification = list.json().items[0]
    expect(notification).toMatchObject({
      kind: 'callback_audit_discrepancy',
      readAt: null,
      params: { customerName: target.customerName, repName: 'R1' },
    })
    // Someone else's notification is absent; the manager's own is marked read.
    const foreign = await server.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${notification.id}/read`,
      headers: await as('boss'),
    })
    expect(foreign.statusCode).toBe(404)
    const read = await server.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${notification.id}/read`,
      headers: m1,
    })
    expect(read.json()).toEqual({ unreadCount: 0 })

    // The correction needs If-Match.
    const noVersion = await server.app.inject({
      method: 'PUT',
      url: `/api/v1/callback-audits/draws/${drawId}/results/${target.recordId}`,
      headers: await as('auditor'),
      payload: { result: 'confirmed', satisfaction: 4 },
    })
    expect(noVersion.statusCode).toBe(428)
    const corrected = await server.app.inject({
      method: 'PUT',
      url: `/api/v1/callback-audits/draws/${drawId}/results/${target.recordId}`,
      headers: { ...(await as('auditor')), 'if-match': '"2"' },
      payload: { result: 'discrepancy', satisfaction: 1, note: '客戶說從沒見過業務員' },
    })
    expect(corrected.statusCode).toBe(200)
    // Still a discrepancy: the manager is not told twice.
    expect(
      (await server.app.inject({ url: '/api/v1/notifications/unread-count', headers: m1 })).json(),
    ).toEqual({
      unreadCount: 0,
    })
  })

  it('shows each role what it may: the rep their recorded result, the manager their tree, rates for all but finance', async () => {
    const r1 = await server.app.inject({
      url: `/api/v1/callback-audits/draws/${drawId}/items`,
      headers: await as('r1'),
    })
    expect(r1.json().items.map((i: Item) => i.repName)).toEqual(['R1'])
    const r3 = await server.app.inject({
      url: `/api/v1/callback-audits/draws/${drawId}/items`,
      headers: await as('r3'),
    })
    expect(r3.json().items).toEqual([])
    const rates = await server.app.inject({
      url: `/api/v1/callback-audits/rates?draw=${drawId}`,
      headers: await as('m1'),
    })
    expect(rates.statusCode).toBe(200)
    expect(rates.json().reps.map((r: { repName: string }) => r.repName)).toEqual(['R1'])
    expect(rates.json().reps[0]).toMatchObject({ drawn: 1, discrepancy: 1, pending: 0, confirmationRate: 0 })
    const all = await server.app.inject({
      url: '/api/v1/callback-audits/rates?from=2026-11-01&to=2026-11-30',
      headers: await as('admin'),
    })
    expect(all.json().total).toMatchObject({ drawn: 2, discrepancy: 1, pending: 1 })
    const finance = await server.app.inject({
      url: '/api/v1/callback-audits/draws',
      headers: await as('finance'),
    })
    expect(finance.statusCode).toBe(403)
    const reversed = await server.app.inject({
      url: '/api/v1/callback-audits/rates?from=2026-11-30&to=2026-11-01',
      headers: await as('admin'),
    })
    expect(reversed.statusCode).toBe(400)
    const missing = await server.app.inject({
      url: '/api/v1/callback-audits/draws/nope',
      headers: await as('auditor'),
    })
    expect(missing.statusCode).toBe(404)
  })
})
