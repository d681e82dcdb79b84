import { fileURLToPath } from 'node:url'
import { toActingUser } from '../src/app/auth'
import { loadConfig } from '../src/app/config'
import type { AppContext } from '../src/app/context'
import { listCustomers } from '../src/app/customers'
import { DEMO_PASSWORD } from '../src/app/demo'
import type { OpenDatabase } from '../src/app/open-database'
import type { CustomerListQuery } from '../src/contracts/customers'
import { findUserById } from '../src/db/users.repo'
import { captureQueries } from './capture-sql'
import { freePort, startChildServer, type ChildServer } from './child-server'
import type { Bench } from './figures'
import type { BenchOptions } from './options'
import { probe, signIn, type Session } from './session'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const REP_EMAIL = 'rep1@demo.abacus.tw'
export const ADMIN_EMAIL = 'admin@demo.abacus.tw'

/** The two servers, each in a child process: the hello-world baseline and the real `abacus serve`. */
export async function startServers(url: string, track: (server: ChildServer) => void) {
  const [helloPort, abacusPort] = [await freePort(), await freePort()]
  const starting = [
    startChildServer({
      name: 'hello-world server',
      args: ['bin/tsx.mjs', 'bench/hello-server.ts', String(helloPort)],
      cwd: ROOT,
      port: helloPort,
      readyPath: '/',
    }),
    startChildServer({
      name: 'abacus serve',
      args: ['bin/abacus.mjs', 'serve', '--port', String(abacusPort), '--host', '127.0.0.1'],
      cwd: ROOT,
      port: abacusPort,
      readyPath: '/api/v1/health',
      env: { ABACUS_DATABASE_URL: url, ABACUS_LOGIN_MAX: '1000', ABACUS_LOG_LEVEL: 'warn' },
    }),
  ].map((p) => p.then((server) => (track(server), server)))
  // Wait for both, even when one fails, so that no server is left running behind an error.
  const [hello, abacus] = await Promise.allSettled(starting)
  if (hello?.status === 'rejected') throw hello.reason
  if (abacus?.status === 'rejected') throw abacus.reason
  return {
    hello: (hello as PromiseFulfilledResult<ChildServer>).value,
    abacus: (abacus as PromiseFulfilledResult<ChildServer>).value,
  }
}

/** The SQL the list page issues for `session`, captured through app/ on the bench's own connection. */
async function listSqlOf(database: OpenDatabase, url: string, session: Session, query: CustomerListQuery) {
  const user = await findUserById(database.db, session.userId)
  if (!user) throw new Error(`no user ${session.email}`)
  const ctx: AppContext = {
    db: database.db,
    engine: database.engine,
    now: () => new Date(),
    config: loadConfig(process.env, { databaseUrl: url }),
    actor: toActingUser(user),
    lang: 'en',
  }
  let rows = 0
  const queries = await captureQueries(database, ctx, async (c) => {
    const page = await listCustomers(c, query)
    rows = page.items.length + (page.nextCursor ? 1 : 0)
  })
  const list = queries.filter((q) => /from "customers"/i.test(q.sql)).at(-1)
  if (!list) throw new Error('the list use case issued no query on customers')
  return { query: list, rows }
}

type ListPage = { items?: { id: string; ownerId: string | null }[]; nextCursor?: string | null }

/** Signs in, checks every URL answers what the figure means to measure, and captures the raw SQL. */
export async function prepareBench(
  options: BenchOptions,
  servers: { hello: ChildServer; abacus: ChildServer },
  database: OpenDatabase,
  url: string,
  warmupSeconds: number,
): Promise<Bench> {
  const origin = servers.abacus.origin
  const rep = await signIn(origin, REP_EMAIL, DEMO_PASSWORD)
  const admin = await signIn(origin, ADMIN_EMAIL, DEMO_PASSWORD)
  const query: CustomerListQuery = { owner: rep.userId, sort: 'name', order: 'asc', limit: 50 }
  const listPath = `/api/v1/customers?owner=${rep.userId}&sort=name&order=asc&limit=50`
  let first: string | null = null
  const checkList = (body: unknown) => {
    const { items = [], nextCursor = null } = body as ListPage
    if (items.some((i) => i.ownerId !== rep.userId)) return 'a row of another owner'
    if (items.length !== 50 && (items.length === 0 || nextCursor)) return `${items.length} rows, expected 50`
    first = items[0]?.id ?? null
    return null
  }
  await probe(origin, listPath, rep, checkList)
  await probe(origin, listPath, admin, checkList)
  if (!first) throw new Error(`${REP_EMAIL} owns no customer`)
  const customerId: string = first
  const checkDetail = (body: unknown) => {
    const c = body as { id?: string; contacts?: unknown[] }
    return c.id === customerId && Array.isArray(c.contacts) ? null : 'not the customer asked for'
  }
  await probe(origin, `/api/v1/customers/${customerId}`, rep, checkDetail)
  await probe(origin, `/api/v1/customers/${customerId}`, admin, checkDetail)
  await probe(servers.hello.origin, '/', null, (b) =>
    (b as { hello?: string }).hello === 'world' ? null : 'not hello world',
  )
  const repSql = await listSqlOf(database, url, rep, query)
  const adminSql = await listSqlOf(database, url, admin, query)
  return {
    options,
    warmupSeconds,
    hello: servers.hello,
    abacus: servers.abacus,
    rep,
    admin,
    customerId,
    listPath,
    database,
    listSql: { rep: repSql.query, admin: adminSql.query, rows: repSql.rows },
  }
}
