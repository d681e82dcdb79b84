import { sql, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely'
import type { OwnerScope } from './customers.repo'
import { insertBulk } from './insert-bulk'
import type { Database, OpportunityStageChangeTable, OpportunityTable } from './schema'

export type OpportunityRecord = {
  id: string
  customerId: string
  customerName: string
  ownerId: string
  ownerName: string
  title: string
  amountMinor: number
  expectedOn: string
  stage: string
  highestStage: string
  lostAtStage: string | null
  lossReason: string | null
  lostNote: string | null
  closedOn: string | null
  note: string | null
  version: number
  createdAt: string
  updatedAt: string
}

const baseQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('opportunities')
    .innerJoin('customers', 'customers.id', 'opportunities.customer_id')
    .innerJoin('users', 'users.id', 'opportunities.owner_id')
    .selectAll('opportunities')
    .select(['customers.name as customer_name', 'users.name as owner_name'])
    .where('opportunities.deleted_at', 'is', null)

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>

const toOpportunity = (r: Row): OpportunityRecord => ({
  id: r.id,
  customerId: r.customer_id,
  customerName: r.customer_name,
  ownerId: r.owner_id,
  ownerName: r.owner_name,
  title: r.title,
  amountMinor: Number(r.amount_minor),
  expectedOn: r.expected_on,
  stage: r.stage,
  highestStage: r.highest_stage,
  lostAtStage: r.lost_at_stage,
  lossReason: r.lost_reason,
  lostNote: r.lost_note,
  closedOn: r.closed_on,
  note: r.note,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export async function findOpportunity(
  db: Kysely<Database>,
  id: string,
): Promise<OpportunityRecord | undefined> {
  const row = await baseQuery(db).where('opportunities.id', '=', id).executeTakeFirst()
  return row && toOpportunity(row)
}

export type NewOpportunity = Omit<OpportunityTable, 'version' | 'created_at' | 'updated_at' | 'deleted_at'>

export async function insertOpportunity(db: Kysely<Database>, o: NewOpportunity, now: string) {
  await db
    .insertInto('opportunities')
    .values({ ...o, version: 1, created_at: now, updated_at: now })
    .execute()
}

/** Many at once (the demo): one statement per chunk, or one prepared row insert on SQLite. */
export async function insertOpportunitiesBulk(
  db: Kysely<Database>,
  rows: readonly OpportunityTable[],
  changes: readonly OpportunityStageChangeTable[],
) {
  await insertBulk(db, 'opportunities', rows)
  await insertBulk(db, 'opportunity_stage_changes', changes)
}

export type OpportunityChanges = Partial<
  Pick<
    OpportunityTable,
    | 'customer_id'
    | 'owner_id'
    | 'title'
    | 'amount_minor'
    | 'expected_on'
    | 'note'
    | 'stage'
    | 'highest_stage'
    | 'lost_at_stage'
    | 'lost_reason'
    | 'lost_note'
    | 'closed_on'
  >
>

/** Applies changes if the opportunity is still at `version`: of two people moving one card, one wins. */
export async function updateOpportunityRow(
  db: Kysely<Database>,
  id: string,
  version: number,
  changes: OpportunityChanges,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('opportunities')
    .set({ ...changes, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function insertStageChange(db: Kysely<Database>, change: OpportunityStageChangeTable) {
  await db.insertInto('opportunity_stage_changes').values(change).execute()
}

export type StageChangeRecord = {
  id: string
  fromStage: string | null
  toStage: string
  lossReason: string | null
  changedAt: string
  changedOn: string
  actorId: string | null
  actorName: string | null
}

/** An opportunity's stage history, oldest first. */
export async function listStageChanges(
  db: Kysely<Database>,
  opportunityId: string,
): Promise<StageChangeRecord[]> {
  const rows = await db
    .selectFrom('opportunity_stage_changes')
    .leftJoin('users', 'users.id', 'opportunity_stage_changes.actor_id')
    .selectAll('opportunity_stage_changes')
    .select('users.name as actor_name')
    .where('opportunity_stage_changes.opportunity_id', '=', opportunityId)
    .orderBy('opportunity_stage_changes.changed_at')
    .orderBy('opportunity_stage_changes.id')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    fromStage: r.from_stage,
    toStage: r.to_stage,
    lossReason: r.lost_reason,
    changedAt: r.changed_at,
    changedOn: r.changed_on,
    actorId: r.actor_id,
    actorName: r.actor_name,
  }))
}

export type OpportunityFilter = {
  scope: OwnerScope
  ownerId?: string
  customerId?: string
  stage?: string
  /**
   * "Closes in" the period: open ones by their expected date, won and lost ones by the date they
   * closed — the board's period shows what should and what did close then.
   */
  from?: string
  to?: string
}

const OPEN = ['person', 'platform', 'money']
const CLOSED = ['won', 'lost']

function filtered(db: Kysely<Database>, f: OpportunityFilter) {
  let query = baseQuery(db)
  if (f.scope.kind === 'owners') query = query.where('opportunities.owner_id', 'in', f.scope.ownerIds)
  if (f.ownerId) query = query.where('opportunities.owner_id', '=', f.ownerId)
  if (f.customerId) query = query.where('opportunities.customer_id', '=', f.customerId)
  if (f.stage) query = query.where('opportunities.stage', '=', f.stage)
  if (f.from || f.to) query = query.where((eb) => closesIn(eb, f.from, f.to))
  return query
}

function closesIn(
  eb: ExpressionBuilder<Database, 'opportunities'>,
  from: string | undefined,
  to: string | undefined,
) {
  const within = (column: 'opportunities.expected_on' | 'opportunities.closed_on') =>
    eb.and([...(from ? [eb(column, '>=', from)] : []), ...(to ? [eb(column, '<=', to)] : [])])
  return eb.or([
    eb.and([eb('opportunities.stage', 'in', OPEN), within('opportunities.expected_on')]),
    eb.and([eb('opportunities.stage', 'in', CLOSED), within('opportunities.closed_on')]),
  ])
}

/** A page of opportunities by expected date (then id), after the keyset cursor. */
export async function listOpportunityRows(
  db: Kysely<Database>,
  page: OpportunityFilter & { limit: number; after?: { value: string; id: string } },
): Promise<{ rows: OpportunityRecord[]; next: { value: string; id: string } | null }> {
  if (page.scope.kind === 'owners' && page.scope.ownerIds.length === 0) return { rows: [], next: null }
  let query = filtered(db, page)
    .orderBy('opportunities.expected_on')
    .orderBy('opportunities.id')
    .limit(page.limit + 1)
  if (page.after)
    query = query.where(
      sql<SqlBool>`(opportunities.expected_on, opportunities.id) > (${page.after.value}, ${page.after.id})`,
    )
  const rows = await query.execute()
  const shown = rows.slice(0, page.limit)
  const last = shown[shown.length - 1]
  return {
    rows: shown.map(toOpportunity),
    next: rows.length > page.limit && last ? { value: last.expected_on, id: last.id } : null,
  }
}

/** Per stage: how many opportunities and their total, over everything the filter matches. */
export async function stageTotals(
  db: Kysely<Database>,
  f: OpportunityFilter,
): Promise<{ stage: string; count: number; amountMinor: number }[]> {
  if (f.scope.kind === 'owners' && f.scope.ownerIds.length === 0) return []
  const rows = await filtered(db, f)
    .clearSelect()
    .select((eb) => [
      'opportunities.stage',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('opportunities.amount_minor').as('amount'),
    ])
    .groupBy('opportunities.stage')
    .execute()
  return rows.map((r) => ({ stage: r.stage, count: Number(r.n), amountMinor: Number(r.amount ?? 0) }))
}

/**
 * The first `limit` cards of one board column: open ones soonest expected first, closed ones
 * latest closed first.
 */
export async function listStageCards(
  db: Kysely<Database>,
  f: OpportunityFilter & { stage: string; limit: number },
): Promise<OpportunityRecord[]> {
  if (f.scope.kind === 'owners' && f.scope.ownerIds.length === 0) return []
  const closed = CLOSED.includes(f.stage)
  const rows = await filtered(db, f)
    .orderBy(closed ? 'opportunities.closed_on' : 'opportunities.expected_on', closed ? 'desc' : 'asc')
    .orderBy('opportunities.id')
    .limit(f.limit)
    .execute()
  return rows.map(toOpportunity)
}

export type ClosedGroupRow = {
  ownerId: string
  ownerName: string
  stage: string
  highestStage: string
  lostAtStage: string | null
  lossReason: string | null
  month: string
  count: number
  amountMinor: number
}

/** Opportunities closed in [from, to], counted per owner, outcome, hurdles, reason and month. */
export async function closedGroups(
  db: Kysely<Database>,
  f: { scope: OwnerScope; ownerId?: string; from: string; to: string },
): Promise<ClosedGroupRow[]> {
  if (f.scope.kind === 'owners' && f.scope.ownerIds.length === 0) return []
  let query = db
    .selectFrom('opportunities')
    .innerJoin('users', 'users.id', 'opportunities.owner_id')
    .where('opportunities.deleted_at', 'is', null)
    .where('opportunities.stage', 'in', CLOSED)
    .where('opportunities.closed_on', '>=', f.from)
    .where('opportunities.closed_on', '<=', f.to)
  if (f.scope.kind === 'owners') query = query.where('opportunities.owner_id', 'in', f.scope.ownerIds)
  if (f.ownerId) query = query.where('opportunities.owner_id', '=', f.ownerId)
  const month = sql<string>`substr(opportunities.closed_on, 1, 7)`
  const rows = await query
    .select((eb) => [
      'opportunities.owner_id',
      'users.name as owner_name',
      'opportunities.stage',
      'opportunities.highest_stage',
      'opportunities.lost_at_stage',
      'opportunities.lost_reason',
      month.as('month'),
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('opportunities.amount_minor').as('amount'),
    ])
    .groupBy([
      'opportunities.owner_id',
      'users.name',
      'opportunities.stage',
      'opportunities.highest_stage',
      'opportunities.lost_at_stage',
      'opportunities.lost_reason',
      month,
    ])
    .execute()
  return rows.map((r) => ({
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    stage: r.stage,
    highestStage: r.highest_stage,
    lostAtStage: r.lost_at_stage,
    lossReason: r.lost_reason,
    month: r.month,
    count: Number(r.n),
    amountMinor: Number(r.amount ?? 0),
  }))
}
