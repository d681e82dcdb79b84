import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { buildServer } from '../api/server'
import type { Db, Engine } from '../db/connect'
import { openTestDatabase } from './test-database'
import { TEST_NOW, TEST_PASSWORD, createTestOrg, testConfig } from './test-org'
import type { Config } from '../app/config'

export type TestServer = {
  app: FastifyInstance
  database: Db
  org: Awaited<ReturnType<typeof createTestOrg>>
  /** The session cookie header of a test user, signed in through the real login route. */
  cookie: (key: keyof Awaited<ReturnType<typeof createTestOrg>>['users']) => Promise<string>
  close: () => Promise<void>
}

export async function startTestServer(engine: Engine, config: Partial<Config> = {}): Promise<TestServer> {
  const database = await openTestDatabase(engine)
  const org = await createTestOrg(database)
  const app = await buildServer({
    db: database.db,
    engine: database.engine,
    now: () => TEST_NOW,
    config: { ...testConfig, ...config },
  })
  const cookies = new Map<string, string>()
  const cookie: TestServer['cookie'] = async (key) => {
    const known = cookies.get(key)
    if (known) return known
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: `${key}@test.tw`, password: TEST_PASSWORD },
    })
    const value = sessionCookie(response)
    cookies.set(key, value)
    return value
  }
  return {
    app,
    database,
    org,
    cookie,
    close: async () => {
      await app.close()
      await database.close()
    },
  }
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const session = response.cookies.find((c) => c.name === 'abacus_session')
  if (!session) throw new Error(`no session cookie (status ${response.statusCode}: ${response.body})`)
  return `abacus_session=${session.value}`
}
