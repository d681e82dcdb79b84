import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

type Role = 'admin' | 'boss' | 'm1' | 'r1' | 'r2' | 'r3' | 'finance' | 'auditor'

/**
 * Visibility through the API, per role: r1's customer is seen by r1, m1 and boss (their tree),
 * admin, finance and the auditor; never by r2 or r3 — not in get, list, count, search or export.
 */
describe.each(ENGINES)('customers API on %s', (engine) => {
  let server: TestServer
  let id: string
  const as = async (
    role: Role,
    url: string,
    init: {
      method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
      payload?: object
      headers?: Record<string, string>
    } = {},
  ) =>
    server.app.inject({
      url,
      method: init.method ?? 'GET',
      payload: init.payload,
      headers: { cookie: await server.cookie(role), ...init.headers },
    })

  beforeAll(async () => {
    server = await startTestServer(engine)
    const created = await as('r1', '/api/v1/customers', {
      method: 'POST',
      payload: {
        name: '鼎盛精密',
        companyName: '鼎盛精密工業股份有限公司',
        contacts: [{ name: '王小明', phone: '0912-345-678' }],
        tags: ['重點客戶'],
      },
    })
    expect(created.statusCode).toBe(201)
    expect(created.headers.etag).toBe('"1"')
    id = created.json().id
    await as('r2', '/api/v1/customers', { method: 'POST', payload: { name: 'Other rep customer' } })
  })
  afterAll(async () => server.close())

  const seers: Role[] = ['r1', 'm1', 'boss', 'admin', 'finance', 'auditor']
  const outsiders: Role[] = ['r2', 'r3']

  it.each(seers)('%s sees the customer everywhere', async (role) => {
    expect((await as(role, `/api/v1/customers/${id}`)).statusCode).toBe(200)
    expect(
      (await as(role, '/api/v1/customers?q=王小明')).json().items.map((c: { id: string }) => c.id),
    ).toEqual([id])
    expect((await as(role, '/api/v1/customers/count?q=0912345678')).json().count).toBe(1)
    expect((await as(role, `/api/v1/customers/${id}/history`)).statusCode).toBe(200)
    expect((await as(role, '/api/v1/customers/export.csv')).body).toContain('鼎盛精密')
  })
  it.each(outsiders)('%s never sees it: 404, empty lists, zero counts, absent from exports', async (role) => {
    const get = await as(role, `/api/v1/customers/${id}`)
    expect(get.statusCode).toBe(404)
    expect(get.json().error.code).toBe('not_found')
    expect((await as(role, `/api/v1/customers/${id}/history`)).statusCode).toBe(404)
    expect((await as(role, '/api/v1/customers?q=鼎盛')).json().items).toEqual([])
    expect((await as(role, `/api/v1/customers?owner=${server.org.users.r1.id}`)).json().items).toEqual([])
    expect((await as(role, '/api/v1/customers/count?tag=重點客戶')).json().count).toBe(0)
    expect((await as(role, '/api/v1/customers/export.csv')).body).not.toContain('鼎盛精密')
    const patch = await as(role, `/api/v1/customers/${id}`, {
      method: 'PATCH',
      payload: { name: 'hijack' },
      headers: { 'if-match': '"1"' },
    })
    expect(patch.statusCode).toBe(404)
    expect((await as(role, `/api/v1/customers/${id}`, { method: 'DELETE' })).statusCode).toBe(404)
  })
  it.each(['finance', 'auditor'] as const)(
    '%s may read but not change it (403), and nothing changes',
    async (role) => {
      const patch = await as(role, `/api/v1/customers/${id}`, {
        method: 'PATCH',
        payload: { name: 'x' },
        headers: { 'if-match': '"1"' },
      })
      expect(patch.statusCode).toBe(403)
      expect(
        (await as(role, '/api/v1/customers', { method: 'POST', payload: { name: 'x' } })).statusCode,
      ).toBe(403)
      expect((await as('r1', `/api/v1/customers/${id}`)).json().name).toBe('鼎盛精密')
    },
  )
  it('a manager edits a customer of their tree; the history shows who changed what', async () => {
    const patch = await as('m1', `/api/v1/customers/${id}`, {
      method: 'PATCH',
      payload: { phone: '02-2345-6789', interests: ['高爾夫'] },
      headers: { 'if-match': '"1"' },
    })
    expect(patch.statusCode).toBe(200)
    expect(patch.headers.etag).toBe('"2"')
    const history = (
      await as('r1', `/api/v1/customers/${id}/history`, { headers: { 'accept-language': 'zh-TW' } })
    ).json()
    expect(history.items[0]).toMatchObject({ action: 'update', actorName: 'M1' })
    expect(history.items[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'phone', before: null, after: '02-2345-6789' },
        { field: 'interests', before: [], after: ['高爾夫'] },
      ]),
    )
  })
  it('exports CSV with a BOM, translated headers and formula-safe cells', async () => {
    await as('r3', '/api/v1/customers', { method: 'POST', payload: { name: '=HYPERLINK("http://evil")' } })
    const csv = (await as('r3', '/api/v1/customers/export.csv', { headers: { 'accept-language': 'zh-TW' } }))
      .body
    expect(csv.startsWith('\uFEFF編號,名稱,公司')).toBe(true)
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`)
  })
  it('filters the customer pool (no owner) with owner=none, which reps cannot see', async () => {
    const pooled = await as('admin', '/api/v1/customers', {
      method: 'POST',
      payload: { name: 'Pool customer', ownerId: null },
    })
    expect(pooled.json().ownerId).toBeNull()
    expect(
      (await as('admin', '/api/v1/customers?owner=none')).json().items.map((c: { name: string }) => c.name),
    ).toEqual(['Pool customer'])
    expect((await as('r1', '/api/v1/customers?owner=none')).json().items).toEqual([])
  })
  it('exports in the language named by ?lang= (a download link cannot set headers)', async () => {
    const csv = (
      await as('r1', '/api/v1/customers/export.csv?lang=zh-Hans', { headers: { 'accept-language': 'en' } })
    ).body
    expect(csv.startsWith('\uFEFF编号,名称,公司')).toBe(true)
  })
  it('sorts and pages the list with a cursor', async () => {
    const first = (await as('admin', '/api/v1/customers?sort=name&order=desc&limit=1')).json()
    expect(first.items).toHaveLength(1)
    expect(first.nextCursor).toEqual(expect.any(String))
    const second = (
      await as('admin', `/api/v1/customers?sort=name&order=desc&limit=1&cursor=${first.nextCursor}`)
    ).json()
    expect(second.items[0].name < first.items[0].name).toBe(true)
  })
})
