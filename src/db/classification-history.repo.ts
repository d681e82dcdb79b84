import { sql, type Kysely, type SqlBool } from 'kysely'
import { customerIdsOfOwners, type OwnerScope } from './customers.repo'
import { rankingOfRun } from './classification.repo'
import { isSqlite } from './insert-bulk'
import { rankingKey, rankingLine } from './run-ranking'
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
  return (
    db
      .selectFrom('classification_runs as runs')
      .leftJoin('users', 'users.id', 'runs.actor_id')
      // Every column but the ranking: a run's whole ranking is megabytes, read only where it is used.
      .select([
        'runs.id',
        'runs.as_of',
        'runs.period_from',
        'runs.period_to',
        'runs.metric',
        'runs.share_a',
        'runs.share_b',
        'runs.total_minor',
        'runs.count_a',
        'runs.count_b',
        'runs.count_c',
        'runs.actor_id',
        'runs.created_at',
      ])
      .select('users.name as actor_name')
  )
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
 * The change rows whose customer is in scope: nothing to check for everyone's, else the customers
 * of the owners — a filter, not a join.
 */
const inScopeOf = (scope: OwnerScope) =>
  scope.kind === 'all'
    ? sql<SqlBool>`1 = 1`
    : scope.ownerIds.length === 0
      ? sql<SqlBool>`1 = 0`
      : sql<SqlBool>`r.customer_id in (select id from customers where owner_id in (${sql.join(scope.ownerIds)}))`

/** The ids of the customers in scope; null for everyone's. */
const customersInScope = async (db: Kysely<Database>, scope: OwnerScope) =>
  scope.kind === 'all' ? null : customerIdsOfOwners(db, scope.ownerIds)

/** A run's ranking, only the customers in scope. */
async function rankingInScope(db: Kysely<Database>, runId: string, scope: OwnerScope) {
  const [ranking, inScope] = await Promise.all([rankingOfRun(db, runId), customersInScope(db, scope)])
  return inScope ? ranking.filter((c) => inScope.has(c.id)) : ranking
}

/** The letters sort against the ranks (A < B < C): a lower letter than before is a promotion. */
const changeWhere = (change: RunChange) =>
  change === 'promoted'
    ? sql<SqlBool>`r.tier < r.previous_tier`
    : change === 'demoted'
      ? sql<SqlBool>`r.tier > r.previous_tier`
      : sql<SqlBool>`r.tier <> r.previous_tier`

/** Per tier, the customers of a run in scope, and how many of them were promoted or demoted. */
export async function countRunCustomers(db: Kysely<Database>, runId: string, scope: OwnerScope) {
  const [ranking, moved] = await Promise.all([
    rankingInScope(db, runId, scope),
    db
      .selectFrom('classification_results as r')
      .select([
        sql<number>`sum(case when r.tier < r.previous_tier then 1 else 0 end)`.as('promoted'),
        sql<number>`sum(case when r.tier > r.previous_tier then 1 else 0 end)`.as('demoted'),
      ])
      .where('r.run_id', '=', runId)
      .where(inScopeOf(scope))
      .executeTakeFirst(),
  ])
  const counts = { A: 0, B: 0, C: 0 }
  for (const c of ranking) if (c.tier === 'A' || c.tier === 'B' || c.tier === 'C') counts[c.tier] += 1
  return {
    customers: counts.A + counts.B + counts.C,
    counts,
    promoted: Number(moved?.promoted ?? 0),
    demoted: Number(moved?.demoted ?? 0),
  }
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
 * visible ranks are grouped into equal runs when there are more customers than that. The
 * cumulative sum is over every customer of the run, so a manager sees where their team's customers
 * stand in the whole organisation's curve. Names are read for the points that are one customer.
 */
export async function paretoRows(
  db: Kysely<Database>,
  runId: string,
  scope: OwnerScope,
  points: number,
): Promise<ParetoRow[]> {
  const [ranking, inScope] = await Promise.all([rankingOfRun(db, runId), customersInScope(db, scope)])
  const visible = inScope ? ranking.filter((c) => inScope.has(c.id)).length : ranking.length
  const groups: (ParetoRow & { customerId: string })[] = []
  let cumulative = 0
  let seen = 0
  let lastBucket = -1
  for (const c of ranking) {
    cumulative += c.value
    if (inScope && !inScope.has(c.id)) continue
    // Points numbered 0 … points-1 over the visible customers in rank order.
    const bucket = Math.floor((seen * points) / visible)
    seen += 1
    const last = groups[groups.length - 1]
    if (last && bucket === lastBucket) {
      last.lastRank = c.rank
      last.customers += 1
      last.valueMinor += c.value
      last.cumulativeMinor = cumulative
      if (c.tier < last.tier) last.tier = c.tier
    } else {
      lastBucket = bucket
      groups.push({
        firstRank: c.rank,
        lastRank: c.rank,
        customers: 1,
        customerId: c.id,
        name: null,
        valueMinor: c.value,
        cumulativeMinor: cumulative,
        tier: c.tier,
      })
    }
  }
  const single = groups.filter((g) => g.customers === 1).map((g) => g.customerId)
  const names = new Map(
    single.length === 0
      ? []
      : (await db.selectFrom('customers').select(['id', 'name']).where('id', 'in', single).execute()).map(
          (c) => [c.id, c.name] as const,
        ),
  )
  return groups.map(({ customerId, ...g }) => ({
    ...g,
    name: g.customers === 1 ? (names.get(customerId) ?? null) : null,
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

/** Which of a run's customers, and which page: keyset on rank. */
export type RunPageQuery = {
  runId: string
  scope: OwnerScope
  change?: RunChange
  tier?: string
  limit: number
  afterRank?: number
}

type PageRow = {
  customerId: string
  rank: number
  valueMinor: number
  tier: string
  previousTier: string | null
}

/**
 * A page of a run's customers in scope, in rank order: of those promoted or demoted from the change
 * rows, else of everyone from the run's ranking — a customer without a change row kept its tier.
 */
async function runPage(db: Kysely<Database>, options: RunPageQuery): Promise<PageRow[]> {
  if (options.change) {
    let page = db
      .selectFrom('classification_results as r')
      .select(['r.customer_id', 'r.rank', 'r.value_minor', 'r.tier', 'r.previous_tier'])
      .where('r.run_id', '=', options.runId)
      .where(inScopeOf(options.scope))
      .where(changeWhere(options.change))
      .orderBy('r.rank')
      .limit(options.limit + 1)
    if (options.tier) page = page.where('r.tier', '=', options.tier)
    if (options.afterRank !== undefined) page = page.where('r.rank', '>', options.afterRank)
    return (await page.execute()).map((r) => ({
      customerId: r.customer_id,
      rank: r.rank,
      valueMinor: Number(r.value_minor),
      tier: r.tier,
      previousTier: r.previous_tier,
    }))
  }
  const after = options.afterRank ?? 0
  const ranked = (await rankingInScope(db, options.runId, options.scope))
    .filter((c) => c.rank > after && (!options.tier || c.tier === options.tier))
    .slice(0, options.limit + 1)
  if (ranked.length === 0) return []
  const changed = new Map(
    (
      await db
        .selectFrom('classification_results')
        .select(['customer_id', 'previous_tier'])
        .where('run_id', '=', options.runId)
        .where(
          'customer_id',
          'in',
          ranked.map((c) => c.id),
        )
        .execute()
    ).map((r) => [r.customer_id, r.previous_tier] as const),
  )
  return ranked.map((c) => ({
    customerId: c.id,
    rank: c.rank,
    valueMinor: c.value,
    tier: c.tier,
    previousTier: changed.has(c.id) ? (changed.get(c.id) ?? null) : c.tier,
  }))
}

/**
 * A run's customers in scope, in rank order, optionally only those promoted or demoted; keyset on
 * rank. The page is chosen first, and only its rows are joined to their names.
 */
export async function listRunCustomerRows(
  db: Kysely<Database>,
  options: RunPageQuery,
): Promise<{ rows: RunCustomerRow[]; next: number | null }> {
  const page = await runPage(db, options)
  const known =
    page.length === 0
      ? []
      : await db
          .selectFrom('customers')
          .leftJoin('users', 'users.id', 'customers.owner_id')
          .select([
            'customers.id',
            'customers.external_id',
            'customers.name',
            'customers.owner_id',
            'users.name as owner_name',
          ])
          .where(
            'customers.id',
            'in',
            page.map((p) => p.customerId),
          )
          .execute()
  const customers = new Map(known.map((c) => [c.id, c]))
  // A customer purged since the run is not shown (its id stays in the ranking, nothing else).
  const rows = page.flatMap((p) => {
    const c = customers.get(p.customerId)
    return c
      ? [{ ...p, externalId: c.external_id, name: c.name, ownerId: c.owner_id, ownerName: c.owner_name }]
      : []
  })
  const shown = rows.slice(0, options.limit)
  const last = shown[shown.length - 1]
  return { rows: shown, next: page.length > options.limit && last ? last.rank : null }
}

/** Longer than any line of a ranking: an id, a rank, an amount in minor units and a tier. */
const LINE_MAX = 400

/**
 * A customer's result in each of the last `limit` runs it is in, the latest as-of date first (of one
 * day, the later made). Its line is found inside each run's ranking text by the database, so only a
 * line per run is read out, and its tier before from the run's change row (none: unchanged).
 */
export async function customerTierHistory(db: Kysely<Database>, customerId: string, limit = 50) {
  const key = rankingKey(customerId)
  const at = isSqlite(db)
    ? sql<number>`instr(runs.ranking, ${key})`
    : sql<number>`strpos(runs.ranking, ${key})`
  const rows = await db
    .selectFrom('classification_runs as runs')
    .leftJoin('classification_results as r', (join) =>
      join.onRef('r.run_id', '=', 'runs.id').on('r.customer_id', '=', customerId),
    )
    .select([
      'runs.id',
      'runs.as_of',
      'runs.metric',
      sql<string | null>`substr(runs.ranking, ${at}, ${sql.lit(LINE_MAX)})`.as('line'),
      'r.run_id as changed',
      'r.previous_tier',
    ])
    // The runs it is in, before the limit: a run made before the customer, or while it was in the
    // bin, is not one of its last `limit`. The database searches every run's ranking for it (a
    // scan of the rankings' text, never read out), then keeps the newest.
    .where(sql<boolean>`${at} > 0`)
    .orderBy('runs.as_of', 'desc')
    .orderBy('runs.created_at', 'desc')
    .orderBy('runs.id', 'desc')
    .limit(limit)
    .execute()
  return rows.flatMap((r) => {
    const line = rankingLine(r.line, customerId)
    if (!line) return []
    return [
      {
        runId: r.id,
        asOf: r.as_of,
        metric: r.metric,
        rank: line.rank,
        valueMinor: line.value,
        tier: line.tier,
        previousTier: r.changed === null ? line.tier : r.previous_tier,
      },
    ]
  })
}
