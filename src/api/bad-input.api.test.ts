import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

/** DOMAIN.md / issue: bad input gets a clear error in the user's language and changes nothing. */
describe.each(ENGINES)('bad input on %s', (engine) => {
  let server: TestServer
  let cookie: string
  let customerId: string
  const count = async () =>
    (await server.app.inject({ url: '/api/v1/customers/count', headers: { cookie } })).json<{
      count: number
    }>().count
  const post = (payload: string | object, headers: Record<string, string> = {}) =>
    server.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { cookie, 'content-type': 'application/json', ...headers },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    })

  beforeAll(async () => {
    server = await startTestServer(engine, { bodyLimitBytes: 64 * 1024 })
    cookie = await server.cookie('r1')
    customerId = (await post({ name: 'Existing' })).json<{ id: string }>().id
  })
  afterAll(async () => server.close())

  it('malformed JSON: 400 malformed_json, in Traditional Chinese when asked', async () => {
    const response = await post('{"name": "x",', { 'accept-language': 'zh-TW' })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toEqual({
      error: { code: 'malformed_json', message: '請求內容不是有效的 JSON。' },
    })
    expect(await count()).toBe(1)
  })
  it('unknown and missing fields: 400 naming each field', async () => {
    const response = await post({ nmae: 'typo' }, { 'accept-language': 'en' })
    expect(response.statusCode).toBe(400)
    const { error } = response.json()
    expect(error.code).toBe('validation')
    expect(error.details).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'Name is required.' },
        { path: 'nmae', message: 'nmae is not a known field.' },
      ]),
    )
    expect(await count()).toBe(1)
  })
  it('wrong types: 400 saying what was expected, in Simplified Chinese', async () => {
    const response = await post(
      { name: 42, tags: 'vip', preferredWeekdays: [9] },
      { 'accept-language': 'zh-CN' },
    )
    const { error } = response.json()
    expect(response.statusCode).toBe(400)
    expect(error.message).toBe('部分字段有误。')
    expect(error.details).toEqual(
      expect.arrayContaining([
        { path: 'name', message: '名称必须是文本。' },
        { path: 'tags', message: '标签必须是列表。' },
        { path: 'preferredWeekdays.0', message: '偏好星期 #1不能大于 7。' },
      ]),
    )
    expect(await count()).toBe(1)
  })
  it('a date that does not exist and a bad hour: 400 naming the fields', async () => {
    const response = await post({
      name: 'X',
      status: 'lost',
      lostReason: 'r',
      lostDate: '2026-02-29',
      preferredHoursFrom: '25:00',
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.details).toEqual(
      expect.arrayContaining([
        { path: 'lostDate', message: 'Lost on must be a real date written YYYY-MM-DD.' },
        { path: 'preferredHoursFrom', message: 'Preferred hours from must be a time written HH:MM.' },
      ]),
    )
    expect(await count()).toBe(1)
  })
  it('an unknown status: 400 listing the allowed values', async () => {
    const response = await post({ name: 'X', status: 'vip' })
    expect(response.json().error.details[0]).toEqual({
      path: 'status',
      message: 'Status must be one of: prospect, active, dormant, lost.',
    })
  })
  it('an oversize body: 413 and nothing written', async () => {
    const response = await post({ name: 'Big', notes: 'x'.repeat(100 * 1024) })
    expect(response.statusCode).toBe(413)
    expect(response.json().error.code).toBe('payload_too_large')
    expect(await count()).toBe(1)
  })
  it('a body that is not JSON: 415', async () => {
    const response = await post('name=x', { 'content-type': 'application/x-www-form-urlencoded' })
    expect(response.statusCode).toBe(415)
    expect(response.json().error.code).toBe('unsupported_media_type')
  })
  it('a duplicate email: 409 naming the email, and no second user', async () => {
    const admin = await server.cookie('admin')
    const payload = { email: 'R2@test.tw', name: 'Copy', role: 'rep', password: 'long enough pw' }
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin, 'accept-language': 'zh-TW' },
      payload,
    })
    expect(response.statusCode).toBe(409)
    expect(response.json().error).toMatchObject({
      code: 'conflict',
      message: '電子郵件 r2@test.tw 已有使用者使用。',
    })
    const users = (await server.app.inject({ url: '/api/v1/users', headers: { cookie: admin } })).json<{
      items: { email: string }[]
    }>()
    expect(users.items.filter((u) => u.email === 'r2@test.tw')).toHaveLength(1)
  })
  it('a stale version: 412, and the record keeps the other writer’s change', async () => {
    const patch = (version: string | undefined, phone: string) =>
      server.app.inject({
        method: 'PATCH',
        url: `/api/v1/customers/${customerId}`,
        headers: { cookie, ...(version ? { 'if-match': version } : {}) },
        payload: { phone },
      })
    expect((await patch('"1"', 'first')).statusCode).toBe(200)
    const stale = await patch('"1"', 'second')
    expect(stale.statusCode).toBe(412)
    expect(stale.json().error.code).toBe('version_mismatch')
    expect((await patch(undefined, 'third')).statusCode).toBe(428)
    expect((await patch('"abc"', 'fourth')).statusCode).toBe(400)
    const current = await server.app.inject({ url: `/api/v1/customers/${customerId}`, headers: { cookie } })
    expect(current.json().phone).toBe('first')
    expect(current.headers.etag).toBe('"2"')
  })
  it('a bad query parameter: 400 naming it', async () => {
    const response = await server.app.inject({
      url: '/api/v1/customers?limit=5000&tier=Z',
      headers: { cookie },
    })
    expect(response.statusCode).toBe(400)
    expect(
      response
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['limit', 'tier'])
  })
  it('an unknown API path: 404 with the error shape', async () => {
    const response = await server.app.inject({ url: '/api/v1/nope', headers: { cookie } })
    expect(response.statusCode).toBe(404)
    expect(response.json().error.code).toBe('not_found')
  })
})
