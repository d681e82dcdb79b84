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
/** The rep whose agenda is measured: left with exactly AGENDA_CUSTOMERS customers (issue 4). */
export const AGENDA_REP_EMAIL = 'rep6@demo.abacus.tw'
const AGENDA_CUSTOMERS = 1_000
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

/**
 * Gives the agenda rep exactly 1,000 customers (theirs go to rep5, a thousand of other reps' come
 * to them) with a spread of tiers and last follow-ups over the past 60 days, so that about a
 * third are due or overdue.
 */
async function prepareAgendaRep(database: OpenDatabase) {
  const db = database.db
  const rep = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', AGENDA_REP_EMAIL)
    .executeTakeFirstOrThrow()
  const other = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'rep5@demo.abacus.tw')
    .executeTakeFirstOrThrow()
  const rep1 = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', REP_EMAIL)
    .executeTakeFirstOrThrow()
  // A thousand customers of other owners (rep1 keeps theirs for the list figures).
  const chosen = await db
    .selectFrom('customers')
    .select('id')
    .where('owner_id', 'is not', null)
    .where('owner_id', '!=', rep1.id)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .limit(AGENDA_CUSTOMERS)
    .execute()
  if (chosen.length < AGENDA_CUSTOMERS)
    throw new Error(`only ${chosen.length} customers to give ${AGENDA_REP_EMAIL}`)
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('customers').set({ owner_id: other.id }).where('owner_id', '=', rep.id).execute()
    const today = new Date()
    for (const [i, c] of chosen.entries()) {
      const last = new Date(today.getTime() - ((i * 37) % 60) * 86_400_000).toISOString().slice(0, 10)
      await tx
        .updateTable('customers')
        .set({
          owner_id: rep.id,
          tier: i % 10 < 2 ? 'A' : i % 10 < 5 ? 'B' : 'C',
          last_follow_up_on: last,
          status: 'active',
        })
        .where('id', '=', c.id)
        .execute()
    }
  })
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
  await prepareAgendaRep(database)
  const rep = await signIn(origin, REP_EMAIL, DEMO_PASSWORD)
  const agendaRep = await signIn(origin, AGENDA_REP_EMAIL, DEMO_PASSWORD)
  await probe(origin, '/api/v1/agenda', agendaRep, (body) => {
    const day = body as { items?: unknown[]; overdue?: number }
    return Array.isArray(day.items) && day.items.length > 50
      ? null
      : `an agenda of ${day.items?.length} customers`
  })
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
    agendaRep,
    customerId,
    listPath,
    database,
    listSql: { rep: repSql.query, admin: adminSql.query, rows: repSql.rows },
  }
}
