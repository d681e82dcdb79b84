import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildServer } from './server'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { TEST_NOW, TEST_PASSWORD, testConfig } from '../test-support/test-org'
import { sessionCookie, startTestServer, type TestServer } from '../test-support/test-server'

describe.each(ENGINES)('accounts on %s', (engine) => {
  describe('first start', () => {
    it('offers to create the first admin once, signs them in, then refuses', async () => {
      const database = await openTestDatabase(engine)
      const config = { ...testConfig, timeZone: 'Europe/Berlin' }
      const app = await buildServer({ db: database.db, engine, now: () => TEST_NOW, config })
      try {
        // The organisation's zone comes with it: the web reads "today" in it (lib/company-today.ts).
        expect((await app.inject({ url: '/api/v1/setup' })).json()).toEqual({
          needsSetup: true,
          timeZone: 'Europe/Berlin',
        })
        const payload = { email: 'Owner@Firm.tw', name: '老闆', password: 'a long password' }
        const created = await app.inject({ method: 'POST', url: '/api/v1/setup', payload })
        expect(created.statusCode).toBe(201)
        expect(created.json()).toMatchObject({ email: 'owner@firm.tw', role: 'admin' })
        const me = await app.inject({ url: '/api/v1/me', headers: { cookie: sessionCookie(created) } })
        expect(me.json().name).toBe('老闆')
        expect((await app.inject({ url: '/api/v1/setup' })).json()).toEqual({
          needsSetup: false,
          timeZone: 'Europe/Berlin',
        })
        const again = await app.inject({
          method: 'POST',
          url: '/api/v1/setup',
          payload: { ...payload, email: 'x@y.tw' },
        })
        expect(again.statusCode).toBe(409)
      } finally {
        await app.close()
        await database.close()
      }
    })
  })

  describe('sessions and tokens', () => {
    let server: TestServer
    beforeAll(async () => {
      server = await startTestServer(engine, { loginMax: 3 })
    })
    afterAll(async () => server.close())

    it('sets an httpOnly SameSite session cookie and refuses a wrong password alike for any email', async () => {
      const ok = await server.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'r1@test.tw', password: TEST_PASSWORD },
      })
      const cookie = ok.cookies.find((c) => c.name === 'abacus_session')
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
      const wrong = await server.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'r1@test.tw', password: 'nope nope' },
      })
      const unknown = await server.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'ghost@test.tw', password: 'nope nope' },
      })
      expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401])
      expect(wrong.json()).toEqual(unknown.json())
    })
    it('rate-limits login attempts with 429 in the error shape', async () => {
      const attempts = await Promise.all(
        Array.from({ length: 5 }, () =>
          server.app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            headers: { 'accept-language': 'en' },
            payload: { email: 'x@test.tw', password: 'whatever1' },
          }),
        ),
      )
      expect(attempts.map((a) => a.statusCode)).toContain(429)
      const limited = attempts.find((a) => a.statusCode === 429)
      expect(limited?.json().error.code).toBe('rate_limited')
      expect(limited?.json().error.message).toMatch(/Try again in \d+ seconds/)
    })
    it('asks for a sign-in on every API route without credentials', async () => {
      for (const url of [
        '/api/v1/customers',
        '/api/v1/users',
        '/api/v1/me',
        '/api/v1/customers/count',
        '/api/v1/tokens',
      ]) {
        const response = await server.app.inject({ url })
        expect(response.statusCode, url).toBe(401)
        expect(response.json().error.code).toBe('unauthenticated')
      }
    })
    it('logout ends the session', async () => {
      const cookie = await server.cookie('r2')
      await server.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } })
      expect((await server.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401)
    })
    it('personal API tokens act as their owner until revoked', async () => {
      const cookie = await server.cookie('r3')
      const created = await server.app.inject({
        method: 'POST',
        url: '/api/v1/tokens',
        headers: { cookie },
        payload: { name: 'ERP sync' },
      })
      expect(created.statusCode).toBe(201)
      const { token, id } = created.json<{ token: string; id: string }>()
      const bearer = { authorization: `Bearer ${token}` }
      expect((await server.app.inject({ url: '/api/v1/me', headers: bearer })).json().email).toBe(
        'r3@test.tw',
      )
      const listed = await server.app.inject({ url: '/api/v1/tokens', headers: bearer })
      expect(listed.json().items[0]).toMatchObject({ id, name: 'ERP sync' })
      expect(JSON.stringify(listed.json())).not.toContain(token)
      expect(
        (await server.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers: { cookie } }))
          .statusCode,
      ).toBe(204)
      expect((await server.app.inject({ url: '/api/v1/me', headers: bearer })).statusCode).toBe(401)
      expect(
        (await server.app.inject({ url: '/api/v1/me', headers: { authorization: 'Bearer abk_forged' } }))
          .statusCode,
      ).toBe(401)
    })
    it('disabling a user ends their sessions and tokens at once', async () => {
      const admin = await server.cookie('admin')
      const cookie = await server.cookie('m1')
      const token = (
        await server.app.inject({
          method: 'POST',
          url: '/api/v1/tokens',
          headers: { cookie },
          payload: { name: 't' },
        })
      ).json().token
      const m1 = server.org.users.m1
      const disabled = await server.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${m1.id}`,
        headers: { cookie: admin, 'if-match': '"1"' },
        payload: { disabled: true },
      })
      expect(disabled.statusCode).toBe(200)
      expect(disabled.json().disabled).toBe(true)
      expect((await server.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401)
      expect(
        (await server.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } }))
          .statusCode,
      ).toBe(401)
      const login = await server.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'm1@test.tw', password: TEST_PASSWORD },
      })
      expect(login.statusCode).toBe(401)
    })
    it('only an admin manages users, and the reporting line cannot loop', async () => {
      const boss = await server.cookie('boss')
      const denied = await server.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: { cookie: boss },
        payload: { email: 'n@test.tw', name: 'N', role: 'rep', password: 'long enough' },
      })
      expect(denied.statusCode).toBe(403)
      const admin = await server.cookie('admin')
      const bossUser = server.org.users.boss
      const loop = await server.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${bossUser.id}`,
        headers: { cookie: admin, 'if-match': '"1"' },
        payload: { managerId: server.org.users.r3.id },
      })
      expect(loop.statusCode).toBe(422)
      const lastAdmin = await server.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${server.org.users.admin.id}`,
        headers: { cookie: admin, 'if-match': '"1"' },
        payload: { role: 'rep' },
      })
      expect(lastAdmin.statusCode).toBe(422)
    })
    it('lists users by visibility: a rep sees only themselves, a manager their tree', async () => {
      const emails = async (key: 'r3' | 'boss') =>
        (await server.app.inject({ url: '/api/v1/users', headers: { cookie: await server.cookie(key) } }))
          .json<{ items: { email: string }[] }>()
          .items.map((u) => u.email)
          .sort()
      expect(await emails('r3')).toEqual(['r3@test.tw'])
      expect(await emails('boss')).toEqual([
        'boss@test.tw',
        'm1@test.tw',
        'r1@test.tw',
        'r2@test.tw',
        'r3@test.tw',
      ])
    })
  })
})

describe('the HTTP surface', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer('sqlite')
  })
  afterAll(async () => server.close())

  it('answers health without signing in', async () => {
    expect((await server.app.inject({ url: '/api/v1/health' })).json()).toEqual({ status: 'ok' })
  })
  it('publishes an OpenAPI document of every route, and docs', async () => {
    const doc = (await server.app.inject({ url: '/api/v1/openapi.json' })).json()
    expect(doc.openapi).toMatch(/^3\./)
    for (const path of [
      '/api/v1/customers',
      '/api/v1/customers/{id}',
      '/api/v1/auth/login',
      '/api/v1/users',
      '/api/v1/tokens',
    ])
      expect(Object.keys(doc.paths)).toContain(path)
    expect(doc.components.schemas.Customer).toBeDefined()
    const docs = await server.app.inject({ url: '/api/docs/' })
    expect(docs.statusCode).toBe(200)
    expect(docs.body).toContain('swagger')
  })
  it('sends security headers, a CSP included', async () => {
    const response = await server.app.inject({ url: '/api/v1/health' })
    expect(response.headers['content-security-policy']).toContain("default-src 'self'")
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['referrer-policy']).toBe('no-referrer')
  })
})
