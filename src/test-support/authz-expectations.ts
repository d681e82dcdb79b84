import type { Role } from '../core/access/roles'
import {
  ACTOR_USER,
  marker,
  type ActorKey,
  type AuthzFixture,
  type Owner,
  type RecordKind,
} from './authz-fixture'
import { TEST_PASSWORD } from './test-org'

/**
 * How a record stands to the caller (DOMAIN.md "People and visibility"): their own, in the
 * reporting tree below them (a manager), outside what they may see, or `any` for the roles that
 * read every rep's records (admin, finance, auditor — core/access/customer-access.ts).
 */
export type Relation = 'own' | 'tree' | 'outside' | 'any'

/**
 * What a cell must answer. `ok`: 2xx. `reached`: the call passed every permission check — not
 * 401/403/404 — but ends in a domain answer the table says why (used where a 2xx is impractical).
 * A number: exactly that refusal. 401 anonymous or disabled; 403 a role or a readable-but-not-
 * writable record; 404 a record outside the caller's scope (its existence is never confirmed);
 * 400 a record outside the scope named in a body (the same answer as an id that does not exist).
 */
export type Outcome = 'ok' | 'reached' | 400 | 401 | 403 | 404 | 409

export type Cell = {
  actor: ActorKey
  /** null for the anonymous caller. */
  role: Role | null
  /** The relation of the record (or the rep) the cell is about; null on routes without one. */
  rel: Relation | null
  owner: Owner | null
}

export type MatrixRequest = {
  url: string
  payload?: unknown
  headers?: Record<string, string>
}

export type Expectation = {
  /** The cells take one record of this kind per owner (r1, r2, r3): own / tree / outside. */
  records?: RecordKind
  /** Public by design: anonymous and disabled callers are answered like anyone. */
  public?: true
  /** The request of one cell; `owner` is r1 on routes without records. */
  request: (f: AuthzFixture, owner: Owner, actor: ActorKey) => MatrixRequest
  expect: (cell: Cell) => Outcome
  /**
   * The path carries a credential of the record's owner (a calendar feed token): whoever holds it
   * reads that owner's records, so the leak check allows the owner's markers, and only those.
   */
  credentialInPath?: true
  /**
   * Filters and searches that name a record or rep of `owner` (?rep=, ?customer=, ?owner=, ?q= its
   * marker): sent by every caller the route lets in. Outside the caller's scope the answer is 2xx
   * without a trace of the owner's records (a `count` of 0) or 404; never their data.
   */
  probes?: (f: AuthzFixture, owner: Owner) => string[]
  /** Why a cell is not plainly "allowed" or "denied", for the reader of the table. */
  why?: string
}

const SELLERS: readonly Role[] = ['admin', 'manager', 'rep']
const LEDGER: readonly Role[] = ['admin', 'manager', 'rep', 'finance']

const ok = (): Outcome => 'ok'
/** Only these roles; everyone else 403 before anything is read. */
const only =
  (...roles: Role[]) =>
  (c: Cell): Outcome =>
    roles.includes(c.role as Role) ? 'ok' : 403
/** Read a record: outside the scope 404. */
const read = (c: Cell): Outcome => (c.rel === 'outside' ? 404 : 'ok')
/** Change a record: outside 404; readable but not writable (not one of `writers`) 403. */
const write =
  (writers: readonly Role[]) =>
  (c: Cell): Outcome =>
    c.rel === 'outside' ? 404 : writers.includes(c.role as Role) ? 'ok' : 403
/** A record named in the body: a role that writes none 403; one outside the scope 400 (as unknown). */
const ref =
  (writers: readonly Role[]) =>
  (c: Cell): Outcome =>
    !writers.includes(c.role as Role) ? 403 : c.rel === 'outside' ? 400 : 'ok'
/**
 * Restore from the recycle bin: admins only (DOMAIN.md "Deletion is soft and restorable by
 * admins"); a record outside the caller's read scope 404 (never confirmed), any other 403.
 */
const adminRestore = (c: Cell): Outcome => (c.rel === 'outside' ? 404 : c.role === 'admin' ? 'ok' : 403)
/**
 * Money — orders, collections, expenses, the pipeline, analyses and reports: the auditor reads
 * none (DOMAIN.md: callback audits, read-only on visits and follow-ups) and is refused 403 before
 * anything is read; everyone else as `e` says.
 */
const money =
  (e: (c: Cell) => Outcome) =>
  (c: Cell): Outcome =>
    c.role === 'auditor' ? 403 : e(c)
/** Personal records (tokens, notifications): only their owner; anyone else 404. */
const mine = (c: Cell): Outcome => (c.rel === 'own' ? 'ok' : 404)

const id = (f: AuthzFixture, kind: RecordKind, o: Owner) => f.rec[kind][o]
const ifMatch = (f: AuthzFixture, recordId: string) => ({ 'if-match': f.version(recordId) })
const email = (o: Owner) => `${o}@test.tw`
const P = '/api/v1'

/**
 * Every method and URL under /api/v1, with the request each cell sends and what each caller must
 * get. The test fails naming any route of the server missing here, and any entry the server no
 * longer has. HEAD routes are fastify's copies of the GETs (same handler, same hooks): not listed.
 */
export const AUTHZ_TABLE: Record<string, Expectation> = {
  // — the system and signing in —
  'GET /api/v1/openapi.json': {
    public: true,
    request: () => ({ url: `${P}/openapi.json` }),
    expect: ok,
    why: 'public by design: the API description',
  },
  'GET /api/v1/health': {
    public: true,
    request: () => ({ url: `${P}/health` }),
    expect: ok,
    why: 'public: liveness',
  },
  'GET /api/v1/setup': {
    public: true,
    request: () => ({ url: `${P}/setup` }),
    expect: ok,
    why: 'public: whether setup is needed',
  },
  'POST /api/v1/setup': {
    public: true,
    request: () => ({
      url: `${P}/setup`,
      payload: { email: 'x@test.tw', name: 'X', password: 'long enough pw' },
    }),
    expect: () => 409,
    why: 'public, and refused for everyone once a user exists',
  },
  'POST /api/v1/auth/login': {
    public: true,
    request: (_f, _o, actor) => ({
      url: `${P}/auth/login`,
      payload: {
        email: `${ACTOR_USER[actor] ?? 'r1'}@test.tw`,
        password: actor === 'anonymous' ? 'not the password' : TEST_PASSWORD,
      },
    }),
    expect: (c) => (c.actor === 'anonymous' || c.actor.startsWith('disabled') ? 401 : 'ok'),
    why: 'public; each caller sends their own credentials (anonymous a wrong password, the disabled user theirs): the disabled user is refused',
  },
  'POST /api/v1/auth/logout': {
    public: true,
    request: () => ({ url: `${P}/auth/logout` }),
    expect: ok,
    why: 'public: ends the session sent, if any',
  },
  'GET /api/v1/me': { request: () => ({ url: `${P}/me` }), expect: ok },

  // — users and tokens —
  'GET /api/v1/users': {
    request: () => ({ url: `${P}/users` }),
    expect: ok,
    why: 'each sees the users of their scope',
  },
  'POST /api/v1/users': {
    request: () => ({
      url: `${P}/users`,
      payload: { email: 'new@test.tw', name: 'New', role: 'rep', password: 'long enough pw' },
    }),
    expect: only('admin'),
  },
  'PATCH /api/v1/users/:id': {
    records: 'user',
    request: (f, o) => ({
      url: `${P}/users/${id(f, 'user', o)}`,
      payload: { name: 'Renamed' },
      headers: ifMatch(f, id(f, 'user', o)),
    }),
    expect: only('admin'),
  },
  'GET /api/v1/tokens': { request: () => ({ url: `${P}/tokens` }), expect: ok },
  'POST /api/v1/tokens': { request: () => ({ url: `${P}/tokens`, payload: { name: 'script' } }), expect: ok },
  'DELETE /api/v1/tokens/:id': {
    records: 'apiToken',
    request: (f, o) => ({ url: `${P}/tokens/${id(f, 'apiToken', o)}` }),
    expect: mine,
    why: 'only its owner revokes a token; an admin included, anyone else gets 404',
  },

  // — customers —
  'GET /api/v1/customers': {
    probes: (f, o) => [`${P}/customers?owner=${f.users[o].id}`, `${P}/customers?q=${marker(o)}`],
    request: () => ({ url: `${P}/customers?limit=200` }),
    expect: ok,
  },
  'GET /api/v1/customers/count': {
    probes: (f, o) => [`${P}/customers/count?owner=${f.users[o].id}`, `${P}/customers/count?q=${marker(o)}`],
    request: () => ({ url: `${P}/customers/count` }),
    expect: ok,
  },
  'GET /api/v1/customers/export.csv': {
    probes: (_f, o) => [`${P}/customers/export.csv?q=${marker(o)}`],
    request: () => ({ url: `${P}/customers/export.csv` }),
    expect: ok,
  },
  'GET /api/v1/customers/export.xlsx': {
    probes: (f, o) => [`${P}/customers/export.xlsx?owner=${f.users[o].id}`],
    request: () => ({ url: `${P}/customers/export.xlsx` }),
    expect: ok,
  },
  'GET /api/v1/customers/deleted': {
    request: () => ({ url: `${P}/customers/deleted` }),
    expect: only('admin'),
  },
  'POST /api/v1/customers': {
    request: () => ({ url: `${P}/customers`, payload: { name: 'Brand new' } }),
    expect: only(...SELLERS),
  },
  'GET /api/v1/customers/:id': {
    records: 'customer',
    request: (f, o) => ({ url: `${P}/customers/${id(f, 'customer', o)}` }),
    expect: read,
  },
  'PATCH /api/v1/customers/:id': {
    records: 'customer',
    request: (f, o) => ({
      url: `${P}/customers/${id(f, 'customer', o)}`,
      payload: { industry: 'Retail' },
      headers: ifMatch(f, id(f, 'customer', o)),
    }),
    expect: write(SELLERS),
  },
  'DELETE /api/v1/customers/:id': {
    records: 'customer',
    request: (f, o) => ({ url: `${P}/customers/${id(f, 'customer', o)}` }),
    expect: write(SELLERS),
  },
  'POST /api/v1/customers/:id/restore': {
    records: 'deletedCustomer',
    request: (f, o) => ({ url: `${P}/customers/${id(f, 'deletedCustomer', o)}/restore` }),
    expect: adminRestore,
    why: 'an alias of the recycle bin’s restore: admins only (outside the read scope 404, everyone else 403)',
  },
  'GET /api/v1/customers/:id/history': {
    records: 'customer',
    request: (f, o) => ({ url: `${P}/customers/${id(f, 'customer', o)}/history` }),
    expect: read,
  },
  'GET /api/v1/customers/:id/timeline': {
    records: 'customer',
    request: (f, o) => ({ url: `${P}/customers/${id(f, 'customer', o)}/timeline` }),
    expect: read,
  },
  'GET /api/v1/customers/:id/tier': {
    records: 'customer',
    request: (f, o) => ({ url: `${P}/customers/${id(f, 'customer', o)}/tier` }),
    expect: money(read),
  },
  'PUT /api/v1/customers/:id/tier-override': {
    records: 'customer',
    request: (f, o) => ({
      url: `${P}/customers/${id(f, 'customer', o)}/tier-override`,
      payload: { tier: 'B', reason: 'Seasonal' },
    }),
    expect: (c) => (!['admin', 'manager'].includes(c.role as Role) ? 403 : read(c)),
    why: 'admins, and the manager of the owner',
  },
  'DELETE /api/v1/customers/:id/tier-override': {
    records: 'customer',
    request: (f, o) => ({ url: `${P}/customers/${id(f, 'customer', o)}/tier-override` }),
    expect: (c) => (!['admin', 'manager'].includes(c.role as Role) ? 403 : read(c)),
  },
  'GET /api/v1/customers/:id/pool-history': {
    records: 'customer',
    request: (f, o) => ({ url: `${P}/customers/${id(f, 'customer', o)}/pool-history` }),
    expect: read,
  },
  'POST /api/v1/customers/:id/assign': {
    records: 'customer',
    request: (f, o) => ({
      url: `${P}/customers/${id(f, 'customer', o)}/assign`,
      payload: { ownerId: f.users[o === 'r2' ? 'r1' : 'r2'].id },
    }),
    expect: (c) => (!['admin', 'manager'].includes(c.role as Role) ? 403 : read(c)),
    why: 'a manager within the team (to r2, in the team), an admin to anyone',
  },
  'POST /api/v1/customers/:id/release': {
    records: 'customer',
    request: (f, o) => ({
      url: `${P}/customers/${id(f, 'customer', o)}/release`,
      payload: { reason: 'Too far' },
    }),
    expect: write(SELLERS),
  },

  // — the pool —
  'GET /api/v1/pool': { request: () => ({ url: `${P}/pool` }), expect: ok },
  'GET /api/v1/pool/warnings': { request: () => ({ url: `${P}/pool/warnings` }), expect: ok },
  'GET /api/v1/pool/flows': {
    request: () => ({ url: `${P}/pool/flows?from=2026-01-01&to=2026-12-31` }),
    expect: ok,
  },
  'POST /api/v1/pool/:customerId/claim': {
    request: (f) => ({ url: `${P}/pool/${f.poolCustomer}/claim` }),
    expect: only('manager', 'rep'),
    why: 'those who own customers claim; a pool customer belongs to nobody, so no relation',
  },

  // — orders, collections, receivables —
  'GET /api/v1/orders': {
    probes: (f, o) => [`${P}/orders?customer=${id(f, 'customer', o)}`, `${P}/orders?owner=${f.users[o].id}`],
    request: () => ({ url: `${P}/orders?limit=200` }),
    expect: money(ok),
  },
  'GET /api/v1/orders/export.csv': { request: () => ({ url: `${P}/orders/export.csv` }), expect: money(ok) },
  'GET /api/v1/orders/export.xlsx': {
    request: () => ({ url: `${P}/orders/export.xlsx` }),
    expect: money(ok),
  },
  'POST /api/v1/orders': {
    records: 'customer',
    request: (f, o) => ({
      url: `${P}/orders`,
      payload: {
        number: 'SO-NEW',
        customerId: id(f, 'customer', o),
        ownerId: f.users[o].id,
        orderDate: '2026-11-26',
        total: 5_000,
      },
    }),
    expect: ref(LEDGER),
  },
  'GET /api/v1/orders/:id': {
    records: 'order',
    request: (f, o) => ({ url: `${P}/orders/${id(f, 'order', o)}` }),
    expect: money(read),
  },
  'PATCH /api/v1/orders/:id': {
    records: 'order',
    request: (f, o) => ({
      url: `${P}/orders/${id(f, 'order', o)}`,
      payload: { note: 'Changed' },
      headers: ifMatch(f, id(f, 'order', o)),
    }),
    expect: write(LEDGER),
  },
  'GET /api/v1/collections': {
    probes: (f, o) => [
      `${P}/collections?customer=${id(f, 'customer', o)}`,
      `${P}/collections?owner=${f.users[o].id}`,
    ],
    request: () => ({ url: `${P}/collections?limit=200` }),
    expect: money(ok),
  },
  'GET /api/v1/collections/export.csv': {
    request: () => ({ url: `${P}/collections/export.csv` }),
    expect: money(ok),
  },
  'GET /api/v1/collections/export.xlsx': {
    request: () => ({ url: `${P}/collections/export.xlsx` }),
    expect: money(ok),
  },
  'POST /api/v1/collections': {
    records: 'customer',
    request: (f, o) => ({
      url: `${P}/collections`,
      payload: { customerId: id(f, 'customer', o), collectedOn: '2026-11-26', amount: 1_000 },
    }),
    expect: ref(LEDGER),
  },
  'GET /api/v1/receivables': {
    probes: (f, o) => [
      `${P}/receivables?customer=${id(f, 'customer', o)}`,
      `${P}/receivables?by=order&customer=${id(f, 'customer', o)}`,
    ],
    request: () => ({ url: `${P}/receivables` }),
    expect: money(ok),
  },
  'GET /api/v1/collection-plans': {
    probes: (f, o) => [
      `${P}/collection-plans?customer=${id(f, 'customer', o)}`,
      `${P}/collection-plans?owner=${f.users[o].id}`,
    ],
    request: () => ({ url: `${P}/collection-plans` }),
    expect: money(ok),
  },
  'POST /api/v1/collection-plans': {
    records: 'customer',
    request: (f, o) => ({
      url: `${P}/collection-plans`,
      payload: { customerId: id(f, 'customer', o), dueOn: '2026-12-20', amount: 1_000 },
    }),
    expect: ref(LEDGER),
  },
  'GET /api/v1/collection-plans/overdue-by-rep': {
    request: () => ({ url: `${P}/collection-plans/overdue-by-rep` }),
    expect: money(ok),
  },

  // — expenses and budgets —
  'GET /api/v1/expenses': {
    probes: (f, o) => [`${P}/expenses?rep=${f.users[o].id}`],
    request: () => ({ url: `${P}/expenses?limit=200` }),
    expect: money(ok),
  },
  'GET /api/v1/expenses/export.csv': {
    request: () => ({ url: `${P}/expenses/export.csv` }),
    expect: money(ok),
  },
  'GET /api/v1/expenses/export.xlsx': {
    request: () => ({ url: `${P}/expenses/export.xlsx` }),
    expect: money(ok),
  },
  'POST /api/v1/expenses': {
    records: 'user',
    request: (f, o) => ({
      url: `${P}/expenses`,
      payload: { repId: f.users[o].id, expenseDate: '2026-11-26', category: 'gift', amount: 800 },
    }),
    expect: (c) => (!LEDGER.includes(c.role as Role) || c.rel === 'outside' ? 403 : 'ok'),
    why: 'for a rep of the ledger scope; another rep is 403 (people are not secret, records are)',
  },
  'GET /api/v1/expenses/:id': {
    records: 'expenseDraft',
    request: (f, o) => ({ url: `${P}/expenses/${id(f, 'expenseDraft', o)}` }),
    expect: money(read),
  },
  'PATCH /api/v1/expenses/:id': {
    records: 'expenseDraft',
    request: (f, o) => ({
      url: `${P}/expenses/${id(f, 'expenseDraft', o)}`,
      payload: { amount: 1_300 },
      headers: ifMatch(f, id(f, 'expenseDraft', o)),
    }),
    expect: write(LEDGER),
  },
  'POST /api/v1/expenses/:id/submit': {
    records: 'expenseDraft',
    request: (f, o) => ({
      url: `${P}/expenses/${id(f, 'expenseDraft', o)}/submit`,
      headers: ifMatch(f, id(f, 'expenseDraft', o)),
    }),
    expect: write(LEDGER),
  },
  'POST /api/v1/expenses/:id/approve': {
    records: 'expenseSubmitted',
    request: (f, o) => ({
      url: `${P}/expenses/${id(f, 'expenseSubmitted', o)}/approve`,
      headers: ifMatch(f, id(f, 'expenseSubmitted', o)),
    }),
    expect: (c) => (c.rel === 'outside' ? 404 : c.role === 'manager' && c.rel === 'tree' ? 'ok' : 403),
    why: "the rep's manager approves first (admin 403 error.manager_first, since every owner has a manager); the rep, finance, auditor 403",
  },
  'POST /api/v1/expenses/:id/reject': {
    records: 'expenseSubmitted',
    request: (f, o) => ({
      url: `${P}/expenses/${id(f, 'expenseSubmitted', o)}/reject`,
      payload: { reason: 'No receipt' },
      headers: ifMatch(f, id(f, 'expenseSubmitted', o)),
    }),
    expect: (c) =>
      c.rel === 'outside'
        ? 404
        : c.role === 'admin' || (c.role === 'manager' && c.rel === 'tree')
          ? 'ok'
          : 403,
  },
  'GET /api/v1/expense-budgets': {
    probes: (f, o) => [`${P}/expense-budgets?rep=${f.users[o].id}`],
    request: () => ({ url: `${P}/expense-budgets` }),
    expect: money(ok),
  },
  'POST /api/v1/expense-budgets': {
    records: 'user',
    request: (f, o) => ({
      url: `${P}/expense-budgets`,
      payload: { repId: f.users[o].id, periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 9_000 },
    }),
    expect: (c) =>
      !['admin', 'manager', 'finance'].includes(c.role as Role) || c.rel === 'outside' ? 403 : 'ok',
  },

  // — follow-ups, agenda, rules, schedule —
  'POST /api/v1/follow-ups': {
    records: 'customer',
    request: (f, o) => ({
      url: `${P}/follow-ups`,
      payload: { customerId: id(f, 'customer', o), channel: 'phone', summary: 'Called' },
    }),
    expect: ref(SELLERS),
  },
  'GET /api/v1/follow-ups': {
    probes: (f, o) => [
      `${P}/follow-ups?customer=${id(f, 'customer', o)}`,
      `${P}/follow-ups?rep=${f.users[o].id}`,
    ],
    request: () => ({ url: `${P}/follow-ups?limit=200` }),
    expect: ok,
  },
  'GET /api/v1/agenda': {
    records: 'user',
    request: (f, o) => ({ url: `${P}/agenda?rep=${f.users[o].id}` }),
    expect: read,
  },
  'GET /api/v1/settings/follow-up-policy': {
    request: () => ({ url: `${P}/settings/follow-up-policy` }),
    expect: ok,
  },
  'PUT /api/v1/settings/follow-up-policy': {
    request: (f) => ({ url: `${P}/settings/follow-up-policy`, payload: f.policy }),
    expect: only('admin'),
  },
  'GET /api/v1/schedule': {
    records: 'user',
    request: (f, o) => ({ url: `${P}/schedule?rep=${f.users[o].id}&week=2026-11-30` }),
    expect: (c) => (!SELLERS.includes(c.role as Role) ? 403 : read(c)),
  },
  'POST /api/v1/schedule/slots': {
    records: 'customer',
    request: (f, o) => ({
      url: `${P}/schedule/slots`,
      payload: { customerId: id(f, 'customer', o), date: '2026-12-02', start: '09:00', end: '10:00' },
    }),
    expect: ref(SELLERS),
  },
  'PATCH /api/v1/schedule/slots/:id': {
    records: 'slot',
    request: (f, o) => ({
      url: `${P}/schedule/slots/${id(f, 'slot', o)}`,
      payload: { date: '2026-12-03', start: '09:00', end: '10:00' },
    }),
    expect: (c) => (!SELLERS.includes(c.role as Role) ? 403 : read(c)),
  },
  'DELETE /api/v1/schedule/slots/:id': {
    records: 'slot',
    request: (f, o) => ({ url: `${P}/schedule/slots/${id(f, 'slot', o)}` }),
    expect: (c) => (!SELLERS.includes(c.role as Role) ? 403 : read(c)),
  },

  // — ABC classification —
  'POST /api/v1/classification/runs': {
    request: () => ({ url: `${P}/classification/runs`, payload: {} }),
    expect: only('admin'),
  },
  'GET /api/v1/classification/runs': {
    request: () => ({ url: `${P}/classification/runs` }),
    expect: only('admin', 'manager', 'finance'),
  },
  'GET /api/v1/classification/runs/:id': {
    request: (f) => ({ url: `${P}/classification/runs/${f.run}` }),
    expect: only('admin', 'manager', 'finance'),
    why: 'a run is the organisation’s; its counts are narrowed to the caller’s customers',
  },
  'GET /api/v1/classification/runs/:id/customers': {
    request: (f) => ({ url: `${P}/classification/runs/${f.run}/customers` }),
    expect: only('admin', 'manager', 'finance'),
  },

  // — monitoring, coverage, analyses —
  'GET /api/v1/coverage': {
    probes: (f, o) => [`${P}/coverage?rep=${f.users[o].id}`],
    request: () => ({ url: `${P}/coverage` }),
    expect: ok,
  },
  'GET /api/v1/team-monitor': { request: () => ({ url: `${P}/team-monitor` }), expect: ok },
  'GET /api/v1/team-monitor/customers': {
    records: 'user',
    request: (f, o) => ({ url: `${P}/team-monitor/customers?rep=${f.users[o].id}&what=untouched` }),
    expect: read,
  },
  'GET /api/v1/analyses/customers': {
    request: () => ({ url: `${P}/analyses/customers` }),
    expect: money(ok),
  },
  'GET /api/v1/analyses/customers/list': {
    probes: (f, o) => [`${P}/analyses/customers/list?group=retained&rep=${f.users[o].id}`],
    request: () => ({ url: `${P}/analyses/customers/list?group=new` }),
    expect: money(ok),
  },
  'GET /api/v1/analyses/sales': { request: () => ({ url: `${P}/analyses/sales` }), expect: money(ok) },
  'GET /api/v1/analyses/monthly': { request: () => ({ url: `${P}/analyses/monthly` }), expect: money(ok) },
  'GET /api/v1/analyses/growth': {
    request: () => ({ url: `${P}/analyses/growth?by=month` }),
    expect: money(ok),
  },
  'GET /api/v1/analyses/team': { request: () => ({ url: `${P}/analyses/team` }), expect: money(ok) },

  // — reminders —
  'GET /api/v1/calendar/feed': { request: () => ({ url: `${P}/calendar/feed` }), expect: ok },
  'POST /api/v1/calendar/feed': { request: () => ({ url: `${P}/calendar/feed` }), expect: ok },
  'DELETE /api/v1/calendar/feed': {
    request: () => ({ url: `${P}/calendar/feed` }),
    expect: ok,
    why: 'every caller has a feed of their own in the fixture',
  },
  'GET /api/v1/calendar/:file': {
    public: true,
    records: 'calendarFile',
    credentialInPath: true,
    request: (f, o) => ({ url: id(f, 'calendarFile', o) }),
    expect: ok,
    why: 'public by design: the private token in the path is the credential (a calendar sends no cookie); the disabled user’s own feed is 404 (checked apart)',
  },
  'GET /api/v1/settings/reminder-push': {
    request: () => ({ url: `${P}/settings/reminder-push` }),
    expect: only('admin'),
  },
  'PUT /api/v1/settings/reminder-push': {
    request: () => ({
      url: `${P}/settings/reminder-push`,
      payload: { url: null, kind: 'json', enabled: false },
    }),
    expect: only('admin'),
  },
  'POST /api/v1/reminders/push': {
    request: () => ({ url: `${P}/reminders/push` }),
    expect: (c) => (c.role === 'admin' ? 'reached' : 403),
    why: 'admin: no webhook is set in the fixture, so the push is refused as a domain rule after the check',
  },

  // — daily and monthly reports —
  'GET /api/v1/daily-reports/form': {
    records: 'user',
    request: (f, o) => ({ url: `${P}/daily-reports/form?rep=${f.users[o].id}&date=2026-11-26` }),
    expect: read,
  },
  'POST /api/v1/daily-reports': {
    request: () => ({ url: `${P}/daily-reports`, payload: { date: '2026-11-27', done: 'Calls' } }),
    expect: only('manager', 'rep'),
  },
  'GET /api/v1/daily-reports': {
    probes: (f, o) => [`${P}/daily-reports?rep=${f.users[o].id}`],
    request: () => ({ url: `${P}/daily-reports?limit=200` }),
    expect: ok,
  },
  'GET /api/v1/daily-reports/check-ins': {
    request: () => ({ url: `${P}/daily-reports/check-ins?date=2026-11-26` }),
    expect: ok,
  },
  'GET /api/v1/daily-reports/:id': {
    records: 'dailyReport',
    request: (f, o) => ({ url: `${P}/daily-reports/${id(f, 'dailyReport', o)}` }),
    expect: read,
  },
  'GET /api/v1/monthly-reports': {
    probes: (f, o) => [`${P}/monthly-reports?rep=${f.users[o].id}`],
    request: () => ({ url: `${P}/monthly-reports` }),
    expect: money(ok),
  },
  'GET /api/v1/monthly-reports/figures': {
    records: 'user',
    request: (f, o) => ({ url: `${P}/monthly-reports/figures?rep=${f.users[o].id}&month=2026-11` }),
    expect: money(read),
  },
  'POST /api/v1/monthly-reports': {
    request: () => ({ url: `${P}/monthly-reports`, payload: { month: '2026-09', summary: 'September' } }),
    expect: only('manager', 'rep'),
  },
  'GET /api/v1/monthly-reports/:id': {
    records: 'monthlyDraft',
    request: (f, o) => ({ url: `${P}/monthly-reports/${id(f, 'monthlyDraft', o)}` }),
    expect: money(read),
  },
  'PATCH /api/v1/monthly-reports/:id': {
    records: 'monthlyDraft',
    request: (f, o) => ({
      url: `${P}/monthly-reports/${id(f, 'monthlyDraft', o)}`,
      payload: { summary: 'Rewritten' },
      headers: ifMatch(f, id(f, 'monthlyDraft', o)),
    }),
    expect: (c) =>
      !['manager', 'rep'].includes(c.role as Role)
        ? 403
        : c.rel === 'outside'
          ? 404
          : c.rel === 'own'
            ? 'ok'
            : 403,
    why: 'only the author changes their draft; a manager reads the team’s (403), others cannot see it (404)',
  },
  'POST /api/v1/monthly-reports/:id/submit': {
    records: 'monthlyDraft',
    request: (f, o) => ({
      url: `${P}/monthly-reports/${id(f, 'monthlyDraft', o)}/submit`,
      headers: ifMatch(f, id(f, 'monthlyDraft', o)),
    }),
    expect: (c) =>
      !['manager', 'rep'].includes(c.role as Role)
        ? 403
        : c.rel === 'outside'
          ? 404
          : c.rel === 'own'
            ? 'ok'
            : 403,
  },
  'POST /api/v1/monthly-reports/:id/comments': {
    records: 'monthlySubmitted',
    request: (f, o) => ({
      url: `${P}/monthly-reports/${id(f, 'monthlySubmitted', o)}/comments`,
      payload: { body: 'Good month' },
    }),
    expect: (c) => (c.rel === 'outside' ? 404 : c.role === 'admin' || c.rel === 'tree' ? 'ok' : 403),
    why: "the rep's managers up the line and admins; the author and finance read it (403); the auditor reads no monthly report (403)",
  },

  // — callback audits and notifications —
  'POST /api/v1/callback-audits/draws': {
    request: () => ({
      url: `${P}/callback-audits/draws`,
      payload: { from: '2026-11-01', to: '2026-11-30', sampleCount: 1, seed: 3 },
    }),
    expect: only('auditor', 'admin'),
  },
  'GET /api/v1/callback-audits/draws': {
    request: () => ({ url: `${P}/callback-audits/draws` }),
    expect: only('auditor', 'admin', 'manager', 'rep'),
  },
  'GET /api/v1/callback-audits/draws/:id': {
    request: (f) => ({ url: `${P}/callback-audits/draws/${f.draw}` }),
    expect: only('auditor', 'admin', 'manager', 'rep'),
    why: 'a draw is the organisation’s; managers and reps get only their own lines',
  },
  'GET /api/v1/callback-audits/draws/:id/items': {
    request: (f) => ({ url: `${P}/callback-audits/draws/${f.draw}/items` }),
    expect: only('auditor', 'admin', 'manager', 'rep'),
  },
  'GET /api/v1/callback-audits/items': {
    probes: (f, o) => [`${P}/callback-audits/items?rep=${f.users[o].id}`],
    request: () => ({ url: `${P}/callback-audits/items` }),
    expect: only('auditor', 'admin', 'manager', 'rep'),
  },
  'PUT /api/v1/callback-audits/draws/:id/results/:recordId': {
    records: 'auditRecord',
    request: (f, o) => ({
      url: `${P}/callback-audits/draws/${f.draw}/results/${id(f, 'auditRecord', o)}`,
      payload: { result: 'confirmed', satisfaction: 5 },
      headers: Object.fromEntries(f.auditVersion[o] ? [['if-match', f.auditVersion[o]]] : []),
    }),
    expect: only('auditor', 'admin'),
  },
  'GET /api/v1/callback-audits/rates': {
    request: () => ({ url: `${P}/callback-audits/rates` }),
    expect: only('auditor', 'admin', 'manager', 'rep'),
  },
  'GET /api/v1/notifications': { request: () => ({ url: `${P}/notifications` }), expect: ok },
  'GET /api/v1/notifications/unread-count': {
    request: () => ({ url: `${P}/notifications/unread-count` }),
    expect: ok,
  },
  'POST /api/v1/notifications/:id/read': {
    records: 'notification',
    request: (f, o) => ({ url: `${P}/notifications/${id(f, 'notification', o)}/read` }),
    expect: mine,
  },
  'POST /api/v1/notifications/read-all': {
    request: () => ({ url: `${P}/notifications/read-all` }),
    expect: ok,
  },

  // — opportunities —
  'GET /api/v1/opportunities': {
    request: () => ({ url: `${P}/opportunities?limit=200` }),
    expect: money(ok),
  },
  'POST /api/v1/opportunities': {
    records: 'customer',
    request: (f, o) => ({
      url: `${P}/opportunities`,
      payload: {
        customerId: id(f, 'customer', o),
        ownerId: f.users[o].id,
        title: 'Upsell',
        amount: 1_000,
        expectedOn: '2026-12-20',
      },
    }),
    expect: ref(SELLERS),
  },
  'GET /api/v1/opportunities/board': {
    request: () => ({ url: `${P}/opportunities/board` }),
    expect: money(ok),
  },
  'GET /api/v1/opportunities/analysis': {
    request: () => ({ url: `${P}/opportunities/analysis` }),
    expect: money(ok),
  },
  'GET /api/v1/opportunities/:id': {
    records: 'opportunity',
    request: (f, o) => ({ url: `${P}/opportunities/${id(f, 'opportunity', o)}` }),
    expect: money(read),
  },
  'PATCH /api/v1/opportunities/:id': {
    records: 'opportunity',
    request: (f, o) => ({
      url: `${P}/opportunities/${id(f, 'opportunity', o)}`,
      payload: { amount: 300_000 },
      headers: ifMatch(f, id(f, 'opportunity', o)),
    }),
    expect: write(SELLERS),
  },
  'POST /api/v1/opportunities/:id/move': {
    records: 'opportunity',
    request: (f, o) => ({
      url: `${P}/opportunities/${id(f, 'opportunity', o)}/move`,
      payload: { stage: 'platform' },
      headers: ifMatch(f, id(f, 'opportunity', o)),
    }),
    expect: write(SELLERS),
  },

  // — visits —
  'POST /api/v1/visits': {
    records: 'customer',
    request: (f, o) => ({
      url: `${P}/visits`,
      payload: {
        customerId: id(f, 'customer', o),
        repId: f.users[o].id,
        date: '2026-12-04',
        startTime: '15:00',
        endTime: '16:00',
        objectives: [{ kind: 'sign', text: 'Close' }],
      },
    }),
    expect: ref(SELLERS),
  },
  'GET /api/v1/visits': {
    probes: (f, o) => [`${P}/visits?customer=${id(f, 'customer', o)}`, `${P}/visits?rep=${f.users[o].id}`],
    request: () => ({ url: `${P}/visits?limit=200` }),
    expect: ok,
  },
  'GET /api/v1/visits/metrics': { request: () => ({ url: `${P}/visits/metrics` }), expect: ok },
  'GET /api/v1/visits/actions': {
    probes: (f, o) => [
      `${P}/visits/actions?customer=${id(f, 'customer', o)}`,
      `${P}/visits/actions?rep=${f.users[o].id}`,
    ],
    request: () => ({ url: `${P}/visits/actions` }),
    expect: ok,
  },
  'POST /api/v1/visits/actions/:id/done': {
    records: 'visitAction',
    request: (f, o) => ({ url: `${P}/visits/actions/${id(f, 'visitAction', o)}/done`, payload: {} }),
    expect: write(SELLERS),
  },
  'GET /api/v1/visits/carried': {
    records: 'customer',
    request: (f, o) => ({ url: `${P}/visits/carried?customer=${id(f, 'customer', o)}` }),
    expect: read,
  },
  'POST /api/v1/visits/sweep': { request: () => ({ url: `${P}/visits/sweep` }), expect: only('admin') },
  'GET /api/v1/visits/:id': {
    records: 'visitPlanned',
    request: (f, o) => ({ url: `${P}/visits/${id(f, 'visitPlanned', o)}` }),
    expect: read,
  },
  'GET /api/v1/visits/:id/brief': {
    records: 'visitPlanned',
    request: (f, o) => ({ url: `${P}/visits/${id(f, 'visitPlanned', o)}/brief` }),
    expect: read,
  },
  'PUT /api/v1/visits/:id': {
    records: 'visitPlanned',
    request: (f, o) => ({
      url: `${P}/visits/${id(f, 'visitPlanned', o)}`,
      payload: {
        date: '2026-11-30',
        startTime: '10:30',
        endTime: '11:30',
        objectives: [{ kind: 'product', text: 'Demo' }],
      },
      headers: ifMatch(f, id(f, 'visitPlanned', o)),
    }),
    expect: write(SELLERS),
  },
  'POST /api/v1/visits/:id/cancel': {
    records: 'visitPlanned',
    request: (f, o) => ({
      url: `${P}/visits/${id(f, 'visitPlanned', o)}/cancel`,
      payload: { reason: 'Sick' },
    }),
    expect: write(SELLERS),
  },
  'POST /api/v1/visits/:id/check-in': {
    records: 'visitPlanned',
    request: (f, o) => ({
      url: `${P}/visits/${id(f, 'visitPlanned', o)}/check-in`,
      payload: { at: '2026-11-27T02:00:00Z' },
    }),
    expect: write(SELLERS),
  },
  'POST /api/v1/visits/:id/review': {
    records: 'visitCheckedIn',
    request: (f, o) => {
      const visit = id(f, 'visitCheckedIn', o)
      return {
        url: `${P}/visits/${visit}/review`,
        payload: { objectives: [{ id: f.objectiveOf[visit], result: 'yes' }], summary: 'Went well' },
      }
    },
    expect: write(SELLERS),
  },

  // — commission —
  'GET /api/v1/commission': {
    probes: (f, o) => [`${P}/commission?rep=${f.users[o].id}`],
    request: () => ({ url: `${P}/commission` }),
    expect: only('admin', 'finance', 'manager', 'rep'),
  },
  'GET /api/v1/commission/statements/:repId': {
    records: 'user',
    request: (f, o) => ({ url: `${P}/commission/statements/${f.users[o].id}` }),
    expect: money(read),
    why: 'the auditor reads no pay',
  },
  'GET /api/v1/commission/plans': {
    request: () => ({ url: `${P}/commission/plans` }),
    expect: only('admin', 'finance', 'manager', 'rep'),
  },
  'POST /api/v1/commission/plans': {
    request: () => ({
      url: `${P}/commission/plans`,
      payload: { name: 'New plan', mode: 'whole', brackets: [{ from: 0, to: null, rateBp: 200 }] },
    }),
    expect: only('admin', 'finance'),
  },
  'GET /api/v1/commission/plans/:id': {
    request: (f) => ({ url: `${P}/commission/plans/${f.plan}` }),
    expect: only('admin', 'finance', 'manager', 'rep'),
    why: 'plans are the organisation’s rules, read by everyone paid by them',
  },
  'PUT /api/v1/commission/plans/:id': {
    request: (f) => ({
      url: `${P}/commission/plans/${f.plan}`,
      payload: { name: 'Standard', mode: 'whole', brackets: [{ from: 0, to: null, rateBp: 400 }] },
      headers: ifMatch(f, f.plan),
    }),
    expect: only('admin', 'finance'),
  },
  'DELETE /api/v1/commission/plans/:id': {
    request: (f) => ({ url: `${P}/commission/plans/${f.unusedPlan}` }),
    expect: only('admin', 'finance'),
  },
  'GET /api/v1/commission/assignments': {
    probes: (f, o) => [`${P}/commission/assignments?rep=${f.users[o].id}`],
    request: () => ({ url: `${P}/commission/assignments` }),
    expect: only('admin', 'finance', 'manager', 'rep'),
  },
  'POST /api/v1/commission/assignments': {
    records: 'user',
    request: (f, o) => ({
      url: `${P}/commission/assignments`,
      payload: { repId: f.users[o].id, planId: f.plan, periodFrom: '2027-01-01', periodTo: '2027-12-31' },
    }),
    expect: only('admin', 'finance'),
  },
  'DELETE /api/v1/commission/assignments/:id': {
    records: 'assignment',
    request: (f, o) => ({ url: `${P}/commission/assignments/${id(f, 'assignment', o)}` }),
    expect: only('admin', 'finance'),
  },
  'GET /api/v1/commission/adjustments': {
    request: () => ({ url: `${P}/commission/adjustments` }),
    expect: only('admin', 'finance', 'manager', 'rep'),
  },
  'POST /api/v1/commission/adjustments': {
    records: 'user',
    request: (f, o) => ({
      url: `${P}/commission/adjustments`,
      payload: {
        repId: f.users[o].id,
        periodFrom: '2026-11-01',
        periodTo: '2026-11-30',
        amount: -100,
        reason: 'Returned goods',
      },
    }),
    expect: only('admin', 'finance'),
  },
  'DELETE /api/v1/commission/adjustments/:id': {
    records: 'adjustment',
    request: (f, o) => ({ url: `${P}/commission/adjustments/${id(f, 'adjustment', o)}` }),
    expect: only('admin', 'finance'),
  },

  // — reports —
  'GET /api/v1/reports/year-end': {
    records: 'user',
    request: (_f, o) => ({ url: `${P}/reports/year-end?year=2026&scope=rep:${email(o)}` }),
    expect: money(read),
  },
  'GET /api/v1/reports/year-end/outline': {
    records: 'user',
    request: (_f, o) => ({ url: `${P}/reports/year-end/outline?year=2026&scope=rep:${email(o)}` }),
    expect: money(read),
  },
  'PUT /api/v1/reports/year-end/texts': {
    records: 'user',
    request: (_f, o) => ({
      url: `${P}/reports/year-end/texts`,
      payload: { year: 2026, scope: `rep:${email(o)}`, positive: 'More calls' },
    }),
    expect: money((c) => (c.rel === 'outside' ? 404 : 'ok')),
    why: 'anyone who reads a deck writes their own texts for it',
  },
  'GET /api/v1/reports/half-month': {
    request: () => ({ url: `${P}/reports/half-month` }),
    expect: money(ok),
  },
  'GET /api/v1/reports/half-month/:period': {
    request: () => ({ url: `${P}/reports/half-month/2026-11-1` }),
    expect: money(ok),
    why: 'everyone gets the rows of their scope',
  },
  'GET /api/v1/reports/half-month/:period/workbook': {
    request: () => ({ url: `${P}/reports/half-month/2026-11-1/workbook` }),
    expect: money(ok),
  },
  'POST /api/v1/reports/half-month/:period/generate': {
    request: () => ({ url: `${P}/reports/half-month/2026-11-1/generate` }),
    expect: only('admin', 'finance'),
  },

  // — the recycle bin (issue 9 point 5): deleting is changing; restoring is an admin's —
  'DELETE /api/v1/orders/:id': {
    records: 'oldOrder',
    request: (f, o) => ({
      url: `${P}/orders/${id(f, 'oldOrder', o)}`,
      headers: ifMatch(f, id(f, 'oldOrder', o)),
    }),
    expect: write(LEDGER),
    why: 'the order no collection or plan names',
  },
  'DELETE /api/v1/collections/:id': {
    records: 'collection',
    request: (f, o) => ({
      url: `${P}/collections/${id(f, 'collection', o)}`,
      headers: ifMatch(f, id(f, 'collection', o)),
    }),
    expect: write(LEDGER),
  },
  'DELETE /api/v1/collection-plans/:id': {
    records: 'collectionPlan',
    request: (f, o) => ({
      url: `${P}/collection-plans/${id(f, 'collectionPlan', o)}`,
      headers: ifMatch(f, id(f, 'collectionPlan', o)),
    }),
    expect: write(LEDGER),
  },
  'DELETE /api/v1/expenses/:id': {
    records: 'expenseDraft',
    request: (f, o) => ({
      url: `${P}/expenses/${id(f, 'expenseDraft', o)}`,
      headers: ifMatch(f, id(f, 'expenseDraft', o)),
    }),
    expect: write(LEDGER),
  },
  'DELETE /api/v1/follow-ups/:id': {
    records: 'followUpLate',
    request: (f, o) => ({
      url: `${P}/follow-ups/${id(f, 'followUpLate', o)}`,
      headers: ifMatch(f, id(f, 'followUpLate', o)),
    }),
    expect: write(SELLERS),
    why: 'one no audit drew (a drawn one stays)',
  },
  'GET /api/v1/recycle-bin': {
    request: () => ({ url: `${P}/recycle-bin?limit=200` }),
    expect: ok,
    why: 'what the caller may delete (only admins restore it)',
  },
  'POST /api/v1/recycle-bin/:kind/:id/restore': {
    records: 'deletedCustomer',
    request: (f, o) => ({ url: `${P}/recycle-bin/customer/${id(f, 'deletedCustomer', o)}/restore` }),
    expect: adminRestore,
    why: 'admins only (DOMAIN.md): outside the read scope 404, everyone else who reads it 403',
  },
  'POST /api/v1/recycle-bin/purge': {
    request: () => ({ url: `${P}/recycle-bin/purge` }),
    expect: only('admin'),
  },

  // — imports —
  'POST /api/v1/imports/:kind': {
    request: () => ({
      url: `${P}/imports/customers?name=new.csv`,
      payload: 'name\nImported anew\n',
      headers: { 'content-type': 'text/csv' },
    }),
    expect: only(...SELLERS),
  },
  'POST /api/v1/imports/:id/undo': {
    records: 'importBatch',
    request: (f, o) => ({ url: `${P}/imports/${id(f, 'importBatch', o)}/undo` }),
    expect: (c) => (c.role === 'admin' || c.rel === 'own' ? 'ok' : 404),
    why: 'who ran the import, or an admin',
  },
}
