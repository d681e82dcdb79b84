import { sql, type Kysely, type SqlBool } from 'kysely'
import type { OwnerScope } from './customers.repo'
import type { Database } from './schema'

export type RunRecord = {
  id: string
  asOf: string
  from: string
  to: string
  metric: string
  shareA: number
  shareB: number
  totalMinor: number
  counts: { A: number; B: number; C: number }
  actorId: string | null
  actorName: string | null
  createdAt: string
}

export type RunChange = 'promoted' | 'demoted' | 'changed'

function runsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('classification_runs as runs')
    .leftJoin('users', 'users.id', 'runs.actor_id')
    .selectAll('runs')
    .select('users.name as actor_name')
}

const toRun = (
  r: Awaited<ReturnType<ReturnType<typeof runsQuery>['executeTakeFirstOrThrow']>>,
): RunRecord => ({
  id: r.id,
  asOf: r.as_of,
  from: r.period_from,
  to: r.period_to,
  metric: r.metric,
  shareA: Number(r.share_a),
  shareB: Number(r.share_b),
  totalMinor: Number(r.total_minor),
  counts: { A: r.count_a, B: r.count_b, C: r.count_c },
  actorId: r.actor_id,
  actorName: r.actor_name,
  createdAt: r.created_at,
})

/** Runs, newest first; `after` is the last run of the previous page. */
export async function listRunRows(
  db: Kysely<Database>,
  page: { limit: number; after?: { value: string; id: string } },
): Promise<{ rows: RunRecord[]; next: { value: string; id: string } | null }> {
  let query = runsQuery(db)
    .orderBy('runs.created_at', 'desc')
    .orderBy('runs.id', 'desc')
    .limit(page.limit + 1)
  const after = page.after
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('runs.created_at', '<', after.value),
        eb.and([eb('runs.created_at', '=', after.value), eb('runs.id', '<', after.id)]),
      ]),
    )
  const rows = (await query.execute()).map(toRun)
  const shown = rows.slice(0, page.limit)
  const last = shown[shown.length - 1]
  return {
    rows: shown,
    next: rows.length > page.limit && last ? { value: last.createdAt, id: last.id } : null,
  }
}

export async function findRun(db: Kysely<Database>, id: string): Promise<RunRecord | undefined> {
  const row = await runsQuery(db).where('runs.id', '=', id).executeTakeFirst()
  return row && toRun(row)
}

/**
 * The results whose customer is in scope: nothing to check for everyone's, else the customers of
 * the owners — a filter, not a join, so a run of 100,000 results is not joined row by row.
 */
const inScopeOf = (scope: OwnerScope, column: 'r.customer_id' | 'ranked.customer_id') =>
  scope.kind === 'all'
    ? sql<SqlBool>`1 = 1`
    : scope.ownerIds.length === 0
      ? sql<SqlBool>`1 = 0`
      : sql<SqlBool>`${sql.ref(column)} in (select id from customers where owner_id in (${sql.join(scope.ownerIds)}))`

/** The letters sort against the ranks (A < B < C): a lower letter than before is a promotion. */
const changeWhere = (change: RunChange) =>
  change === 'promoted'
    ? sql<SqlBool>`r.tier < r.previous_tier`
    : change === 'demoted'
      ? sql<SqlBool>`r.tier > r.previous_tier`
      : sql<SqlBool>`r.tier <> r.previous_tier`

/** Per tier, the customers of a run in scope, and how many of them were promoted or demoted. */
export async function countRunCustomers(db: Kysely<Database>, runId: string, scope: OwnerScope) {
  const rows = await db
    .selectFrom('classification_results as r')
    .select([
      'r.tier',
      (eb) => eb.fn.countAll<number>().as('customers'),
      sql<number>`sum(case when r.tier < r.previous_tier then 1 else 0 end)`.as('promoted'),
      sql<number>`sum(case when r.tier > r.previous_tier then 1 else 0 end)`.as('demoted'),
    ])
    .where('r.run_id', '=', runId)
    .where(inScopeOf(scope, 'r.customer_id'))
    .groupBy('r.tier')
    .execute()
  const counts = { A: 0, B: 0, C: 0 }
  let promoted = 0
  let demoted = 0
  for (const row of rows) {
    if (row.tier === 'A' || row.tier === 'B' || row.tier === 'C') counts[row.tier] = Number(row.customers)
    promoted += Number(row.promoted)
    demoted += Number(row.demoted)
  }
  return { customers: counts.A + counts.B + counts.C, counts, promoted, demoted }
}

export type ParetoRow = {
  firstRank: number
  lastRank: number
  customers: number
  name: string | null
  valueMinor: number
  cumulativeMinor: number
  tier: string
}

/**
 * The Pareto series of a run for the customers in scope, at most `points` points: consecutive
 * ranks are grouped into equal runs when there are more customers than that. The cumulative sum is
 * over every customer of the run (a window function), so a manager sees where their team's
 * customers stand in the whole organisation's curve. All in SQL: a run can hold 100,000 results;
 * names are read for the points that are one customer only.
 */
export async function paretoRows(
  db: Kysely<Database>,
  runId: string,
  scope: OwnerScope,
  points: number,
): Promise<ParetoRow[]> {
  if (scope.kind === 'all') return wholeRunPareto(db, runId, points)
  const ranked = db
    .selectFrom('classification_results as r')
    .select([
      'r.customer_id',
      'r.rank',
      'r.value_minor',
      'r.tier',
      sql<number>`sum(r.value_minor) over (order by r.rank rows between unbounded preceding and current row)`.as(
        'cumulative',
      ),
    ])
    .where('r.run_id', '=', runId)
  const visible = db
    .selectFrom(ranked.as('ranked'))
    .select([
      'ranked.customer_id',
      'ranked.rank',
      'ranked.value_minor',
      'ranked.tier',
      'ranked.cumulative',
      // Points numbered 0 … points-1 over the visible customers in rank order. A literal: SQLite
      // binds a JavaScript number as a real, and the division must be an integer one.
      sql<number>`(row_number() over (order by ranked.rank) - 1) * ${sql.lit(points)} / count(*) over ()`.as(
        'bucket',
      ),
    ])
    .where(inScopeOf(scope, 'ranked.customer_id'))
  const rows = await db
    .selectFrom(visible.as('v'))
    .select([
      'v.bucket',
      (eb) => eb.fn.min<number>('v.rank').as('first_rank'),
      (eb) => eb.fn.max<number>('v.rank').as('last_rank'),
      (eb) => eb.fn.countAll<number>().as('customers'),
      (eb) => eb.fn.min<string>('v.customer_id').as('customer_id'),
      (eb) => eb.fn.sum<number>('v.value_minor').as('value'),
      (eb) => eb.fn.max<number>('v.cumulative').as('cumulative'),
      (eb) => eb.fn.min<string>('v.tier').as('tier'),
    ])
    .groupBy('v.bucket')
    .orderBy('v.bucket')
    .execute()
  return withNames(db, rows)
}

/**
 * Every customer of the run: the ranks are 1 … n, so the points are cut by rank alone and the
 * cumulative sums are added up over at most `points` groups — no window over 100,000 rows.
 */
async function wholeRunPareto(db: Kysely<Database>, runId: string, points: number): Promise<ParetoRow[]> {
  const rows = await db
    .selectFrom('classification_results as r')
    .innerJoin('classification_runs as runs', 'runs.id', 'r.run_id')
    .select([
      sql<number>`(r.rank - 1) * ${sql.lit(points)} / (runs.count_a + runs.count_b + runs.count_c)`.as(
        'bucket',
      ),
      (eb) => eb.fn.min<number>('r.rank').as('first_rank'),
      (eb) => eb.fn.max<number>('r.rank').as('last_rank'),
      (eb) => eb.fn.countAll<number>().as('customers'),
      (eb) => eb.fn.min<string>('r.customer_id').as('customer_id'),
      (eb) => eb.fn.sum<number>('r.value_minor').as('value'),
      (eb) => eb.fn.min<string>('r.tier').as('tier'),
    ])
    .where('r.run_id', '=', runId)
    .groupBy('bucket')
    .orderBy('bucket')
    .execute()
  let cumulative = 0
  return withNames(
    db,
    rows.map((r) => {
      cumulative += Number(r.value)
      return { ...r, cumulative }
    }),
  )
}

/** Names for the points that are one customer: at most a page of them. */
async function withNames(
  db: Kysely<Database>,
  rows: {
    first_rank: number
    last_rank: number
    customers: number
    customer_id: string
    value: number
    cumulative: number
    tier: string
  }[],
): Promise<ParetoRow[]> {
  const single = rows.filter((r) => Number(r.customers) === 1).map((r) => r.customer_id)
  const names = new Map(
    single.length === 0
      ? []
      : (await db.selectFrom('customers').select(['id', 'name']).where('id', 'in', single).execute()).map(
          (c) => [c.id, c.name] as const,
        ),
  )
  return rows.map((r) => ({
    firstRank: Number(r.first_rank),
    lastRank: Number(r.last_rank),
    customers: Number(r.customers),
    name: Number(r.customers) === 1 ? (names.get(r.customer_id) ?? null) : null,
    valueMinor: Number(r.value),
    cumulativeMinor: Number(r.cumulative),
    tier: r.tier,
  }))
}

export type RunCustomerRow = {
  customerId: string
  externalId: string | null
  name: string
  ownerId: string | null
  ownerName: string | null
  rank: number
  valueMinor: number
  tier: string
  previousTier: string | null
}

/**
 * A run's customers in scope, in rank order, optionally only those promoted or demoted; keyset on
 * rank. The page is chosen from the results first, and only its rows are joined to their names.
 */
export async function listRunCustomerRows(
  db: Kysely<Database>,
  options: {
    runId: string
    scope: OwnerScope
    change?: RunChange
    tier?: string
    limit: number
    afterRank?: number
  },
): Promise<{ rows: RunCustomerRow[]; next: number | null }> {
  let page = db
    .selectFrom('classification_results as r')
    .select(['r.customer_id', 'r.rank', 'r.value_minor', 'r.tier', 'r.previous_tier'])
    .where('r.run_id', '=', options.runId)
    .where(inScopeOf(options.scope, 'r.customer_id'))
    .orderBy('r.rank')
    .limit(options.limit + 1)
  if (options.change) page = page.where(changeWhere(options.change))
  if (options.tier) page = page.where('r.tier', '=', options.tier)
  if (options.afterRank !== undefined) page = page.where('r.rank', '>', options.afterRank)
  const rows = await db
    .selectFrom(page.as('p'))
    .innerJoin('customers', 'customers.id', 'p.customer_id')
    .leftJoin('users', 'users.id', 'customers.owner_id')
    .select([
      'p.customer_id',
      'customers.external_id',
      'customers.name',
      'customers.owner_id',
      'users.name as owner_name',
      'p.rank',
      'p.value_minor',
      'p.tier',
      'p.previous_tier',
    ])
    .orderBy('p.rank')
    .execute()
  const shown = rows.slice(0, options.limit).map((r) => ({
    customerId: r.customer_id,
    externalId: r.external_id,
    name: r.name,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    rank: r.rank,
    valueMinor: Number(r.value_minor),
    tier: r.tier,
    previousTier: r.previous_tier,
  }))
  const last = shown[shown.length - 1]
  return { rows: shown, next: rows.length > options.limit && last ? last.rank : null }
}

/** A customer's result in each run, the latest as-of date first (of one day, the later made). */
export async function customerTierHistory(db: Kysely<Database>, customerId: string, limit = 50) {
  const rows = await db
    .selectFrom('classification_results as r')
    .innerJoin('classification_runs as runs', 'runs.id', 'r.run_id')
    .select(['r.run_id', 'runs.as_of', 'runs.metric', 'r.rank', 'r.value_minor', 'r.tier', 'r.previous_tier'])
    .where('r.customer_id', '=', customerId)
    .orderBy('runs.as_of', 'desc')
    .orderBy('runs.created_at', 'desc')
    .orderBy('runs.id', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => ({
    runId: r.run_id,
    asOf: r.as_of,
    metric: r.metric,
    rank: r.rank,
    valueMinor: Number(r.value_minor),
    tier: r.tier,
    previousTier: r.previous_tier,
  }))
}
