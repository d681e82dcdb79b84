import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely'
import { insertBulk, isSqlite } from './insert-bulk'
import type { Database } from './schema'

export type PoolEventKind = 'claim' | 'assign' | 'release' | 'return' | 'warn'

export type PoolEventRecord = {
  id: string
  customerId: string
  kind: PoolEventKind
  fromOwnerId: string | null
  toOwnerId: string | null
  actorId: string | null
  /** A person's reason (release); for a warning, the return date it announces. */
  reason: string | null
  at: string
  onDate: string
}

export type PoolEventRow = PoolEventRecord & {
  fromOwnerName: string | null
  toOwnerName: string | null
  actorName: string | null
}

/** Rows per UPDATE … WHERE id IN (…): well under both engines' limit on bound parameters. */
const CHUNK = 500

export async function insertPoolEvents(db: Kysely<Database>, events: readonly PoolEventRecord[]) {
  await insertBulk(
    db,
    'pool_events',
    events.map((e) => ({
      id: e.id,
      customer_id: e.customerId,
      kind: e.kind,
      from_owner_id: e.fromOwnerId,
      to_owner_id: e.toOwnerId,
      actor_id: e.actorId,
      reason: e.reason,
      at: e.at,
      on_date: e.onDate,
    })),
  )
}

export async function countOwnedBy(db: Kysely<Database>, ownerId: string): Promise<number> {
  const row = await db
    .selectFrom('customers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('owner_id', '=', ownerId)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * Serialises one person's claims on PostgreSQL, so two claims at once cannot both pass the owned
 * limit (row lock on the user until the transaction ends). SQLite runs one writer at a time anyway.
 */
export async function lockOwner(db: Kysely<Database>, ownerId: string): Promise<void> {
  if (isSqlite(db)) return
  await db.selectFrom('users').select('id').where('id', '=', ownerId).forUpdate().execute()
}

/**
 * Gives a customer to `to` (null: the pool) if it still belongs to `from` (null: in the pool) and,
 * when given, is still at `version`; returns false when someone changed it first.
 */
export async function moveCustomer(
  db: Kysely<Database>,
  move: {
    id: string
    from: string | null
    to: string | null
    assignedAt: string | null
    version?: number
    now: string
  },
): Promise<boolean> {
  let query = db
    .updateTable('customers')
    .set((eb) => ({
      owner_id: move.to,
      assigned_at: move.assignedAt,
      version: eb('version', '+', 1),
      updated_at: move.now,
    }))
    .where('id', '=', move.id)
    .where('deleted_at', 'is', null)
    .where('owner_id', move.from === null ? 'is' : '=', move.from)
  if (move.version !== undefined) query = query.where('version', '=', move.version)
  const result = await query.executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Puts many customers back in the pool at once (the automatic return), in chunks. */
export async function returnCustomersToPool(db: Kysely<Database>, ids: readonly string[], now: string) {
  for (let i = 0; i < ids.length; i += CHUNK)
    await db
      .updateTable('customers')
      .set((eb) => ({ owner_id: null, assigned_at: null, version: eb('version', '+', 1), updated_at: now }))
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .where('deleted_at', 'is', null)
      .where('owner_id', 'is not', null)
      .execute()
}

/** The effective tier in SQL, as core/follow-ups/tier.ts effectiveTier decides it. */
const effectiveTierSql = (today: string) =>
  sql<string>`case when customers.tier_override is not null and (customers.tier_override_until is null or customers.tier_override_until >= ${today}) then customers.tier_override else customers.tier end`

/** The day the current owner's clock started when no assignment was recorded: the creation (UTC) date. */
const anchorSql = sql<string>`substr(coalesce(customers.assigned_at, customers.created_at), 1, 10)`

/**
 * Customers whose last touch (follow-up, assignment, confirmed order) is on or before the cutoff
 * of their effective tier (core/follow-ups/pool-return.ts returnCutoffs): plain date comparisons,
 * no date arithmetic in SQL. The order test is one probe of orders_customer_date per customer.
 */
function idleWhere(today: string, cutoffs: Record<'A' | 'B' | 'C', string>): RawBuilder<SqlBool> {
  const cut = sql<string>`(case ${effectiveTierSql(today)} when 'A' then cast(${cutoffs.A} as text) when 'B' then cast(${cutoffs.B} as text) else cast(${cutoffs.C} as text) end)`
  return sql<SqlBool>`(customers.last_follow_up_on is null or customers.last_follow_up_on <= ${cut})
    and ${anchorSql} <= ${cut}
    and not exists (select 1 from orders where orders.customer_id = customers.id
      and orders.deleted_at is null and orders.status = 'confirmed' and orders.order_date > ${cut})`
}

export type ReturnCandidate = {
  id: string
  name: string
  ownerId: string
  ownerName: string | null
  tier: string
  lastFollowUpOn: string | null
  /** As stored (null when never recorded) … */
  assignedAt: string | null
  /** … and the day the owner's clock started: assigned_at, else the creation date. */
  assignedOn: string
  lastOrderOn: string | null
  /** The return date the current owner was last warned of, if any. */
  warnedFor: string | null
}

/**
 * Owned customers that return to the pool by the cutoffs' day, selected in SQL with what the
 * return date is computed from. `ownerIds` narrows to a scope; `lock` takes row locks on
 * PostgreSQL so that nobody claims, reassigns or follows them up between selection and return.
 */
export async function selectReturnCandidates(
  db: Kysely<Database>,
  options: {
    today: string
    cutoffs: Record<'A' | 'B' | 'C', string>
    ownerIds?: readonly string[]
    lock?: boolean
    limit?: number
  },
): Promise<ReturnCandidate[]> {
  if (options.ownerIds && options.ownerIds.length === 0) return []
  let query = db
    .selectFrom('customers')
    .leftJoin('users', 'users.id', 'customers.owner_id')
    .select([
      'customers.id',
      'customers.name',
      'customers.owner_id',
      'users.name as owner_name',
      'customers.last_follow_up_on',
      'customers.assigned_at',
      effectiveTierSql(options.today).as('effective_tier'),
      anchorSql.as('anchor'),
      sql<
        string | null
      >`(select max(o.order_date) from orders o where o.customer_id = customers.id and o.deleted_at is null and o.status = 'confirmed')`.as(
        'last_order_on',
      ),
      sql<
        string | null
      >`(select pe.reason from pool_events pe where pe.customer_id = customers.id and pe.kind = 'warn' and pe.from_owner_id = customers.owner_id order by pe.at desc, pe.id desc limit 1)`.as(
        'warned_for',
      ),
    ])
    .where('customers.owner_id', 'is not', null)
    .where('customers.deleted_at', 'is', null)
    .where(idleWhere(options.today, options.cutoffs))
    .orderBy('customers.id')
  if (options.ownerIds) query = query.where('customers.owner_id', 'in', options.ownerIds)
  if (options.limit) query = query.limit(options.limit)
  if (options.lock && !isSqlite(db)) query = query.forUpdate('customers')
  const rows = await query.execute()
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    ownerId: r.owner_id as string,
    ownerName: r.owner_name,
    tier: r.effective_tier,
    lastFollowUpOn: r.last_follow_up_on,
    assignedAt: r.assigned_at,
    assignedOn: r.anchor,
    lastOrderOn: r.last_order_on,
    warnedFor: r.warned_for,
  }))
}

/** A customer's pool history, newest first, with the names of the people involved. */
export async function listPoolEventRows(db: Kysely<Database>, customerId: string): Promise<PoolEventRow[]> {
  const rows = await db
    .selectFrom('pool_events')
    .leftJoin('users as f', 'f.id', 'pool_events.from_owner_id')
    .leftJoin('users as t', 't.id', 'pool_events.to_owner_id')
    .leftJoin('users as a', 'a.id', 'pool_events.actor_id')
    .selectAll('pool_events')
    .select(['f.name as from_name', 't.name as to_name', 'a.name as actor_name'])
    .where('pool_events.customer_id', '=', customerId)
    .orderBy('pool_events.at', 'desc')
    .orderBy('pool_events.id', 'desc')
    .limit(500)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    customerId: r.customer_id,
    kind: r.kind as PoolEventKind,
    fromOwnerId: r.from_owner_id,
    toOwnerId: r.to_owner_id,
    actorId: r.actor_id,
    reason: r.reason,
    at: r.at,
    onDate: r.on_date,
    fromOwnerName: r.from_name,
    toOwnerName: r.to_name,
    actorName: r.actor_name,
  }))
}

/** For a page of pool customers: when each last came back (release or return), and from whom. */
export async function lastPoolEntries(
  db: Kysely<Database>,
  customerIds: readonly string[],
): Promise<Map<string, { onDate: string; fromOwnerName: string | null }>> {
  const entries = new Map<string, { onDate: string; fromOwnerName: string | null }>()
  if (customerIds.length === 0) return entries
  const rows = await db
    .selectFrom('pool_events')
    .leftJoin('users', 'users.id', 'pool_events.from_owner_id')
    .select(['pool_events.customer_id', 'pool_events.on_date', 'users.name'])
    .where('pool_events.customer_id', 'in', customerIds)
    .where('pool_events.kind', 'in', ['release', 'return'])
    .orderBy('pool_events.at', 'desc')
    .orderBy('pool_events.id', 'desc')
    .execute()
  for (const r of rows)
    if (!entries.has(r.customer_id)) entries.set(r.customer_id, { onDate: r.on_date, fromOwnerName: r.name })
  return entries
}

export type FlowCount = { ownerId: string; kind: PoolEventKind; direction: 'in' | 'out'; count: number }

/**
 * Customers in and out per owner over a period of local dates (DOMAIN.md "per rep: customers in and
 * out"): in = claims and assignments to them; out = releases, returns and reassignments away.
 */
export async function countPoolFlows(
  db: Kysely<Database>,
  options: { from: string; to: string; ownerIds?: readonly string[] },
): Promise<FlowCount[]> {
  if (options.ownerIds && options.ownerIds.length === 0) return []
  let ins = db
    .selectFrom('pool_events')
    .select((eb) => ['to_owner_id as owner', 'kind', eb.fn.countAll<number>().as('n')])
    .where('on_date', '>=', options.from)
    .where('on_date', '<=', options.to)
    .where('kind', 'in', ['claim', 'assign'])
    .where('to_owner_id', 'is not', null)
    .groupBy(['to_owner_id', 'kind'])
  let outs = db
    .selectFrom('pool_events')
    .select((eb) => ['from_owner_id as owner', 'kind', eb.fn.countAll<number>().as('n')])
    .where('on_date', '>=', options.from)
    .where('on_date', '<=', options.to)
    .where('kind', 'in', ['release', 'return', 'assign'])
    .where('from_owner_id', 'is not', null)
    .groupBy(['from_owner_id', 'kind'])
  if (options.ownerIds) {
    ins = ins.where('to_owner_id', 'in', options.ownerIds)
    outs = outs.where('from_owner_id', 'in', options.ownerIds)
  }
  const [inRows, outRows] = await Promise.all([ins.execute(), outs.execute()])
  const as = (direction: 'in' | 'out') => (r: { owner: string | null; kind: string; n: number }) => ({
    ownerId: r.owner as string,
    kind: r.kind as PoolEventKind,
    direction,
    count: Number(r.n),
  })
  return [...inRows.map(as('in')), ...outRows.map(as('out'))]
}
