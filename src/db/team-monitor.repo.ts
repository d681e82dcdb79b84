import { sql, type Kysely } from 'kysely'
import { runsByAsOf, tiersOfRun } from './classification.repo'
import type { Database } from './schema'

/**
 * The cadence state of every live customer (not lost) of a set of owners: what the agenda, coverage
 * and the team monitor are computed from — one read for a whole team, not one per rep.
 */
export async function cadenceOfOwners(db: Kysely<Database>, ownerIds: readonly string[]) {
  if (ownerIds.length === 0) return []
  return db
    .selectFrom('customers')
    .select([
      'id',
      'name',
      'owner_id',
      'phone',
      'tier',
      'tier_override',
      'tier_override_until',
      'last_follow_up_on',
      'next_follow_up_on',
      'assigned_at',
      'created_at',
    ])
    .where('owner_id', 'in', ownerIds)
    .where('deleted_at', 'is', null)
    .where('status', '!=', 'lost')
    .execute()
}

const lastRun = (db: Kysely<Database>) => runsByAsOf(db).limit(1)

/**
 * The tier each customer had in the last classification run as of `date` (callers look up the
 * owners' customers they read); `null` when that run is the one whose tiers `customers.tier`
 * already holds (the last by as-of date: db/classification.repo.ts `runsByAsOf`) — reading the
 * run's 100,000 results again cost the team table ~0.5 s (bench/README.md). Only the tiers are read
 * out of the run's ranking, and every customer's: narrowing them to the owners' cost a read of
 * their ids, more than the map it saved.
 */
export async function runTiersAsOf(
  db: Kysely<Database>,
  options: { ownerIds: readonly string[]; date: string },
): Promise<ReadonlyMap<string, string> | null> {
  if (options.ownerIds.length === 0) return new Map()
  const [run, current] = await Promise.all([
    lastRun(db).where('as_of', '<=', options.date).executeTakeFirst(),
    lastRun(db).executeTakeFirst(),
  ])
  if (!run) return new Map()
  if (run.id === current?.id) return null
  return tiersOfRun(db, run.id)
}

export type TierChangeRow = {
  customerId: string
  ownerId: string
  name: string
  previousTier: string
  tier: string
}

/**
 * The owners' customers whose computed tier differs between two runs: the last run as of a day in
 * the period, against the last run before the period (or, when there is none, the first run in
 * it). A net change: a customer moved C→B→C within the period has not changed.
 */
export async function tierChangesOver(
  db: Kysely<Database>,
  options: { ownerIds: readonly string[]; from: string; to: string },
): Promise<TierChangeRow[]> {
  if (options.ownerIds.length === 0) return []
  const latest = await lastRun(db)
    .where('as_of', '>=', options.from)
    .where('as_of', '<=', options.to)
    .executeTakeFirst()
  if (!latest) return []
  const base =
    (await lastRun(db).where('as_of', '<', options.from).executeTakeFirst()) ??
    (await db
      .selectFrom('classification_runs')
      .select('id')
      .where('as_of', '>=', options.from)
      .where('as_of', '<=', options.to)
      .orderBy('as_of')
      .orderBy('created_at')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst())
  if (!base || base.id === latest.id) return []
  const [current, before, customers] = await Promise.all([
    tiersOfRun(db, latest.id),
    tiersOfRun(db, base.id),
    db
      .selectFrom('customers')
      .select(['id', 'owner_id', 'name'])
      .where('owner_id', 'in', options.ownerIds)
      .where('deleted_at', 'is', null)
      .execute(),
  ])
  return customers.flatMap((c) => {
    const tier = current.get(c.id)
    const previousTier = before.get(c.id)
    return tier === undefined || previousTier === undefined || tier === previousTier
      ? []
      : [{ customerId: c.id, ownerId: c.owner_id as string, name: c.name, previousTier, tier }]
  })
}

/**
 * The owners' customers whose first confirmed order is dated in the period: prospects converted
 * (they had never bought before it). One GROUP BY over the customers' confirmed orders.
 */
export async function firstOrdersIn(
  db: Kysely<Database>,
  options: { ownerIds: readonly string[]; from: string; to: string },
): Promise<{ customerId: string; ownerId: string; name: string; tier: string; firstOrderOn: string }[]> {
  if (options.ownerIds.length === 0) return []
  const first = sql<string>`min(orders.order_date)`
  const rows = await db
    .selectFrom('orders')
    .innerJoin('customers', 'customers.id', 'orders.customer_id')
    .select([
      'customers.id',
      'customers.owner_id',
      'customers.name',
      'customers.tier',
      first.as('first_order_on'),
    ])
    .where('orders.status', '=', 'confirmed')
    .where('orders.deleted_at', 'is', null)
    .where('customers.owner_id', 'in', options.ownerIds)
    .where('customers.deleted_at', 'is', null)
    .groupBy(['customers.id', 'customers.owner_id', 'customers.name', 'customers.tier'])
    .having(first, '>=', options.from)
    .having(first, '<=', options.to)
    .execute()
  return rows.map((r) => ({
    customerId: r.id,
    ownerId: r.owner_id as string,
    name: r.name,
    tier: r.tier,
    firstOrderOn: r.first_order_on,
  }))
}

/** How many follow-ups each rep logged in the period (by the rep who logged them, any customer). */
export async function followUpsLoggedBy(
  db: Kysely<Database>,
  options: { repIds: readonly string[]; from: string; to: string },
): Promise<Map<string, number>> {
  if (options.repIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('follow_ups')
    .select(['rep_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('rep_id', 'in', options.repIds)
    .where('happened_on', '>=', options.from)
    .where('happened_on', '<=', options.to)
    .where('deleted_at', 'is', null)
    .groupBy('rep_id')
    .execute()
  return new Map(rows.map((r) => [r.rep_id, Number(r.n)]))
}
