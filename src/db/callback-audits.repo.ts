import { sql, type Kysely } from 'kysely'
import { insertBulk } from './insert-bulk'
import type { Database } from './schema'

/** What reps recorded in a period that a draw may sample (DOMAIN.md "Callback audits"). */
export type AuditableRow = {
  kind: 'follow_up' | 'visit'
  id: string
  repId: string
  customerId: string
  on: string
}

/**
 * The population of a draw: each rep's follow-up records of the period (not deleted), and their
 * visits checked in and not yet reviewed (a reviewed visit has made a follow-up record, which is
 * counted already — ../helpers/VISITS_TABLE.md). Records of deleted customers cannot be called.
 */
export async function listAuditableRecords(
  db: Kysely<Database>,
  period: { from: string; to: string },
): Promise<AuditableRow[]> {
  const followUps = await db
    .selectFrom('follow_ups')
    .innerJoin('customers', 'customers.id', 'follow_ups.customer_id')
    .select(['follow_ups.id', 'follow_ups.rep_id', 'follow_ups.customer_id', 'follow_ups.happened_on'])
    .where('follow_ups.deleted_at', 'is', null)
    .where('customers.deleted_at', 'is', null)
    .where('follow_ups.happened_on', '>=', period.from)
    .where('follow_ups.happened_on', '<=', period.to)
    .execute()
  const visits = await db
    .selectFrom('visits')
    .innerJoin('customers', 'customers.id', 'visits.customer_id')
    .select(['visits.id', 'visits.rep_id', 'visits.customer_id', 'visits.starts_on'])
    .where('visits.status', '=', 'checked_in')
    .where('visits.follow_up_id', 'is', null)
    .where('customers.deleted_at', 'is', null)
    .where('visits.starts_on', '>=', period.from)
    .where('visits.starts_on', '<=', period.to)
    .execute()
  return [
    ...followUps.map((r) => ({
      kind: 'follow_up' as const,
      id: r.id,
      repId: r.rep_id,
      customerId: r.customer_id,
      on: r.happened_on,
    })),
    ...visits.map((r) => ({
      kind: 'visit' as const,
      id: r.id,
      repId: r.rep_id,
      customerId: r.customer_id,
      on: r.starts_on,
    })),
  ]
}

/** Calls that keep a customer out of a new draw: made on or after `since`, or still to be made. */
export async function listRecentCalls(
  db: Kysely<Database>,
  since: string,
): Promise<{ customerId: string; calledOn: string | null }[]> {
  const rows = await db
    .selectFrom('callback_audit_items')
    .select(['customer_id', 'called_on'])
    .where((eb) => eb.or([eb('called_on', '>=', since), eb('result', 'is', null)]))
    .execute()
  return rows.map((r) => ({ customerId: r.customer_id, calledOn: r.called_on }))
}

export type NewDraw = {
  id: string
  from: string
  to: string
  rule: 'share' | 'count'
  shareBp: number | null
  countPerRep: number | null
  seed: number
  excludedSince: string
  population: number
  actorId: string | null
  reps: { repId: string; recorded: number; eligible: number; quota: number; drawn: number }[]
  items: { id: string; repId: string; customerId: string; kind: string; recordId: string; on: string }[]
}

export async function insertDraw(db: Kysely<Database>, draw: NewDraw, now: string): Promise<void> {
  await db
    .insertInto('callback_audit_draws')
    .values({
      id: draw.id,
      period_from: draw.from,
      period_to: draw.to,
      rule: draw.rule,
      share_bp: draw.shareBp,
      count_per_rep: draw.countPerRep,
      seed: draw.seed,
      excluded_since: draw.excludedSince,
      population: draw.population,
      sampled: draw.items.length,
      actor_id: draw.actorId,
      created_at: now,
    })
    .execute()
  await insertBulk(
    db,
    'callback_audit_reps',
    draw.reps.map((r) => ({
      draw_id: draw.id,
      rep_id: r.repId,
      recorded: r.recorded,
      eligible: r.eligible,
      quota: r.quota,
      drawn: r.drawn,
    })),
  )
  await insertBulk(
    db,
    'callback_audit_items',
    draw.items.map((item, position) => ({
      id: item.id,
      draw_id: draw.id,
      position,
      rep_id: item.repId,
      customer_id: item.customerId,
      record_kind: item.kind,
      record_id: item.recordId,
      record_on: item.on,
      result: null,
      satisfaction: null,
      note: null,
      called_on: null,
      called_by: null,
      version: 1,
      created_at: now,
      updated_at: now,
    })),
  )
}

export type DrawRecord = {
  id: string
  from: string
  to: string
  rule: 'share' | 'count'
  shareBp: number | null
  countPerRep: number | null
  seed: number
  excludedSince: string
  population: number
  sampled: number
  actorName: string | null
  createdAt: string
}

const drawQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('callback_audit_draws as d')
    .leftJoin('users', 'users.id', 'd.actor_id')
    .select([
      'd.id',
      'd.period_from',
      'd.period_to',
      'd.rule',
      'd.share_bp',
      'd.count_per_rep',
      'd.seed',
      'd.excluded_since',
      'd.population',
      'd.sampled',
      'users.name as actor_name',
      'd.created_at',
    ])

type DrawRow = Awaited<ReturnType<ReturnType<typeof drawQuery>['executeTakeFirstOrThrow']>>

const toDraw = (r: DrawRow): DrawRecord => ({
  id: r.id,
  from: r.period_from,
  to: r.period_to,
  rule: r.rule as DrawRecord['rule'],
  shareBp: r.share_bp === null ? null : Number(r.share_bp),
  countPerRep: r.count_per_rep === null ? null : Number(r.count_per_rep),
  seed: Number(r.seed),
  excludedSince: r.excluded_since,
  population: Number(r.population),
  sampled: Number(r.sampled),
  actorName: r.actor_name,
  createdAt: r.created_at,
})

/** Draws, newest first. */
export async function listDrawRows(db: Kysely<Database>, limit: number): Promise<DrawRecord[]> {
  const rows = await drawQuery(db)
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(limit)
    .execute()
  return rows.map(toDraw)
}

export async function findDraw(db: Kysely<Database>, id: string): Promise<DrawRecord | undefined> {
  const row = await drawQuery(db).where('d.id', '=', id).executeTakeFirst()
  return row && toDraw(row)
}

/** Each rep's line of a draw, by rep name; only `repIds` when given. */
export async function listDrawReps(db: Kysely<Database>, drawId: string, repIds?: readonly string[]) {
  if (repIds && repIds.length === 0) return []
  let query = db
    .selectFrom('callback_audit_reps as r')
    .innerJoin('users', 'users.id', 'r.rep_id')
    .select(['r.rep_id', 'users.name', 'r.recorded', 'r.eligible', 'r.quota', 'r.drawn'])
    .where('r.draw_id', '=', drawId)
    .orderBy('users.name')
    .orderBy('r.rep_id')
  if (repIds) query = query.where('r.rep_id', 'in', repIds)
  return (await query.execute()).map((r) => ({
    repId: r.rep_id,
    repName: r.name,
    recorded: Number(r.recorded),
    eligible: Number(r.eligible),
    quota: Number(r.quota),
    drawn: Number(r.drawn),
  }))
}

export type ItemRecord = {
  id: string
  drawId: string
  position: number
  repId: string
  repName: string
  customerId: string
  customerName: string
  customerPhone: string | null
  recordKind: 'follow_up' | 'visit'
  recordId: string
  recordOn: string
  recordAt: string | null
  channel: string | null
  durationMinutes: number | null
  summary: string | null
  outcome: string | null
  nextStep: string | null
  visitEndsAt: string | null
  place: string | null
  result: string | null
  satisfaction: number | null
  note: string | null
  calledOn: string | null
  calledByName: string | null
  version: number
}

export type ItemFilter = {
  drawId?: string
  /** Only the items of these reps (a manager's tree, a rep themselves). */
  repIds?: readonly string[]
  /** Only items with a result: what managers and reps may see (no tip-off before the call). */
  calledOnly?: boolean
  /** The record's date within a period. */
  from?: string
  to?: string
  recordId?: string
}

/** Sampled items with what the rep claimed and the customer to call, in draw order. */
export async function listItemRows(db: Kysely<Database>, filter: ItemFilter): Promise<ItemRecord[]> {
  if (filter.repIds && filter.repIds.length === 0) return []
  let query = db
    .selectFrom('callback_audit_items as i')
    .innerJoin('customers', 'customers.id', 'i.customer_id')
    .innerJoin('users as rep', 'rep.id', 'i.rep_id')
    .leftJoin('users as caller', 'caller.id', 'i.called_by')
    .leftJoin('follow_ups', (join) =>
      join.onRef('follow_ups.id', '=', 'i.record_id').on('i.record_kind', '=', 'follow_up'),
    )
    .leftJoin('visits', (join) =>
      join.onRef('visits.id', '=', 'i.record_id').on('i.record_kind', '=', 'visit'),
    )
    .select([
      'i.id',
      'i.draw_id',
      'i.position',
      'i.rep_id',
      'rep.name as rep_name',
      'i.customer_id',
      'customers.name as customer_name',
      'customers.phone as customer_phone',
      'i.record_kind',
      'i.record_id',
      'i.record_on',
      'follow_ups.happened_at',
      'follow_ups.channel',
      'follow_ups.duration_minutes',
      'follow_ups.summary',
      'follow_ups.outcome',
      'follow_ups.next_step',
      'visits.starts_at',
      'visits.ends_at',
      'visits.checked_in_at',
      'visits.place',
      'visits.check_in_place',
      'i.result',
      'i.satisfaction',
      'i.note',
      'i.called_on',
      'caller.name as caller_name',
      'i.version',
    ])
    .orderBy('i.draw_id', 'desc')
    .orderBy('i.position')
  if (filter.drawId) query = query.where('i.draw_id', '=', filter.drawId)
  if (filter.repIds) query = query.where('i.rep_id', 'in', filter.repIds)
  if (filter.calledOnly) query = query.where('i.result', 'is not', null)
  if (filter.from) query = query.where('i.record_on', '>=', filter.from)
  if (filter.to) query = query.where('i.record_on', '<=', filter.to)
  if (filter.recordId) query = query.where('i.record_id', '=', filter.recordId)
  const rows = await query.execute()
  return rows.map((r) => ({
    id: r.id,
    drawId: r.draw_id,
    position: Number(r.position),
    repId: r.rep_id,
    repName: r.rep_name,
    customerId: r.customer_id,
    customerName: r.customer_name,
    customerPhone: r.customer_phone,
    recordKind: r.record_kind as ItemRecord['recordKind'],
    recordId: r.record_id,
    recordOn: r.record_on,
    recordAt: r.happened_at ?? r.checked_in_at ?? r.starts_at,
    channel: r.channel,
    durationMinutes: r.duration_minutes === null ? null : Number(r.duration_minutes),
    summary: r.summary,
    outcome: r.outcome,
    nextStep: r.next_step,
    visitEndsAt: r.ends_at,
    place: r.check_in_place ?? r.place,
    result: r.result,
    satisfaction: r.satisfaction === null ? null : Number(r.satisfaction),
    note: r.note,
    calledOn: r.called_on,
    calledByName: r.caller_name,
    version: Number(r.version),
  }))
}

/** The contacts of customers, to call when the customer's own number does not answer. */
export async function listContactPhones(db: Kysely<Database>, customerIds: readonly string[]) {
  if (customerIds.length === 0) return []
  const rows = []
  for (let i = 0; i < customerIds.length; i += 500)
    rows.push(
      ...(await db
        .selectFrom('contacts')
        .select(['customer_id', 'name', 'title', 'phone'])
        .where('customer_id', 'in', customerIds.slice(i, i + 500))
        .orderBy('customer_id')
        .orderBy('position')
        .execute()),
    )
  return rows.map((r) => ({ customerId: r.customer_id, name: r.name, title: r.title, phone: r.phone }))
}

/** The objectives a visit was planned with: what the rep claims to have gone for. */
export async function listVisitObjectives(db: Kysely<Database>, visitIds: readonly string[]) {
  if (visitIds.length === 0) return []
  const rows = []
  for (let i = 0; i < visitIds.length; i += 500)
    rows.push(
      ...(await db
        .selectFrom('visit_objectives')
        .select(['visit_id', 'kind', 'text'])
        .where('visit_id', 'in', visitIds.slice(i, i + 500))
        .orderBy('visit_id')
        .orderBy('position')
        .execute()),
    )
  return rows.map((r) => ({ visitId: r.visit_id, kind: r.kind, text: r.text }))
}

/** Records a call's result, if the item is still at `version`; the number of rows changed (0 or 1). */
export async function updateItemResult(
  db: Kysely<Database>,
  id: string,
  version: number,
  fields: {
    result: string
    satisfaction: number | null
    note: string | null
    calledOn: string
    calledBy: string
  },
  now: string,
): Promise<number> {
  const updated = await db
    .updateTable('callback_audit_items')
    .set({
      result: fields.result,
      satisfaction: fields.satisfaction,
      note: fields.note,
      called_on: fields.calledOn,
      called_by: fields.calledBy,
      version: version + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(updated.numUpdatedRows)
}

/** The results counted per draw: how far the auditor is. */
export async function countCalledByDraw(db: Kysely<Database>, drawIds: readonly string[]) {
  if (drawIds.length === 0) return new Map<string, { called: number; discrepancies: number }>()
  const rows = await db
    .selectFrom('callback_audit_items')
    .select((eb) => [
      'draw_id',
      eb.fn.count<number>('result').as('called'),
      eb.fn.sum<number>(sql`case when result = 'discrepancy' then 1 else 0 end`).as('discrepancies'),
    ])
    .where('draw_id', 'in', drawIds)
    .groupBy('draw_id')
    .execute()
  return new Map(
    rows.map((r) => [r.draw_id, { called: Number(r.called), discrepancies: Number(r.discrepancies ?? 0) }]),
  )
}
