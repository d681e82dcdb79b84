import { sql, type Kysely } from 'kysely'
import { insertBulk, isSqlite } from './insert-bulk'
import { readRanking, readRankingTiers, type RankedCustomer } from './run-ranking'
import type { Database } from './schema'

export type AbcMetric = 'sales' | 'collections'

/** A live customer with what it brought in over the window and the tier the last run gave it. */
export type CustomerMetricRow = { id: string; tier: string; value: number }

export type NewRun = {
  id: string
  asOf: string
  from: string
  to: string
  metric: AbcMetric
  shareA: number
  shareB: number
  totalMinor: number
  counts: { A: number; B: number; C: number }
  actorId: string | null
  createdAt: string
}

export type NewResult = {
  customerId: string
  rank: number
  valueMinor: number
  tier: string
  previousTier: string | null
}

/**
 * Runs, the one whose tiers the customers hold first: a later as-of date wins, and of two runs as
 * of one day the later made (a run as of an earlier day is history and leaves the tiers alone:
 * app/classify.ts).
 */
export const runsByAsOf = (db: Kysely<Database>) =>
  db
    .selectFrom('classification_runs')
    .select(['id', 'as_of'])
    .orderBy('as_of', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')

/** A run's whole ranking, in rank order (db/run-ranking.ts); none for a run that is not there. */
export async function rankingOfRun(db: Kysely<Database>, runId: string): Promise<RankedCustomer[]> {
  const run = await db
    .selectFrom('classification_runs')
    .select('ranking')
    .where('id', '=', runId)
    .executeTakeFirst()
  return readRanking(run?.ranking ?? null)
}

/**
 * The tiers of the rankings read last, with their text. The team table, coverage and the team
 * monitor of a past period read the same run on every call, and making 100,000 customers' tiers
 * out of its text costs ~150 ms; reading the text again costs ~10 ms. Kept by the text itself, not
 * the run's id, so a tier is never taken from another text (tests reuse ids across databases).
 */
const recentTiers: { text: string; tiers: ReadonlyMap<string, string> }[] = []
const RECENT_RUNS = 2

/** Each customer's tier in a run (none for a run that is not there). */
export async function tiersOfRun(db: Kysely<Database>, runId: string): Promise<ReadonlyMap<string, string>> {
  const run = await db
    .selectFrom('classification_runs')
    .select('ranking')
    .where('id', '=', runId)
    .executeTakeFirst()
  const text = run?.ranking ?? null
  if (!text) return readRankingTiers(text)
  const known = recentTiers.find((r) => r.text === text)
  if (known) return known.tiers
  const tiers = readRankingTiers(text)
  recentTiers.unshift({ text, tiers })
  recentTiers.length = Math.min(recentTiers.length, RECENT_RUNS)
  return tiers
}

/** Per customer: confirmed, live orders dated in the window (sales), or live collections (回款). */
function sumsPerCustomer(db: Kysely<Database>, metric: AbcMetric, from: string, to: string) {
  if (metric === 'sales')
    return db
      .selectFrom('orders')
      .select([
        'orders.customer_id as customer_id',
        (eb) => eb.fn.sum<number>('orders.total_minor').as('value'),
      ])
      .where('orders.deleted_at', 'is', null)
      .where('orders.status', '=', 'confirmed')
      .where('orders.order_date', '>=', from)
      .where('orders.order_date', '<=', to)
      .groupBy('orders.customer_id')
  return db
    .selectFrom('collections')
    .select([
      'collections.customer_id as customer_id',
      (eb) => eb.fn.sum<number>('collections.amount_minor').as('value'),
    ])
    .where('collections.deleted_at', 'is', null)
    .where('collections.collected_on', '>=', from)
    .where('collections.collected_on', '<=', to)
    .groupBy('collections.customer_id')
}

/**
 * Every live customer with its metric over [from, to]: one GROUP BY in SQL (DESIGN.md: aggregate in
 * SQL down to the grain the rule needs), joined to the customers so those without any are 0.
 */
export async function metricPerCustomer(
  db: Kysely<Database>,
  options: { metric: AbcMetric; from: string; to: string },
): Promise<CustomerMetricRow[]> {
  const rows = await db
    .selectFrom('customers')
    .leftJoin(
      sumsPerCustomer(db, options.metric, options.from, options.to).as('m'),
      'm.customer_id',
      'customers.id',
    )
    // What the rule and the history need, nothing more: names are read when a list is asked for.
    .select(['customers.id', 'customers.tier', sql<number>`coalesce(m.value, 0)`.as('value')])
    .where('customers.deleted_at', 'is', null)
    .execute()
  // The rows as the driver made them, not copied: 100,000 objects fewer to make and collect.
  // PostgreSQL's SUM of bigint is numeric, which arrives as text.
  if (!isSqlite(db)) for (const r of rows) r.value = Number(r.value)
  return rows
}

/**
 * Keeps a run: its whole ranking as one text on the run (`rankingText`), and a row for each
 * customer whose tier it changed (`changes`) — the history (DOMAIN.md: each run is kept; db/run-ranking.ts says why).
 */
export async function insertRun(
  db: Kysely<Database>,
  run: NewRun,
  ranking: string,
  changes: readonly NewResult[],
) {
  await db
    .insertInto('classification_runs')
    .values({
      id: run.id,
      as_of: run.asOf,
      period_from: run.from,
      period_to: run.to,
      metric: run.metric,
      share_a: run.shareA,
      share_b: run.shareB,
      total_minor: run.totalMinor,
      count_a: run.counts.A,
      count_b: run.counts.B,
      count_c: run.counts.C,
      actor_id: run.actorId,
      created_at: run.createdAt,
      ranking,
    })
    .execute()
  if (changes.length === 0) return
  // In customer-id order: both indexes (run, customer) and (customer, run) then take their new
  // entries in key order instead of at scattered places (a first run changes every customer).
  const ordered = [...changes].sort((x, y) =>
    x.customerId < y.customerId ? -1 : x.customerId > y.customerId ? 1 : 0,
  )
  if (isSqlite(db)) {
    await insertBulk(
      db,
      'classification_results',
      ordered.map((r) => ({
        run_id: run.id,
        customer_id: r.customerId,
        rank: r.rank,
        value_minor: r.valueMinor,
        tier: r.tier,
        previous_tier: r.previousTier,
      })),
    )
    return
  }
  // PostgreSQL: one statement taking a column per array — a first run changes every customer's
  // tier, and 100,000 rows as 500-row VALUES cost 200 round trips.
  await sql`
    insert into classification_results (run_id, customer_id, rank, value_minor, tier, previous_tier)
    select ${run.id}, r.* from unnest(
      ${ordered.map((r) => r.customerId)}::text[],
      ${ordered.map((r) => r.rank)}::integer[],
      ${ordered.map((r) => r.valueMinor)}::bigint[],
      ${ordered.map((r) => r.tier)}::text[],
      ${ordered.map((r) => r.previousTier)}::text[]
    ) as r(customer_id, rank, value_minor, tier, previous_tier)`.execute(db)
}

/**
 * Sets `customers.tier` to the run's tier where it changed: one statement, whatever the number of
 * customers. The customer's version is left alone — the tier is computed, not edited, so an edit
 * open in someone's form stays valid.
 */
export async function applyRunTiers(db: Kysely<Database>, runId: string): Promise<void> {
  // UPDATE … FROM (a join), not a correlated subquery per customer: a run's rows are new, so
  // PostgreSQL has no statistics for them yet and probed the subquery through (run_id, rank),
  // reading the whole run for every changed customer — hours at 100,000 customers (issue 8).
  await db
    .updateTable('customers')
    .from('classification_results as r')
    .set((eb) => ({ tier: eb.ref('r.tier') }))
    .whereRef('r.customer_id', '=', 'customers.id')
    .where('r.run_id', '=', runId)
    .whereRef('r.tier', '<>', 'r.previous_tier')
    .execute()
}

/** Every customer's name, external id and override, deleted ones too, by id: a run's list reads them. */
export async function customerFacts(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('customers')
    .select(['id', 'external_id', 'name', 'tier_override', 'tier_override_until'])
    .execute()
  return new Map(rows.map((r) => [r.id, r]))
}
