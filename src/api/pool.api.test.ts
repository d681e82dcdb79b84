import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

type Role = 'admin' | 'boss' | 'm1' | 'r1' | 'r2' | 'r3' | 'finance' | 'auditor'

/** The customer pool through HTTP: who may list, claim, assign and release, and what each answers. */
describe.each(ENGINES)('pool API on %s', (engine) => {
  let server: TestServer
  const pooled: string[] = []
  const as = async (
    role: Role,
    url: string,
    init: { method?: 'GET' | 'POST'; payload?: object; headers?: Record<string, string> } = {},
  ) =>
    server.app.inject({
      url,
      method: init.method ?? 'GET',
      payload: init.payload,
      headers: { cookie: await server.cookie(role), ...init.headers },
    })

  beforeAll(async () => {
    server = await startTestServer(engine)
    for (const name of ['公海甲', '公海乙', '公海丙']) {
      const created = await as('admin', '/api/v1/customers', {
        method: 'POST',
        payload: { name, ownerId: null },
      })
      pooled.push(created.json().id)
    }
  })
  afterAll(async () => server.close())

  it.each(['admin', 'm1', 'r1', 'finance', 'auditor'] as Role[])('%s lists the pool', async (role) => {
    const list = await as(role, '/api/v1/pool?sort=name&limit=2')
    expect(list.statusCode).toBe(200)
    expect(list.json().items).toHaveLength(2)
    expect(list.json().nextCursor).toEqual(expect.any(String))
  })
  it('answers 401 without a session and 400 for a bad filter', async () => {
    expect((await server.app.inject({ url: '/api/v1/pool' })).statusCode).toBe(401)
    expect((await as('r1', '/api/v1/pool?owner=x')).statusCode).toBe(400)
    expect((await as('r1', '/api/v1/pool/flows?from=2026-12-01&to=2026-11-01')).statusCode).toBe(400)
    expect((await as('r1', '/api/v1/pool/flows?from=2026-02-30&to=2026-11-01')).statusCode).toBe(400)
  })
  it('claims once: a second claim is 409 in the reader’s language, and the customer is readable', async () => {
    const claim = await as('r1', `/api/v1/pool/${pooled[0]}/claim`, { method: 'POST' })
    expect(claim.statusCode).toBe(200)
    expect(claim.headers.etag).toBe('"2"')
    expect(claim.json().ownerName).toBe('R1')
    const again = await as('r2', `/api/v1/pool/${pooled[0]}/claim`, {
      method: 'POST',
      headers: { 'accept-language': 'zh-TW' },
    })
    expect(again.statusCode).toBe(409)
    expect(again.json().error.message).toBe('此客戶已不在公海：已有人先領取或分配。')
    expect((await as('finance', `/api/v1/pool/${pooled[1]}/claim`, { method: 'POST' })).statusCode).toBe(403)
    expect((await as('r2', `/api/v1/customers/${pooled[1]}`)).statusCode).toBe(200)
    expect((await as('r2', `/api/v1/customers/${pooled[0]}`)).statusCode).toBe(404)
  })
  it('assigns within the team (403 outside it, 400 for a non-owner, 412 for a stale If-Match)', async () => {
    const url = `/api/v1/customers/${pooled[1]}/assign`
    const outside = await as('m1', url, { method: 'POST', payload: { ownerId: server.org.users.r3.id } })
    expect(outside.statusCode).toBe(403)
    expect(outside.json().error.code).toBe('forbidden')
    expect(
      (await as('m1', url, { method: 'POST', payload: { ownerId: server.org.users.auditor.id } })).statusCode,
    ).toBe(400)
    expect((await as('m1', url, { method: 'POST', payload: {} })).statusCode).toBe(400)
    expect(
      (await as('r1', url, { method: 'POST', payload: { ownerId: server.org.users.r1.id } })).statusCode,
    ).toBe(403)
    expect(
      (
        await as('m1', url, {
          method: 'POST',
          payload: { ownerId: server.org.users.r2.id },
          headers: { 'if-match': '"7"' },
        })
      ).statusCode,
    ).toBe(412)
    const assigned = await as('m1', url, { method: 'POST', payload: { ownerId: server.org.users.r2.id } })
    expect(assigned.statusCode).toBe(200)
    expect(assigned.json().ownerId).toBe(server.org.users.r2.id)
  })
  it('releases with or without a reason; a second release is 409', async () => {
    const url = `/api/v1/customers/${pooled[1]}/release`
    expect((await as('r1', url, { method: 'POST', payload: {} })).statusCode).toBe(404)
    const released = await as('r2', url, { method: 'POST', payload: { reason: '客戶搬遷' } })
    expect(released.statusCode).toBe(200)
    expect(released.json().ownerId).toBeNull()
    expect((await as('r2', url, { method: 'POST', payload: {} })).statusCode).toBe(409)
    const history = (await as('r1', `/api/v1/customers/${pooled[1]}/pool-history`)).json()
    expect(history.items.map((e: { kind: string; reason: string | null }) => [e.kind, e.reason])).toEqual([
      ['release', '客戶搬遷'],
      ['assign', null],
    ])
  })
  it('counts in and out per rep, and lists the caller’s warnings', async () => {
    const flows = await as('m1', '/api/v1/pool/flows?from=2026-11-01&to=2026-11-30')
    expect(flows.statusCode).toBe(200)
    const r2 = flows.json().items.find((f: { ownerName: string }) => f.ownerName === 'R2')
    expect(r2).toMatchObject({ assigned: 1, released: 1, in: 1, out: 1 })
    const warnings = await as('r1', '/api/v1/pool/warnings')
    expect(warnings.statusCode).toBe(200)
    expect(warnings.json()).toEqual({ warnDays: 3, items: [] })
  })
  it('documents every pool route in the OpenAPI description', async () => {
    const paths = Object.keys((await as('r1', '/api/v1/openapi.json')).json().paths)
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/pool',
        '/api/v1/pool/warnings',
        '/api/v1/pool/flows',
        '/api/v1/pool/{customerId}/claim',
        '/api/v1/customers/{id}/assign',
        '/api/v1/customers/{id}/release',
        '/api/v1/customers/{id}/pool-history',
      ]),
    )
  })
})
