import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

type Role = 'admin' | 'boss' | 'm1' | 'r1' | 'r2' | 'r3' | 'finance' | 'auditor'
type Init = { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; payload?: object; headers?: Record<string, string> }

/** ABC runs and tier overrides through the API: who may do what, the shapes, bad input. */
describe.each(ENGINES)('classification API on %s', (engine) => {
  let server: TestServer
  const customers: Record<string, string> = {}
  const as = async (role: Role, url: string, init: Init = {}) =>
    server.app.inject({
      url,
      method: init.method ?? 'GET',
      payload: init.payload,
      headers: { cookie: await server.cookie(role), ...init.headers },
    })

  beforeAll(async () => {
    server = await startTestServer(engine)
    for (const [role, total] of [
      ['r1', 9_000],
      ['r3', 1_000],
    ] as const) {
      const id = (
        await as(role, '/api/v1/customers', { method: 'POST', payload: { name: `${role} 客戶` } })
      ).json().id
      customers[role] = id
      await as(role, '/api/v1/orders', {
        method: 'POST',
        payload: { number: `SO-${role}`, customerId: id, orderDate: '2026-10-01', total },
      })
    }
  })
  afterAll(async () => server.close())

  it('runs for an admin only, with or without an as-of date', async () => {
    expect(
      (await as('boss', '/api/v1/classification/runs', { method: 'POST', payload: {} })).statusCode,
    ).toBe(403)
    const bad = await as('admin', '/api/v1/classification/runs', {
      method: 'POST',
      payload: { asOf: '2026-13-01' },
      headers: { 'accept-language': 'zh-TW' },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.details).toEqual([
      { path: 'asOf', message: '截至必須是存在的日期，格式為 YYYY-MM-DD。' },
    ])
    const bare = await as('admin', '/api/v1/classification/runs', { method: 'POST' })
    expect(bare.statusCode).toBe(201)
    const run = await as('admin', '/api/v1/classification/runs', {
      method: 'POST',
      payload: { asOf: '2026-11-27' },
    })
    expect(run.statusCode).toBe(201)
    expect(run.json()).toMatchObject({
      asOf: '2026-11-27',
      from: '2025-11-28',
      to: '2026-11-27',
      metric: 'sales',
      total: 10_000,
      counts: { A: 1, B: 1, C: 0 },
      actorName: 'ADMIN',
    })
  })

  it('lists runs newest first and shows one with its Pareto series, for the team’s customers', async () => {
    const list = await as('m1', '/api/v1/classification/runs?limit=1')
    expect(list.statusCode).toBe(200)
    expect(list.json().items).toHaveLength(1)
    expect(list.json().nextCursor).toEqual(expect.any(String))
    const runId = list.json().items[0].id
    const next = await as('m1', `/api/v1/classification/runs?limit=1&cursor=${list.json().nextCursor}`)
    expect(next.json().items[0].id).not.toBe(runId)
    const detail = await as('m1', `/api/v1/classification/runs/${runId}`)
    expect(detail.statusCode).toBe(200)
    expect(detail.json().visible).toEqual({
      customers: 1,
      counts: { A: 1, B: 0, C: 0 },
      promoted: 0,
      demoted: 0,
    })
    expect(detail.json().pareto).toEqual([
      {
        firstRank: 1,
        lastRank: 1,
        customers: 1,
        name: 'r1 客戶',
        value: 9_000,
        cumulativeShare: 0.9,
        tier: 'A',
      },
    ])
    const page = await as('boss', `/api/v1/classification/runs/${runId}/customers?limit=1`)
    expect(page.json().items.map((i: { name: string }) => i.name)).toEqual(['r1 客戶'])
    const rest = await as(
      'boss',
      `/api/v1/classification/runs/${runId}/customers?limit=1&cursor=${page.json().nextCursor}`,
    )
    expect(rest.json()).toMatchObject({
      items: [{ name: 'r3 客戶', rank: 2, tier: 'B', previousTier: 'B' }],
      nextCursor: null,
    })
    expect((await as('r1', `/api/v1/classification/runs/${runId}`)).statusCode).toBe(403)
    expect((await as('admin', '/api/v1/classification/runs/nope')).statusCode).toBe(404)
    const badQuery = await as('admin', `/api/v1/classification/runs/${runId}/customers?change=sideways`)
    expect(badQuery.statusCode).toBe(400)
  })

  it('sets and removes an override, with If-Match, the reason required', async () => {
    const url = `/api/v1/customers/${customers.r3}/tier-override`
    const noReason = await as('boss', url, { method: 'PUT', payload: { tier: 'A', reason: ' ' } })
    expect(noReason.statusCode).toBe(400)
    expect(noReason.json().error.details).toEqual([{ path: 'reason', message: 'Reason is required.' }])
    expect((await as('m1', url, { method: 'PUT', payload: { tier: 'A', reason: 'x' } })).statusCode).toBe(404)
    expect((await as('r3', url, { method: 'PUT', payload: { tier: 'A', reason: 'x' } })).statusCode).toBe(403)
    const tier = await as('r3', `/api/v1/customers/${customers.r3}/tier`)
    expect(tier.json()).toMatchObject({ tier: 'B', override: null, effectiveTier: 'B', canOverride: false })
    const set = await as('boss', url, {
      method: 'PUT',
      payload: { tier: 'A', reason: '新品試點', until: '2026-11-27' },
      headers: { 'if-match': `"${tier.json().version}"` },
    })
    expect(set.statusCode).toBe(200)
    expect(set.json()).toMatchObject({ tier: 'B', effectiveTier: 'A', override: { reason: '新品試點' } })
    expect(set.headers.etag).toBe(`"${tier.json().version + 1}"`)
    const stale = await as('boss', url, {
      method: 'DELETE',
      headers: { 'if-match': `"${tier.json().version}"` },
    })
    expect(stale.statusCode).toBe(412)
    const removed = await as('admin', url, { method: 'DELETE' })
    expect(removed.statusCode).toBe(200)
    expect(removed.json()).toMatchObject({ override: null, effectiveTier: 'B' })
    expect((await as('admin', '/api/v1/customers/nope/tier')).statusCode).toBe(404)
  })

  it('documents the endpoints in OpenAPI', async () => {
    const doc = (await server.app.inject({ url: '/api/v1/openapi.json' })).json()
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/classification/runs',
        '/api/v1/classification/runs/{id}',
        '/api/v1/classification/runs/{id}/customers',
        '/api/v1/customers/{id}/tier',
        '/api/v1/customers/{id}/tier-override',
      ]),
    )
  })
})
