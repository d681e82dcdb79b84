import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { InjectOptions } from 'fastify'
import { sql } from 'kysely'
import { hashSecret, newSecret } from '../app/secrets'
import { insertSession } from '../db/sessions.repo'
import { createAnalysesFixture } from './analyses-fixture'
import { TEST_NOW } from './test-org'
import type { TestServer } from './test-server'

/** The two people the fuzzer signs in as: the admin for most requests, a rep for a share of them. */
export type FuzzActor = 'admin' | 'rep'
const ACTOR_KEYS = { admin: 'admin', rep: 'r1' } as const

/** Tables whose ids the fuzzer sends as "real" ids, by the names paths and fields give them. */
export const ID_TABLES = [
  'users',
  'api_tokens',
  'customers',
  'orders',
  'collections',
  'collection_plans',
  'expenses',
  'expense_budgets',
  'import_batches',
  'follow_ups',
  'classification_runs',
  'planned_follow_ups',
  'opportunities',
  'visits',
  'visit_objectives',
  'visit_actions',
  'visit_issues',
  'callback_audit_draws',
  'notifications',
  'daily_reports',
  'monthly_reports',
  'commission_plans',
  'commission_assignments',
  'commission_adjustments',
] as const
export type IdTable = (typeof ID_TABLES)[number]

export type SchemaFuzzFixture = {
  /** `abacus_session=…` for the actor; sessions are made directly (no password hashing per renewal). */
  cookie: (actor: FuzzActor) => string
  /** A new session for the actor, e.g. after a fuzzed logout or password change ended the old one. */
  renew: (actor: FuzzActor) => Promise<void>
  /** Puts the two actors back as they were (role, manager, enabled) after a fuzzed change to users. */
  restoreActors: () => Promise<void>
  /** Ids per table, oldest first, as they are now. */
  ids: () => Promise<Record<IdTable, string[]>>
  emails: () => Promise<string[]>
  /** The version of the record with this id, in whichever table holds it (for If-Match). */
  versionOf: (id: string) => Promise<number | undefined>
  /** The private calendar file names (`<token>.ics`) made for the actors. */
  calendarFiles: string[]
  /** A loopback receiver for the reminder push's webhook: nothing leaves the machine. */
  webhookUrl: string
  close: () => Promise<void>
}

/** Answers every webhook post like a chat robot that took the message. */
async function startWebhook(): Promise<Server> {
  const server = createServer((request, response) => {
    request.resume()
    request.on('end', () =>
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0}'),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return server
}

/**
 * A small organisation with at least one record of every kind the API names by id: DOMAIN.md's
 * worked example (analyses-fixture.ts) for the ledger, and one follow-up, slot, visit (checked in,
 * reviewed, with an action), opportunity, commission plan/assignment/adjustment, field reports,
 * callback draw, classification run, collection plan, expense, budget, import, token and calendar
 * feed, made through the API as a person would. Small on purpose: the decks and workbooks are
 * rendered hundreds of times.
 */
export async function createSchemaFuzzFixture(server: TestServer): Promise<SchemaFuzzFixture> {
  const { database, org, app } = server
  const db = database.db
  const { ids: customers } = await createAnalysesFixture(database, org)
  const versioned = await versionedTables()
  const webhook = await startWebhook()
  const webhookUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/hook`

  const tokens: Record<FuzzActor, string> = { admin: '', rep: '' }
  const renew = async (actor: FuzzActor) => {
    const token = newSecret()
    await insertSession(db, {
      id: hashSecret(token),
      userId: org.users[ACTOR_KEYS[actor]].id,
      createdAt: TEST_NOW.toISOString(),
      expiresAt: new Date(TEST_NOW.getTime() + 86_400_000).toISOString(),
    })
    tokens[actor] = token
  }
  await renew('admin')
  await renew('rep')
  const cookie = (actor: FuzzActor) => `abacus_session=${tokens[actor]}`

  const call = async (actor: FuzzActor, options: InjectOptions) => {
    const response = await app.inject({ ...options, headers: { cookie: cookie(actor), ...options.headers } })
    if (response.statusCode >= 300)
      throw new Error(`fixture: ${options.method} ${options.url} → ${response.statusCode} ${response.body}`)
    return response.body ? response.json() : null
  }
  const X = customers.X as string
  const r1 = org.users.r1.id
  await call('rep', {
    method: 'POST',
    url: '/api/v1/follow-ups',
    payload: { customerId: X, channel: 'phone', summary: 'Called about the renewal' },
  })
  await call('rep', {
    method: 'POST',
    url: '/api/v1/schedule/slots',
    payload: { customerId: X, date: '2026-12-01', start: '09:00', end: '10:30' },
  })
  const visit = await call('rep', {
    method: 'POST',
    url: '/api/v1/visits',
    payload: {
      customerId: X,
      date: '2026-11-27',
      startTime: '13:00',
      endTime: '14:00',
      objectives: [{ kind: 'product', text: 'Show the new range' }],
    },
  })
  await call('rep', { method: 'POST', url: `/api/v1/visits/${visit.id}/check-in`, payload: {} })
  await call('rep', {
    method: 'POST',
    url: `/api/v1/visits/${visit.id}/review`,
    headers: { 'if-match': `"${(await versionOf(visit.id)) ?? 1}"` },
    payload: {
      objectives: visit.objectives.map((o: { id: string }) => ({ id: o.id, result: 'yes' })),
      actions: [{ text: 'Send the quote', dueOn: '2026-12-05' }],
      issues: ['Delivery was late'],
    },
  })
  await call('rep', {
    method: 'POST',
    url: '/api/v1/visits',
    payload: {
      customerId: customers.Y,
      date: '2026-12-02',
      startTime: '14:00',
      endTime: '15:00',
      objectives: [{ kind: 'collect', text: 'Collect the October invoice' }],
    },
  })
  await call('rep', {
    method: 'POST',
    url: '/api/v1/opportunities',
    payload: { customerId: X, title: 'Renewal 2027', amount: 120_000, expectedOn: '2026-12-20' },
  })
  const plan = await call('admin', {
    method: 'POST',
    url: '/api/v1/commission/plans',
    payload: {
      name: 'Standard',
      mode: 'progressive',
      brackets: [
        { from: 0, to: 1_000_000, rateBp: 300 },
        { from: 1_000_000, rateBp: 500 },
      ],
    },
  })
  await call('admin', {
    method: 'POST',
    url: '/api/v1/commission/assignments',
    payload: { repId: r1, planId: plan.id, periodFrom: '2026-01-01', periodTo: '2026-12-31' },
  })
  await call('admin', {
    method: 'POST',
    url: '/api/v1/commission/adjustments',
    payload: {
      repId: r1,
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      amount: 5_000,
      reason: 'Trade fair',
    },
  })
  await call('rep', {
    method: 'POST',
    url: '/api/v1/monthly-reports',
    payload: {
      month: '2026-11',
      summary: 'A steady month',
      problems: [{ problem: 'Late deliveries', solution: 'Order earlier' }],
    },
  })
  await call('rep', {
    method: 'POST',
    url: '/api/v1/daily-reports',
    payload: { date: '2026-11-27', done: 'Visited X' },
  })
  await call('admin', {
    method: 'POST',
    url: '/api/v1/callback-audits/draws',
    payload: { from: '2026-11-01', to: '2026-11-30', sampleShare: 1, seed: 1 },
  })
  await call('admin', { method: 'POST', url: '/api/v1/classification/runs', payload: {} })
  await call('rep', {
    method: 'POST',
    url: '/api/v1/collection-plans',
    payload: { customerId: X, dueOn: '2026-12-15', amount: 5_000 },
  })
  await call('rep', {
    method: 'POST',
    url: '/api/v1/expenses',
    payload: { expenseDate: '2026-11-20', category: 'travel', amount: 1_200 },
  })
  await call('admin', {
    method: 'POST',
    url: '/api/v1/expense-budgets',
    payload: { repId: r1, periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 100_000 },
  })
  await call('admin', { method: 'POST', url: '/api/v1/tokens', payload: { name: 'fuzz' } })
  await call('rep', {
    method: 'POST',
    url: '/api/v1/imports/customers',
    headers: { 'content-type': 'text/csv' },
    payload: 'Customer Name,Region\nImported Co,North\n',
  })
  await call('admin', { method: 'POST', url: '/api/v1/reports/half-month/2026-11-1/generate' })
  await call('admin', {
    method: 'PUT',
    url: '/api/v1/settings/reminder-push',
    payload: { url: webhookUrl, kind: 'wecom', enabled: false },
  })
  const calendarFiles: string[] = []
  for (const actor of ['admin', 'rep'] as const) {
    const feed = await call(actor, { method: 'POST', url: '/api/v1/calendar/feed' })
    calendarFiles.push(String(feed.url).split('/').pop() as string)
  }

  const actors = await db
    .selectFrom('users')
    .select(['id', 'role', 'manager_id'])
    .where('id', 'in', [org.users.admin.id, r1])
    .execute()
  const restoreActors = async () => {
    for (const a of actors)
      await db
        .updateTable('users')
        .set({ role: a.role, manager_id: a.manager_id, disabled_at: null })
        .where('id', '=', a.id)
        .execute()
    await renew('admin')
    await renew('rep')
  }

  async function versionedTables(): Promise<string[]> {
    const tables = await db.introspection.getTables()
    const names = tables
      .filter((t) => t.columns.some((c) => c.name === 'version') && t.columns.some((c) => c.name === 'id'))
      .map((t) => t.name)
    return [...new Set(names)].sort()
  }
  async function versionOf(id: string): Promise<number | undefined> {
    // No stored id holds a NUL, and PostgreSQL refuses one in a text parameter (22021): the
    // fuzzer's made-up ids ("\u0000") have no version, as on SQLite.
    if (id.includes('\u0000')) return undefined
    for (const table of versioned) {
      const row = await sql<{
        version: number
      }>`select version from ${sql.table(table)} where id = ${id}`.execute(db)
      if (row.rows[0]) return Number(row.rows[0].version)
    }
    return undefined
  }

  return {
    cookie,
    renew,
    restoreActors,
    ids: async () => {
      const out = {} as Record<IdTable, string[]>
      for (const table of ID_TABLES) {
        const rows = await sql<{ id: string }>`select id from ${sql.table(table)} order by id`.execute(db)
        out[table] = rows.rows.map((r) => r.id)
      }
      return out
    },
    emails: async () =>
      (await db.selectFrom('users').select('email').orderBy('email').execute()).map((u) => u.email),
    versionOf,
    calendarFiles,
    webhookUrl,
    close: () => new Promise<void>((resolve) => webhook.close(() => resolve())),
  }
}
