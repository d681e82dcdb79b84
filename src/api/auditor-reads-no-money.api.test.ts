import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

type Who = Parameters<TestServer['cookie']>[0]

/**
 * DOMAIN.md "People and visibility": the auditor works on callback audits and reads visits and
 * follow-ups — no money. The pages the auditor does read (a customer's timeline, a visit's brief,
 * a rep's agenda) leave the ledger out; the money routes refuse, in the reader's language.
 * (Every route's answer to the auditor is pinned by the authorization matrix.)
 */
describe.each(ENGINES)('the auditor reads no money, on %s', (engine) => {
  let server: TestServer
  let customerId: string
  let visitId: string
  const call = async (who: Who, method: 'GET' | 'POST', url: string, payload?: object, lang = 'en') =>
    server.app.inject({
      method,
      url,
      headers: { cookie: await server.cookie(who), 'accept-language': lang },
      ...(payload === undefined ? {} : { payload }),
    })
  const created = async (who: Who, url: string, payload: object) => {
    const response = await call(who, 'POST', url, payload)
    expect(response.statusCode, response.body).toBe(201)
    return response.json() as { id: string; contacts: { id: string }[] }
  }

  beforeAll(async () => {
    server = await startTestServer(engine)
    const customer = await created('r1', '/api/v1/customers', {
      name: '稽核客戶',
      status: 'active',
      contacts: [{ name: '林經理', phone: '0912-000-111' }],
    })
    customerId = customer.id
    await created('r1', '/api/v1/follow-ups', { customerId, channel: 'phone', summary: '電話追蹤報價' })
    await created('r1', '/api/v1/orders', {
      number: 'SO-AUD-1',
      customerId,
      orderDate: '2026-11-02',
      total: 120_000,
    })
    await created('finance', '/api/v1/collections', {
      customerId,
      collectedOn: '2026-11-10',
      amount: 20_000,
      method: 'transfer',
    })
    await created('r1', '/api/v1/collection-plans', { customerId, dueOn: '2026-11-20', amount: 100_000 })
    visitId = (
      await created('r1', '/api/v1/visits', {
        customerId,
        date: '2026-11-30',
        startTime: '10:00',
        endTime: '11:00',
        contactIds: [customer.contacts[0]!.id],
        objectives: [{ kind: 'relationship', text: '確認付款時程' }],
      })
    ).id
  })
  afterAll(async () => server.close())

  it("shows the auditor the customer's follow-ups on its timeline, and none of its orders or collections", async () => {
    const kinds = async (who: Who) =>
      (await call(who, 'GET', `/api/v1/customers/${customerId}/timeline`))
        .json()
        .items.map((e: { kind: string }) => e.kind)
        .sort()
    expect(await kinds('r1')).toEqual(['collection', 'follow_up', 'order'])
    expect(await kinds('auditor')).toEqual(['follow_up'])
  })

  it("gives the auditor a visit's brief without the receivable, which the rep reads", async () => {
    const rep = (await call('r1', 'GET', `/api/v1/visits/${visitId}/brief`)).json()
    expect(rep.receivable).toEqual({ ordered: 120_000, collected: 20_000, receivable: 100_000 })
    const auditor = await call('auditor', 'GET', `/api/v1/visits/${visitId}/brief`)
    expect(auditor.statusCode).toBe(200)
    expect(auditor.json().receivable).toBeNull()
    expect(auditor.json().customer.name).toBe('稽核客戶')
  })

  it("shows the auditor a rep's agenda without the collection plans due", async () => {
    const repId = server.org.users.r1.id
    const rep = (await call('r1', 'GET', '/api/v1/agenda')).json()
    expect(rep.collectionPlans).toHaveLength(1)
    const auditor = await call('auditor', 'GET', `/api/v1/agenda?rep=${repId}`)
    expect(auditor.statusCode).toBe(200)
    expect(auditor.json().collectionPlans).toEqual([])
    expect(auditor.json().items.map((i: { id: string }) => i.id)).toEqual(
      rep.items.map((i: { id: string }) => i.id),
    )
  })

  it('refuses the money routes to the auditor in their language, while the follow-ups and visits answer', async () => {
    for (const url of ['/api/v1/orders', '/api/v1/receivables?by=customer', '/api/v1/analyses/team']) {
      const refused = await call('auditor', 'GET', url, undefined, 'zh-TW')
      expect(refused.statusCode, url).toBe(403)
      expect(refused.json().error).toMatchObject({
        code: 'forbidden',
        message: '您沒有執行此操作的權限。',
      })
    }
    expect(
      (await call('auditor', 'GET', `/api/v1/follow-ups?customer=${customerId}`)).json().items,
    ).toHaveLength(1)
    expect((await call('auditor', 'GET', `/api/v1/visits?customer=${customerId}`)).statusCode).toBe(200)
  })
})
