import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrate } from '../app/migrate'
import { openDatabase as connect, type OpenDatabase as Db } from '../app/open-database'
import { TEST_NOW, TEST_PASSWORD, createTestOrg, testConfig } from '../test-support/test-org'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { sessionCookie } from '../test-support/test-server'
import { buildServer } from './server'
import { READ_CACHE_TTL_MS } from './cached-reads'

/**
 * The read cache (read-cache.ts) never serves what the data no longer say: a write through the
 * API, by another process, or a sign-out is seen by the next read. A change made behind the
 * product's back (straight into the SQLite connection, which no real writer does) is what shows
 * that a repeated read is served from the cache, and for how long.
 */
describe.each(ENGINES)('cached reads on %s', (engine) => {
  let dir: string
  let database: Db
  let app: FastifyInstance
  let id: string
  const clock = { now: TEST_NOW.getTime() }
  const cookies = new Map<string, string>()
  const cookie = async (who: string) => {
    const known = cookies.get(who)
    if (known) return known
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: `${who}@test.tw`, password: TEST_PASSWORD },
    })
    cookies.set(who, sessionCookie(response))
    return sessionCookie(response)
  }
  const get = async (who: string, url: string) => app.inject({ url, headers: { cookie: await cookie(who) } })
  const nameOf = async (who: string) => (await get(who, `/api/v1/customers/${id}`)).json().name
  /** Renames the customer without going through the product (no count, no other connection). */
  const renameBehindTheBack = async (name: string) => {
    if (database.sqlite) database.sqlite.prepare('update customers set name = ? where id = ?').run(name, id)
    else await database.pool?.query('update customers set name = $1 where id = $2', [name, id])
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'abacus-read-cache-'))
    // A file, so that a second connection — another process — can write to it.
    database =
      engine === 'sqlite' ? connect(`sqlite:${join(dir, 'abacus.db')}`) : await openTestDatabase(engine)
    if (engine === 'sqlite') await migrate(database)
    await createTestOrg(database)
    app = await buildServer({
      db: database.db,
      engine: database.engine,
      now: () => new Date(clock.now),
      config: testConfig,
    })
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      payload: { name: '鼎盛精密' },
      headers: { cookie: await cookie('r1') },
    })
    id = created.json().id
  })
  afterAll(async () => {
    await app.close()
    await database.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('a write through the API is seen by the next read, with its new version', async () => {
    expect(await nameOf('r1')).toBe('鼎盛精密')
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/v1/customers/${id}`,
      payload: { name: '鼎盛精密二廠' },
      headers: { cookie: await cookie('m1'), 'if-match': '"1"' },
    })
    expect(patch.statusCode).toBe(200)
    const again = await get('r1', `/api/v1/customers/${id}`)
    expect(again.json().name).toBe('鼎盛精密二廠')
    expect(again.headers.etag).toBe('"2"')
    const list = await get('r1', '/api/v1/customers?sort=name&order=asc&limit=50')
    expect(list.json().items.map((c: { name: string }) => c.name)).toEqual(['鼎盛精密二廠'])
  })

  it('each reader gets their own answer to the same URL', async () => {
    expect((await get('r1', `/api/v1/customers/${id}`)).statusCode).toBe(200)
    expect((await get('r2', `/api/v1/customers/${id}`)).statusCode).toBe(404)
    expect((await get('r1', '/api/v1/customers?limit=50')).json().items).toHaveLength(1)
    expect((await get('r2', '/api/v1/customers?limit=50')).json().items).toHaveLength(0)
  })

  it('a signed-out session is refused at once', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'r3@test.tw', password: TEST_PASSWORD },
    })
    const session = sessionCookie(response)
    expect((await app.inject({ url: '/api/v1/customers', headers: { cookie: session } })).statusCode).toBe(
      200,
    )
    await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: session } })
    expect((await app.inject({ url: '/api/v1/customers', headers: { cookie: session } })).statusCode).toBe(
      401,
    )
  })

  it('a JSON answer of 1 kB or more goes gzipped to a client that takes it, the same when served again', async () => {
    const r3 = await cookie('r3')
    for (const n of [1, 2, 3, 4, 5, 6])
      await app.inject({
        method: 'POST',
        url: '/api/v1/customers',
        payload: { name: `華南五金行第${n}分店`, companyName: '華南五金股份有限公司' },
        headers: { cookie: r3 },
      })
    const plain = await app.inject({ url: '/api/v1/customers?limit=50', headers: { cookie: r3 } })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers.vary).toBe('accept-encoding')
    expect(plain.body.length).toBeGreaterThan(1024)
    for (const round of [1, 2]) {
      const zipped = await app.inject({
        url: '/api/v1/customers?limit=50',
        headers: { cookie: r3, 'accept-encoding': 'gzip, deflate, br' },
      })
      expect(zipped.headers['content-encoding'], `round ${round}`).toBe('gzip')
      expect(gunzipSync(zipped.rawPayload).toString()).toBe(plain.body)
    }
    const small = await app.inject({
      url: `/api/v1/customers/count`,
      headers: { cookie: r3, 'accept-encoding': 'gzip' },
    })
    expect(small.headers['content-encoding']).toBeUndefined()
    expect(small.json().count).toBe(6)
  })

  it("an API token's last use is kept to the minute, not written at every call", async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      payload: { name: 'ERP sync' },
      headers: { cookie: await cookie('r2') },
    })
    const bearer = { authorization: `Bearer ${created.json().token}` }
    const lastUse = async () =>
      (await app.inject({ url: '/api/v1/tokens', headers: bearer })).json().items[0].lastUsedAt
    const first = new Date(clock.now).toISOString()
    expect(await lastUse()).toBe(first)
    clock.now += 59_000
    expect(await lastUse()).toBe(first)
    clock.now += 1_000
    expect(await lastUse()).toBe(new Date(clock.now).toISOString())
  })

  if (engine === 'sqlite') {
    it('a repeated read is served from the cache until its ttl passes on the organisation clock', async () => {
      const before = await nameOf('r1')
      await renameBehindTheBack('背後改名')
      expect(await nameOf('r1')).toBe(before)
      clock.now += READ_CACHE_TTL_MS
      expect(await nameOf('r1')).toBe('背後改名')
    })

    it('an answer that is not a success is not kept', async () => {
      expect((await get('r2', `/api/v1/customers/${id}`)).statusCode).toBe(404)
      const r2 = (await app.inject({ url: '/api/v1/me', headers: { cookie: await cookie('r2') } })).json().id
      database.sqlite?.prepare('update customers set owner_id = ? where id = ?').run(r2, id)
      expect((await get('r2', `/api/v1/customers/${id}`)).statusCode).toBe(200)
      const r1 = (await app.inject({ url: '/api/v1/me', headers: { cookie: await cookie('r1') } })).json().id
      database.sqlite?.prepare('update customers set owner_id = ? where id = ?').run(r1, id)
      clock.now += READ_CACHE_TTL_MS
    })

    it('a commit by another process is seen by the next read', async () => {
      expect(await nameOf('r1')).toBe('背後改名')
      const other = connect(`sqlite:${join(dir, 'abacus.db')}`)
      try {
        await other.db.updateTable('customers').set({ name: '他處改名' }).where('id', '=', id).execute()
      } finally {
        await other.close()
      }
      expect(await nameOf('r1')).toBe('他處改名')
    })
  } else {
    it('PostgreSQL has no data version: every read is computed', async () => {
      await renameBehindTheBack('背後改名')
      expect(await nameOf('r1')).toBe('背後改名')
    })
  }
})
