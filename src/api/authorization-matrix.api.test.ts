import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../core/access/roles'
import { buildServer } from './server'
import {
  ACTOR_USER,
  ACTORS,
  OWNERS,
  createAuthzFixture,
  marker,
  type ActorKey,
  type AuthzFixture,
  type Owner,
} from '../test-support/authz-fixture'
import { AUTHZ_TABLE, type Cell, type Outcome, type Relation } from '../test-support/authz-expectations'
import {
  changeDetector,
  changedTables,
  dbFingerprint,
  tableNames,
  type ChangeDetector,
} from '../test-support/db-fingerprint'
import { snapshotDatabase, type DbSnapshot } from '../test-support/db-snapshot'
import { responseText } from '../test-support/response-text'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { TEST_NOW, testConfig } from '../test-support/test-org'
import { recordTrustFigures } from '../test-support/trust-figures'

/**
 * Issue 9 point 1: every route of the real server × every caller × every relation of the record
 * (own, in the caller's tree, outside it), each cell with the answer AUTHZ_TABLE expects; no
 * response carries a record the caller may not see; the database is byte-for-byte the same after
 * every refused call. The route list comes from the server itself (ServerOptions.onRoute).
 */

const ROLE: Record<ActorKey, Role | null> = {
  admin: 'admin',
  manager: 'manager',
  rep: 'rep',
  teamRep: 'rep',
  outsideRep: 'rep',
  finance: 'finance',
  auditor: 'auditor',
  disabledSession: 'rep',
  disabledToken: 'rep',
  anonymous: null,
}
const SIGNED_OUT = new Set<ActorKey>(['anonymous', 'disabledSession', 'disabledToken'])
/** m1's reporting tree among the owners (test-org.ts: m1 → r1, r2; r3 is under boss). */
const M1_TREE: readonly Owner[] = ['r1', 'r2']

/** Whose records a caller may read: DOMAIN.md "People and visibility". */
function visibleOwners(actor: ActorKey): readonly Owner[] {
  if (SIGNED_OUT.has(actor)) return []
  const role = ROLE[actor]
  if (role === 'admin' || role === 'finance' || role === 'auditor') return OWNERS
  if (role === 'manager') return M1_TREE
  return OWNERS.filter((o) => o === ACTOR_USER[actor])
}

function relationOf(actor: ActorKey, owner: Owner): Relation {
  const role = ROLE[actor]
  if (role === 'admin' || role === 'finance' || role === 'auditor') return 'any'
  if (role === 'manager') return M1_TREE.includes(owner) ? 'tree' : 'outside'
  return ACTOR_USER[actor] === owner ? 'own' : 'outside'
}

const passes = (expected: Outcome, status: number) =>
  expected === 'ok'
    ? status >= 200 && status < 300
    : expected === 'reached'
      ? status < 500 && ![401, 403, 404].includes(status)
      : status === expected

type Finding = {
  kind: 'wrong denial' | 'wrong allow' | 'wrong answer' | 'leak' | 'db changed after refusal'
  cell: string
  detail: string
}

/** Markers of owners not in `visible` found in a response, refusals included. */
function leaksIn(response: LightMyRequestResponse, visible: readonly Owner[], cell: string): Finding[] {
  const text = responseText(response)
  return OWNERS.filter((o) => !visible.includes(o) && text.includes(marker(o))).map((o) => ({
    kind: 'leak' as const,
    cell,
    detail: `${marker(o)} (a record of ${o}) in the answer (${response.statusCode})`,
  }))
}

describe.each(ENGINES)('authorization matrix (%s)', (engine) => {
  // Every cell on both engines. PostgreSQL once ran only the cells its SQL decides (the whole
  // matrix took over 10 minutes on the shared machine, loaded); on a quiet one it takes ~90 s.
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  let app: FastifyInstance
  let f: AuthzFixture
  let tables: string[]
  let snapshot: DbSnapshot
  let baseline: Map<string, string>
  let detector: ChangeDetector
  const routes: string[] = []
  /** Every finding and every case of the suite's tests, printed as the suite's figures at the end. */
  const findings: Finding[] = []
  let cells = 0
  let started = 0

  beforeAll(async () => {
    started = Date.now()
    database = await openTestDatabase(engine)
    app = await buildServer({
      db: database.db,
      engine: database.engine,
      now: () => TEST_NOW,
      config: testConfig,
      onRoute: (route) => {
        if (route.method !== 'HEAD' && route.url.startsWith('/api/v1/'))
          routes.push(`${route.method} ${route.url}`)
      },
    })
    await app.ready()
    f = await createAuthzFixture(app, database)
    tables = await tableNames(database)
    snapshot = await snapshotDatabase(database, tables)
    baseline = await dbFingerprint(database, tables)
    detector = await changeDetector(database, tables)
  }, 180_000)

  afterAll(async () => {
    const count = (kind: Finding['kind']) => findings.filter((x) => x.kind === kind).length
    recordTrustFigures({
      name: `authorization matrix (${engine})`,
      cases: cells,
      failures: findings.length,
      detail: {
        routes: routes.length,
        leaks: count('leak'),
        'wrong denials': count('wrong denial'),
        'wrong allows': count('wrong allow'),
        'wrong answers': count('wrong answer'),
        'db changed after refusal': count('db changed after refusal'),
        seconds: Math.round((Date.now() - started) / 1000),
        cells: 'every route',
      },
    })
    await snapshot?.drop()
    await app?.close()
    await database?.close()
  })

  const credentials = (actor: ActorKey): Record<string, string> => {
    if (actor === 'anonymous') return {}
    if (actor === 'disabledSession') return { cookie: f.r4.cookie }
    if (actor === 'disabledToken') return { authorization: `Bearer ${f.r4.token}` }
    return { cookie: f.cookies.get(ACTOR_USER[actor]) as string }
  }
  const restore = async () => {
    await snapshot.restore()
    await detector.reset()
  }
  const send = (actor: ActorKey, options: InjectOptions) =>
    app.inject({ ...options, headers: { ...credentials(actor), ...(options.headers ?? {}) } })

  it('has an entry in the table for every route of the server, and none for a route it lacks', () => {
    expect(routes.length).toBeGreaterThan(100)
    expect(
      routes.filter((r) => !AUTHZ_TABLE[r]),
      'routes without an entry in AUTHZ_TABLE',
    ).toEqual([])
    expect(
      Object.keys(AUTHZ_TABLE).filter((r) => !routes.includes(r)),
      'entries for routes the server lacks',
    ).toEqual([])
  })

  it('answers every cell as the table says, leaks nothing and writes nothing when it refuses', async () => {
    const before = findings.length
    for (const route of routes) {
      const entry = AUTHZ_TABLE[route]
      if (!entry) continue
      const [method] = route.split(' ') as [InjectOptions['method'], string]
      for (const actor of ACTORS)
        for (const owner of entry.records ? OWNERS : [null]) {
          const cell: Cell = { actor, role: ROLE[actor], rel: owner ? relationOf(actor, owner) : null, owner }
          const expected: Outcome = SIGNED_OUT.has(actor) && !entry.public ? 401 : entry.expect(cell)
          const request = entry.request(f, owner ?? 'r1', actor)
          const name = `${route} as ${actor}${owner ? ` on ${owner}'s (${cell.rel})` : ''}`
          const response = await send(actor, {
            method,
            url: request.url,
            payload: request.payload as InjectOptions['payload'],
            headers: request.headers,
          })
          cells++
          const status = response.statusCode
          if (!passes(expected, status)) {
            const refusedNow = [401, 403, 404].includes(status) || (status === 400 && expected === 'ok')
            const kind =
              typeof expected === 'number' && status < 300
                ? 'wrong allow'
                : expected === 'ok' || expected === 'reached'
                  ? refusedNow
                    ? 'wrong denial'
                    : 'wrong answer'
                  : 'wrong answer'
            findings.push({
              kind,
              cell: name,
              detail: `expected ${expected}, got ${status}: ${response.body.slice(0, 300)}`,
            })
          }
          const visible = entry.credentialInPath && owner ? [owner] : visibleOwners(actor)
          findings.push(...leaksIn(response, visible, name))
          const changed = await detector.changed()
          if (changed.length > 0) {
            if (status >= 300 || typeof expected === 'number')
              findings.push({
                kind: 'db changed after refusal',
                cell: name,
                detail: `${status}; tables ${changed.join(', ')}`,
              })
            await restore()
          }
        }
    }
    // Filters and searches naming another owner's records: nothing of theirs, and counts of zero.
    for (const route of routes) {
      const entry = AUTHZ_TABLE[route]
      if (!entry?.probes) continue
      for (const actor of ACTORS.filter((a) => !SIGNED_OUT.has(a)))
        for (const owner of OWNERS) {
          if (entry.expect({ actor, role: ROLE[actor], rel: null, owner: null }) !== 'ok') continue
          const hidden = !visibleOwners(actor).includes(owner)
          for (const url of entry.probes(f, owner)) {
            const response = await send(actor, { method: 'GET', url })
            cells++
            const name = `GET ${url.replace(/[0-9a-f-]{36}/g, ':id')} as ${actor} naming ${owner}'s (${relationOf(actor, owner)})`
            const status = response.statusCode
            const okStatus = hidden
              ? status === 404 || (status >= 200 && status < 300)
              : status >= 200 && status < 300
            if (!okStatus)
              findings.push({
                kind: hidden ? 'wrong answer' : 'wrong denial',
                cell: name,
                detail: `got ${status}: ${response.body.slice(0, 300)}`,
              })
            findings.push(...leaksIn(response, visibleOwners(actor), name))
            const counted =
              status < 300 && response.headers['content-type']?.toString().includes('json')
                ? (response.json() as { count?: unknown }).count
                : undefined
            if (typeof counted === 'number' && (hidden ? counted !== 0 : counted === 0))
              findings.push({
                kind: 'leak',
                cell: name,
                detail: `count ${counted} of records ${hidden ? 'hidden from' : 'visible to'} the caller`,
              })
          }
        }
    }
    if ((await detector.changed()).length > 0) await restore()
    // The disabled user's own calendar feed stops with them (calendar-feed.ts): 404, nothing written.
    for (const actor of ['anonymous', 'rep'] as const) {
      const response = await send(actor, { method: 'GET', url: f.r4.feed })
      cells++
      if (response.statusCode !== 404)
        findings.push({
          kind: 'wrong allow',
          cell: `GET ${f.r4.feed} (disabled user's feed) as ${actor}`,
          detail: `got ${response.statusCode}`,
        })
      const changed = await detector.changed()
      if (changed.length > 0) {
        findings.push({
          kind: 'db changed after refusal',
          cell: `disabled user's feed as ${actor}`,
          detail: changed.join(', '),
        })
        await restore()
      }
    }
    // Whatever the detector, the database ends as the fixture began: every table's rows compared.
    expect(changedTables(baseline, await dbFingerprint(database, tables))).toEqual([])
    expect(findings.slice(before).map((x) => `${x.kind}: ${x.cell} — ${x.detail}`)).toEqual([])
  }, 600_000)

  it(
    'imports nothing against another owner’s customer, and says nothing of it',
    { timeout: 120_000 },
    async () => {
      // A sheet names customers by name: an import is the side path by which a rep could write into,
      // or learn about, a customer outside their scope (import-customer-matcher.ts).
      const sheets = (o: Owner): Record<string, string> => ({
        orders: `Order No,Customer,Date,Amount\nIMP-${o},Customer ${marker(o)},2026-11-20,100\n`,
        collections: `Customer,Date,Amount\nCustomer ${marker(o)},2026-11-21,100\n`,
        'follow-ups': `Customer,Date,Channel,Summary\nCustomer ${marker(o)},2026-11-21,phone,Imported call\n`,
        customers: `Customer,Industry\nCustomer ${marker(o)},Overwritten\n`,
      })
      const before = findings.length
      const fail = (kind: Finding['kind'], cell: string, detail: string) =>
        findings.push({ kind, cell, detail })
      for (const actor of ['manager', 'rep', 'teamRep', 'outsideRep'] as const)
        for (const owner of OWNERS)
          for (const [kind, sheet] of Object.entries(sheets(owner))) {
            const response = await send(actor, {
              method: 'POST',
              url: `/api/v1/imports/${kind}?name=${kind}.csv`,
              payload: sheet,
              headers: { 'content-type': 'text/csv' },
            })
            cells++
            const name = `import ${kind} as ${actor} naming ${owner}'s customer (${relationOf(actor, owner)})`
            const changed = await detector.changed()
            const hidden = !visibleOwners(actor).includes(owner)
            // What the sheet did not say about the customer must not come back: its owner, its company.
            for (const secret of [`Rep ${marker(owner)}`, `Company ${marker(owner)}`])
              if (hidden && response.body.includes(secret)) fail('leak', name, `the answer names ${secret}`)
            // A customer sheet row naming a customer on file is "unchanged" whoever owns it (the same
            // file imports once; import-customers.ts): it confirms a name the importer typed, writes nothing.
            if (hidden && response.statusCode < 300) {
              const report = response.json() as { created: number }
              if (report.created > 0 || changed.length > 0)
                fail('wrong allow', name, `${response.body.slice(-300)}; tables ${changed.join(', ')}`)
            }
            if (
              !hidden &&
              (response.statusCode >= 300 || response.json().created + response.json().unchanged !== 1)
            )
              fail('wrong denial', name, `${response.statusCode} ${response.body.slice(0, 300)}`)
            if (changed.length > 0) await restore()
          }
      expect(findings.slice(before).map((x) => `${x.kind}: ${x.cell} — ${x.detail}`)).toEqual([])
    },
  )

  it('counts exactly what each caller may see', { timeout: 60_000 }, async () => {
    const before = findings.length
    const fail = (cell: string, detail: string) => findings.push({ kind: 'leak', cell, detail })
    for (const actor of ACTORS.filter((a) => !SIGNED_OUT.has(a))) {
      cells++
      const owners = visibleOwners(actor).map((o) => f.users[o].id)
      const all = ROLE[actor] === 'admin' || ROLE[actor] === 'finance' || ROLE[actor] === 'auditor'
      const manager = ROLE[actor] === 'manager'
      // m1 owns nothing but is in their own tree; r4 (disabled) owns the customers they imported: none.
      const expected = await sql<{
        n: number
      }>`SELECT count(*) AS n FROM customers WHERE deleted_at IS NULL AND (${sql.lit(all ? 1 : 0)} = 1 OR owner_id IN (${sql.join([...owners, manager ? f.users.m1.id : '-'])}))`.execute(
        database.db,
      )
      const want = Number(expected.rows[0]?.n)
      const countBody = (await send(actor, { method: 'GET', url: '/api/v1/customers/count' })).json()
      const list = (await send(actor, { method: 'GET', url: '/api/v1/customers?limit=200' })).json()
      const csv = (await send(actor, { method: 'GET', url: '/api/v1/customers/export.csv' })).body
      const csvRows =
        csv
          .replace(/^\uFEFF/, '')
          .trim()
          .split(/\r?\n/).length - 1
      if (countBody.count !== want)
        fail(`customer count as ${actor}`, `count ${countBody.count}, visible ${want}`)
      if (list.items.length !== want)
        fail(`customer list as ${actor}`, `list ${list.items.length}, visible ${want}`)
      if (csvRows !== want) fail(`customer export as ${actor}`, `export rows ${csvRows}, visible ${want}`)
      const notes = (await send(actor, { method: 'GET', url: '/api/v1/notifications' })).json()
      const unread = (await send(actor, { method: 'GET', url: '/api/v1/notifications/unread-count' })).json()
      const own = notes.items.filter((n: { readAt: string | null }) => !n.readAt).length
      if (unread.unreadCount !== own || notes.unreadCount !== own)
        fail(
          `notifications as ${actor}`,
          `unread ${unread.unreadCount}/${notes.unreadCount}, own unread items ${own}`,
        )
    }
    expect(findings.slice(before).map((x) => `${x.kind}: ${x.cell} — ${x.detail}`)).toEqual([])
  })
})
