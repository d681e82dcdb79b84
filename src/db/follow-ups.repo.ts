import { sql, type Kysely, type SqlBool } from 'kysely'
import { addDays } from '../core/dates/local-date'
import type { OwnerScope } from './customers.repo'
import { insertBulk } from './insert-bulk'
import type { Database } from './schema'

export type FollowUpRecord = {
  id: string
  externalId: string | null
  customerId: string
  customerName: string
  repId: string
  repName: string
  happenedAt: string
  happenedOn: string
  channel: string
  durationMinutes: number
  summary: string
  outcome: string | null
  nextStep: string | null
  nextDate: string | null
  /** For If-Match on delete (the recycle bin). */
  version: number
  createdAt: string
}

const baseQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('follow_ups')
    .innerJoin('customers', 'customers.id', 'follow_ups.customer_id')
    .innerJoin('users', 'users.id', 'follow_ups.rep_id')
    .select([
      'follow_ups.id',
      'follow_ups.external_id',
      'follow_ups.customer_id',
      'customers.name as customer_name',
      'follow_ups.rep_id',
      'users.name as rep_name',
      'follow_ups.happened_at',
      'follow_ups.happened_on',
      'follow_ups.channel',
      'follow_ups.duration_minutes',
      'follow_ups.summary',
      'follow_ups.outcome',
      'follow_ups.next_step',
      'follow_ups.next_date',
      'follow_ups.version',
      'follow_ups.created_at',
    ])
    .where('follow_ups.deleted_at', 'is', null)

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>

const toFollowUp = (r: Row): FollowUpRecord => ({
  id: r.id,
  externalId: r.external_id,
  customerId: r.customer_id,
  customerName: r.customer_name,
  repId: r.rep_id,
  repName: r.rep_name,
  happenedAt: r.happened_at,
  happenedOn: r.happened_on,
  channel: r.channel,
  durationMinutes: Number(r.duration_minutes),
  summary: r.summary,
  outcome: r.outcome,
  nextStep: r.next_step,
  nextDate: r.next_date,
  version: Number(r.version),
  createdAt: r.created_at,
})

export async function findFollowUp(db: Kysely<Database>, id: string): Promise<FollowUpRecord | undefined> {
  const row = await baseQuery(db).where('follow_ups.id', '=', id).executeTakeFirst()
  return row && toFollowUp(row)
}

export type NewFollowUp = {
  id: string
  externalId: string | null
  customerId: string
  repId: string
  happenedAt: string
  happenedOn: string
  channel: string
  durationMinutes: number
  summary: string
  outcome: string | null
  nextStep: string | null
  nextDate: string | null
  importBatchId: string | null
}

export const followUpRow = (f: NewFollowUp, now: string) => ({
  id: f.id,
  external_id: f.externalId,
  customer_id: f.customerId,
  rep_id: f.repId,
  happened_at: f.happenedAt,
  happened_on: f.happenedOn,
  channel: f.channel,
  duration_minutes: f.durationMinutes,
  summary: f.summary,
  outcome: f.outcome,
  next_step: f.nextStep,
  next_date: f.nextDate,
  import_batch_id: f.importBatchId,
  version: 1,
  created_at: now,
  updated_at: now,
  deleted_at: null,
})

/** Many follow-ups at once (demo data, imports). */
export async function insertFollowUpsBulk(db: Kysely<Database>, rows: readonly NewFollowUp[], now: string) {
  await insertBulk(
    db,
    'follow_ups',
    rows.map((f) => followUpRow(f, now)),
  )
}

export async function insertFollowUp(db: Kysely<Database>, f: NewFollowUp, now: string): Promise<void> {
  await db.insertInto('follow_ups').values(followUpRow(f, now)).execute()
}

/** How far back a team's page looks first, in days, before it reads everything (listFollowUpRows). */
const LOOK_BACK_DAYS = [14, 90, 365]

/**
 * Brings the customers' cadence state up to date from their latest follow-up (by time): its local
 * date and the next date it set. One statement per customer list, the same on both engines.
 */
export async function refreshCadence(db: Kysely<Database>, customerIds: readonly string[]): Promise<void> {
  const latest = (column: 'happened_on' | 'next_date') =>
    sql<
      string | null
    >`(select f.${sql.ref(column)} from follow_ups f where f.customer_id = customers.id and f.deleted_at is null order by f.happened_at desc, f.id desc limit 1)`
  for (let i = 0; i < customerIds.length; i += 500)
    await db
      .updateTable('customers')
      .set({ last_follow_up_on: latest('happened_on'), next_follow_up_on: latest('next_date') })
      .where('id', 'in', customerIds.slice(i, i + 500))
      .execute()
}

export async function listFollowUpRows(
  db: Kysely<Database>,
  page: {
    scope: OwnerScope
    customerId?: string
    repId?: string
    from?: string
    to?: string
    limit: number
    after?: { value: string; id: string }
    /** Today in the organisation: where a page of a team's follow-ups starts looking back from. */
    today?: string
  },
): Promise<{ rows: FollowUpRecord[]; next: { value: string; id: string } | null }> {
  const run = (since?: string) => {
    let query = baseQuery(db)
      .orderBy('follow_ups.happened_at', 'desc')
      .orderBy('follow_ups.id', 'desc')
      .limit(page.limit + 1)
    // Visible: the follow-ups of customers the actor may read.
    if (page.scope.kind === 'owners')
      query = page.scope.ownerIds.length
        ? query.where('customers.owner_id', 'in', page.scope.ownerIds)
        : query.where(sql<SqlBool>`1 = 0`)
    if (page.customerId) query = query.where('follow_ups.customer_id', '=', page.customerId)
    if (page.repId) query = query.where('follow_ups.rep_id', '=', page.repId)
    if (page.from) query = query.where('follow_ups.happened_on', '>=', page.from)
    if (since) query = query.where('follow_ups.happened_on', '>=', since)
    if (page.to) query = query.where('follow_ups.happened_on', '<=', page.to)
    if (page.after)
      query = query.where(
        sql<SqlBool>`(follow_ups.happened_at, follow_ups.id) < (${page.after.value}, ${page.after.id})`,
      )
    return query.execute()
  }
  let rows: Awaited<ReturnType<typeof run>> | undefined
  // A team's customers are many index ranges, which neither engine merges in time order: unbounded,
  // a page read and sorted every follow-up the team ever had (~10,000 for a rep of 500 customers,
  // 20–30 ms). So look back a few weeks first, then further: a page found inside a window is the
  // newest overall, since everything outside it is older (a day earlier) than all of it.
  if (page.scope.kind === 'owners' && !page.customerId && page.today) {
    const anchor = page.after?.value.slice(0, 10) ?? (page.to && page.to < page.today ? page.to : page.today)
    for (const days of LOOK_BACK_DAYS) {
      const since = addDays(anchor, -days)
      if (page.from && since <= page.from) break
      const found = await run(since)
      if (found.length > page.limit) {
        rows = found
        break
      }
    }
  }
  rows ??= await run()
  const shown = rows.slice(0, page.limit)
  const last = shown[shown.length - 1]
  return {
    rows: shown.map(toFollowUp),
    next: rows.length > page.limit && last ? { value: last.happened_at, id: last.id } : null,
  }
}

/** The cadence state of a rep's customers: what an agenda is computed from, in one indexed read. */
export async function cadenceOfOwner(db: Kysely<Database>, ownerId: string) {
  return db
    .selectFrom('customers')
    .select([
      'id',
      'name',
      'phone',
      'tier',
      'tier_override',
      'tier_override_until',
      'last_follow_up_on',
      'next_follow_up_on',
      'assigned_at',
    ])
    .where('owner_id', '=', ownerId)
    .where('deleted_at', 'is', null)
    .where('status', '!=', 'lost')
    .execute()
}

/**
 * Follow-ups per customer of an owner within a period: the touches coverage counts, for each live,
 * not lost customer its owner already had on the period's last day — assigned, else created, on
 * or before it (the agenda's reading of "owned since"). Counted per customer as a range of
 * follow_ups_customer_day (customer, day) rather than by a join and GROUP BY: for 100,000
 * customers a third of the time, with no temporary sort; the owned-since test is made here so
 * that the two timestamps of each customer are not read into JS (~60 ms of the team table).
 */
export async function touchesByCustomer(
  db: Kysely<Database>,
  options: { ownerIds: readonly string[]; from: string; to: string },
): Promise<
  {
    customerId: string
    ownerId: string
    tier: string
    override: string | null
    until: string | null
    touches: number
  }[]
> {
  if (options.ownerIds.length === 0) return []
  const rows = await db
    .selectFrom('customers')
    .select((eb) => [
      'customers.id',
      'customers.owner_id',
      'customers.tier',
      'customers.tier_override',
      'customers.tier_override_until',
      eb
        .selectFrom('follow_ups')
        .select((f) => f.fn.countAll<number>().as('n'))
        .whereRef('follow_ups.customer_id', '=', 'customers.id')
        .where('follow_ups.deleted_at', 'is', null)
        .where('follow_ups.happened_on', '>=', options.from)
        .where('follow_ups.happened_on', '<=', options.to)
        .as('touches'),
    ])
    .where('customers.owner_id', 'in', options.ownerIds)
    .where('customers.deleted_at', 'is', null)
    .where('customers.status', '!=', 'lost')
    // Instants are ISO strings: their first ten characters are the day.
    .where(
      sql<string>`substr(coalesce(customers.assigned_at, customers.created_at), 1, 10)`,
      '<=',
      options.to,
    )
    .execute()
  return rows.map((r) => ({
    customerId: r.id,
    ownerId: r.owner_id as string,
    tier: r.tier,
    override: r.tier_override,
    until: r.tier_override_until,
    touches: Number(r.touches),
  }))
}
