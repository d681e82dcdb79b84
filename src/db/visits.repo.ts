import { sql, type Kysely, type SqlBool } from 'kysely'
import type { OwnerScope } from './customers.repo'
import { insertBulk } from './insert-bulk'
import type { Database } from './schema'

/** A visit row with its customer's and rep's names. */
export type VisitRecord = {
  id: string
  customerId: string
  customerName: string
  customerOwnerId: string | null
  repId: string
  repName: string
  startsAt: string
  endsAt: string
  startsOn: string
  place: string | null
  status: string
  contactIds: string[]
  whyThisTime: string | null
  checkedInAt: string | null
  checkInPlace: string | null
  reviewedAt: string | null
  customerView: string | null
  toImprove: string | null
  followUpId: string | null
  cancelledAt: string | null
  cancelReason: string | null
  version: number
  createdAt: string
  updatedAt: string
}

const baseQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('visits')
    .innerJoin('customers', 'customers.id', 'visits.customer_id')
    .innerJoin('users', 'users.id', 'visits.rep_id')
    .selectAll('visits')
    .select([
      'customers.name as customer_name',
      'customers.owner_id as customer_owner_id',
      'users.name as rep_name',
    ])

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>

const toVisit = (r: Row): VisitRecord => ({
  id: r.id,
  customerId: r.customer_id,
  customerName: r.customer_name,
  customerOwnerId: r.customer_owner_id,
  repId: r.rep_id,
  repName: r.rep_name,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  startsOn: r.starts_on,
  place: r.place,
  status: r.status,
  contactIds: JSON.parse(r.contact_ids) as string[],
  whyThisTime: r.why_this_time,
  checkedInAt: r.checked_in_at,
  checkInPlace: r.check_in_place,
  reviewedAt: r.reviewed_at,
  customerView: r.customer_view,
  toImprove: r.to_improve,
  followUpId: r.follow_up_id,
  cancelledAt: r.cancelled_at,
  cancelReason: r.cancel_reason,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export async function findVisit(db: Kysely<Database>, id: string): Promise<VisitRecord | undefined> {
  const row = await baseQuery(db).where('visits.id', '=', id).executeTakeFirst()
  return row && toVisit(row)
}

export type VisitPlanParts = {
  objectives: { id: string; kind: string; text: string }[]
  objections: { id: string; objection: string; response: string }[]
  materials: { id: string; text: string }[]
  fabItems: { id: string; feature: string | null; advantage: string | null; benefit: string }[]
}

export type NewVisit = {
  id: string
  customerId: string
  repId: string
  startsAt: string
  endsAt: string
  startsOn: string
  place: string | null
  contactIds: string[]
  whyThisTime: string | null
  createdBy: string | null
}

export async function insertVisit(db: Kysely<Database>, v: NewVisit, now: string, status = 'planned') {
  await db
    .insertInto('visits')
    .values({
      id: v.id,
      customer_id: v.customerId,
      rep_id: v.repId,
      starts_at: v.startsAt,
      ends_at: v.endsAt,
      starts_on: v.startsOn,
      place: v.place,
      status,
      contact_ids: JSON.stringify(v.contactIds),
      why_this_time: v.whyThisTime,
      checked_in_at: null,
      check_in_place: null,
      reviewed_at: null,
      customer_view: null,
      to_improve: null,
      follow_up_id: null,
      cancelled_at: null,
      cancel_reason: null,
      missed_at: null,
      created_by: v.createdBy,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute()
}

/** The plan's lists, replaced whole (a plan is edited as one form). */
export async function replacePlanParts(db: Kysely<Database>, visitId: string, parts: VisitPlanParts) {
  await db.deleteFrom('visit_objectives').where('visit_id', '=', visitId).execute()
  await db.deleteFrom('visit_objections').where('visit_id', '=', visitId).execute()
  await db.deleteFrom('visit_materials').where('visit_id', '=', visitId).execute()
  await db.deleteFrom('visit_fab_items').where('visit_id', '=', visitId).execute()
  const at = <T>(list: T[]) => list.map((item, position) => ({ ...item, visit_id: visitId, position }))
  await insertBulk(
    db,
    'visit_objectives',
    at(parts.objectives).map((o) => ({ ...o, result: null, reason: null })),
  )
  await insertBulk(db, 'visit_objections', at(parts.objections))
  await insertBulk(db, 'visit_materials', at(parts.materials))
  await insertBulk(db, 'visit_fab_items', at(parts.fabItems))
}

export async function loadPlanParts(db: Kysely<Database>, visitId: string) {
  const [objectives, objections, materials, fabItems] = await Promise.all([
    db
      .selectFrom('visit_objectives')
      .select(['id', 'kind', 'text', 'result', 'reason'])
      .where('visit_id', '=', visitId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('visit_objections')
      .select(['id', 'objection', 'response'])
      .where('visit_id', '=', visitId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('visit_materials')
      .select(['text'])
      .where('visit_id', '=', visitId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('visit_fab_items')
      .select(['id', 'feature', 'advantage', 'benefit'])
      .where('visit_id', '=', visitId)
      .orderBy('position')
      .execute(),
  ])
  return { objectives, objections, materials: materials.map((m) => m.text), fabItems }
}

export type VisitChanges = Partial<{
  startsAt: string
  endsAt: string
  startsOn: string
  place: string | null
  contactIds: string[]
  whyThisTime: string | null
  status: string
  checkedInAt: string
  checkInPlace: string | null
  reviewedAt: string
  customerView: string | null
  toImprove: string | null
  followUpId: string
  cancelledAt: string
  cancelReason: string | null
}>

/** Changes a visit if it is still at `version`; false when someone saved in between. */
export async function updateVisitRow(
  db: Kysely<Database>,
  id: string,
  version: number,
  changes: VisitChanges,
  now: string,
): Promise<boolean> {
  const c = changes
  const result = await db
    .updateTable('visits')
    .set({
      ...(c.startsAt !== undefined && { starts_at: c.startsAt }),
      ...(c.endsAt !== undefined && { ends_at: c.endsAt }),
      ...(c.startsOn !== undefined && { starts_on: c.startsOn }),
      ...(c.place !== undefined && { place: c.place }),
      ...(c.contactIds !== undefined && { contact_ids: JSON.stringify(c.contactIds) }),
      ...(c.whyThisTime !== undefined && { why_this_time: c.whyThisTime }),
      ...(c.status !== undefined && { status: c.status }),
      ...(c.checkedInAt !== undefined && { checked_in_at: c.checkedInAt }),
      ...(c.checkInPlace !== undefined && { check_in_place: c.checkInPlace }),
      ...(c.reviewedAt !== undefined && { reviewed_at: c.reviewedAt }),
      ...(c.customerView !== undefined && { customer_view: c.customerView }),
      ...(c.toImprove !== undefined && { to_improve: c.toImprove }),
      ...(c.followUpId !== undefined && { follow_up_id: c.followUpId }),
      ...(c.cancelledAt !== undefined && { cancelled_at: c.cancelledAt }),
      ...(c.cancelReason !== undefined && { cancel_reason: c.cancelReason }),
      version: version + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function setObjectiveResults(
  db: Kysely<Database>,
  visitId: string,
  results: readonly { id: string; result: string; reason: string | null }[],
) {
  for (const r of results)
    await db
      .updateTable('visit_objectives')
      .set({ result: r.result, reason: r.reason })
      .where('id', '=', r.id)
      .where('visit_id', '=', visitId)
      .execute()
}

/**
 * Marks missed the plans whose end has passed unchecked (DOMAIN.md: a plan not checked in by its end
 * is missed); returns their ids. Idempotent: a second run finds none.
 */
export async function markMissed(db: Kysely<Database>, now: string): Promise<string[]> {
  const rows = await db
    .updateTable('visits')
    .set({ status: 'missed', missed_at: now, version: sql`version + 1`, updated_at: now })
    .where('status', '=', 'planned')
    .where('ends_at', '<=', now)
    .returning('id')
    .execute()
  return rows.map((r) => r.id)
}

/** The visit's status as of now in SQL: the same rule as core/visits/visit-status.ts effectiveStatus. */
const statusIs = (status: string, now: string) => {
  if (status === 'missed')
    return sql<SqlBool>`(visits.status = 'missed' or (visits.status = 'planned' and visits.ends_at <= ${now}))`
  if (status === 'planned') return sql<SqlBool>`(visits.status = 'planned' and visits.ends_at > ${now})`
  return sql<SqlBool>`visits.status = ${status}`
}

export type VisitListRow = VisitRecord & { objectives: number; achieved: number }

/**
 * Visits of the reps in `scope` (DOMAIN.md "People and visibility": a rep's own, a manager's tree),
 * a page at a time on (starts_at, id): upcoming soonest first, otherwise latest first.
 */
export async function listVisitRows(
  db: Kysely<Database>,
  page: {
    scope: OwnerScope
    now: string
    repId?: string
    customerId?: string
    status?: string
    when?: 'upcoming' | 'past'
    from?: string
    to?: string
    limit: number
    after?: { value: string; id: string }
  },
): Promise<{ rows: VisitListRow[]; next: { value: string; id: string } | null }> {
  const ascending = page.when === 'upcoming'
  const direction = ascending ? 'asc' : 'desc'
  let query = baseQuery(db)
    .select((eb) => [
      eb
        .selectFrom('visit_objectives')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('visit_objectives.visit_id', '=', 'visits.id')
        .as('objective_count'),
      eb
        .selectFrom('visit_objectives')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('visit_objectives.visit_id', '=', 'visits.id')
        .where('visit_objectives.result', '=', 'yes')
        .as('achieved_count'),
    ])
    .orderBy('visits.starts_at', direction)
    .orderBy('visits.id', direction)
    .limit(page.limit + 1)
  if (page.scope.kind === 'owners')
    query = page.scope.ownerIds.length
      ? query.where('visits.rep_id', 'in', page.scope.ownerIds)
      : query.where(sql<SqlBool>`1 = 0`)
  if (page.repId) query = query.where('visits.rep_id', '=', page.repId)
  if (page.customerId) query = query.where('visits.customer_id', '=', page.customerId)
  if (page.status) query = query.where(statusIs(page.status, page.now))
  if (page.when === 'upcoming') query = query.where('visits.ends_at', '>', page.now)
  if (page.when === 'past') query = query.where('visits.ends_at', '<=', page.now)
  if (page.from) query = query.where('visits.starts_on', '>=', page.from)
  if (page.to) query = query.where('visits.starts_on', '<=', page.to)
  if (page.after)
    query = query.where(
      ascending
        ? sql<SqlBool>`(visits.starts_at, visits.id) > (${page.after.value}, ${page.after.id})`
        : sql<SqlBool>`(visits.starts_at, visits.id) < (${page.after.value}, ${page.after.id})`,
    )
  const rows = await query.execute()
  const shown = rows.slice(0, page.limit)
  const last = shown[shown.length - 1]
  return {
    rows: shown.map((r) => ({
      ...toVisit(r),
      objectives: Number(r.objective_count ?? 0),
      achieved: Number(r.achieved_count ?? 0),
    })),
    next: rows.length > page.limit && last ? { value: last.starts_at, id: last.id } : null,
  }
}

export type VisitActionRecord = {
  id: string
  visitId: string
  customerId: string
  customerName: string
  repId: string
  repName: string
  text: string
  dueOn: string
  doneOn: string | null
  doneVisitId: string | null
  /** The day of the visit whose review wrote it. */
  raisedOn: string
  version: number
  createdAt: string
}

const actionQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('visit_actions')
    .innerJoin('customers', 'customers.id', 'visit_actions.customer_id')
    .innerJoin('users', 'users.id', 'visit_actions.rep_id')
    .innerJoin('visits', 'visits.id', 'visit_actions.visit_id')
    .selectAll('visit_actions')
    .select(['customers.name as customer_name', 'users.name as rep_name', 'visits.starts_on as raised_on'])

type ActionRow = Awaited<ReturnType<ReturnType<typeof actionQuery>['executeTakeFirstOrThrow']>>
const toAction = (r: ActionRow): VisitActionRecord => ({
  id: r.id,
  visitId: r.visit_id,
  customerId: r.customer_id,
  customerName: r.customer_name,
  repId: r.rep_id,
  repName: r.rep_name,
  text: r.text,
  dueOn: r.due_on,
  doneOn: r.done_on,
  doneVisitId: r.done_visit_id,
  raisedOn: r.raised_on,
  version: Number(r.version),
  createdAt: r.created_at,
})

export async function insertActions(
  db: Kysely<Database>,
  actions: readonly {
    id: string
    visitId: string
    customerId: string
    repId: string
    text: string
    dueOn: string
  }[],
  now: string,
) {
  await insertBulk(
    db,
    'visit_actions',
    actions.map((a, position) => ({
      id: a.id,
      visit_id: a.visitId,
      customer_id: a.customerId,
      rep_id: a.repId,
      position,
      text: a.text,
      due_on: a.dueOn,
      done_on: null,
      done_visit_id: null,
      version: 1,
      created_at: now,
      updated_at: now,
    })),
  )
}

export async function findAction(db: Kysely<Database>, id: string): Promise<VisitActionRecord | undefined> {
  const row = await actionQuery(db).where('visit_actions.id', '=', id).executeTakeFirst()
  return row && toAction(row)
}

/** Improvement actions, by the visit that wrote them, by customer, or by the reps in scope. */
export async function listActionRows(
  db: Kysely<Database>,
  filter: {
    scope?: OwnerScope
    visitId?: string
    customerId?: string
    repId?: string
    state?: 'open' | 'done' | 'all'
    /** Only those a visit carries: from visits that started before it, open or finished at it. */
    carriedInto?: { id: string; startsAt: string }
    limit?: number
  },
): Promise<VisitActionRecord[]> {
  let query = actionQuery(db).orderBy('visit_actions.due_on').orderBy('visit_actions.id')
  if (filter.scope?.kind === 'owners')
    query = filter.scope.ownerIds.length
      ? query.where('visit_actions.rep_id', 'in', filter.scope.ownerIds)
      : query.where(sql<SqlBool>`1 = 0`)
  if (filter.visitId) query = query.where('visit_actions.visit_id', '=', filter.visitId)
  if (filter.customerId) query = query.where('visit_actions.customer_id', '=', filter.customerId)
  if (filter.repId) query = query.where('visit_actions.rep_id', '=', filter.repId)
  if (filter.state === 'open') query = query.where('visit_actions.done_on', 'is', null)
  if (filter.state === 'done') query = query.where('visit_actions.done_on', 'is not', null)
  if (filter.carriedInto) {
    const into = filter.carriedInto
    query = query
      .where('visit_actions.visit_id', '!=', into.id)
      .where('visits.starts_at', '<', into.startsAt)
      .where((eb) =>
        eb.or([eb('visit_actions.done_on', 'is', null), eb('visit_actions.done_visit_id', '=', into.id)]),
      )
  }
  if (filter.limit) query = query.limit(filter.limit)
  return (await query.execute()).map(toAction)
}

/** Marks an improvement action done if still at `version` (and not done); false otherwise. */
export async function markActionDone(
  db: Kysely<Database>,
  id: string,
  doneOn: string,
  doneVisitId: string | null,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('visit_actions')
    .set({ done_on: doneOn, done_visit_id: doneVisitId, version: sql`version + 1`, updated_at: now })
    .where('id', '=', id)
    .where('done_on', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export type VisitIssueRecord = {
  id: string
  visitId: string
  customerId: string
  raisedOn: string
  text: string
  resolvedVisitId: string | null
  resolvedOn: string | null
  resolution: string | null
}

const issueQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('visit_issues')
    .innerJoin('visits', 'visits.id', 'visit_issues.visit_id')
    .select([
      'visit_issues.id',
      'visit_issues.visit_id',
      'visit_issues.customer_id',
      'visits.starts_on as raised_on',
      'visit_issues.text',
      'visit_issues.resolved_visit_id',
      'visit_issues.resolved_on',
      'visit_issues.resolution',
    ])
    .orderBy('visit_issues.created_at')
    .orderBy('visit_issues.position')

export async function insertIssues(
  db: Kysely<Database>,
  issues: readonly { id: string; visitId: string; customerId: string; text: string }[],
  now: string,
) {
  await insertBulk(
    db,
    'visit_issues',
    issues.map((i, position) => ({
      id: i.id,
      visit_id: i.visitId,
      customer_id: i.customerId,
      position,
      text: i.text,
      resolved_visit_id: null,
      resolved_on: null,
      resolution: null,
      created_at: now,
    })),
  )
}

/** Open issues: those a visit raised, or those carried into it (open, or resolved at it). */
export async function listIssueRows(
  db: Kysely<Database>,
  filter: {
    visitId?: string
    customerId?: string
    carriedInto?: { id: string; startsAt: string }
    open?: boolean
  },
): Promise<VisitIssueRecord[]> {
  let query = issueQuery(db)
  if (filter.visitId) query = query.where('visit_issues.visit_id', '=', filter.visitId)
  if (filter.customerId) query = query.where('visit_issues.customer_id', '=', filter.customerId)
  if (filter.open) query = query.where('visit_issues.resolved_visit_id', 'is', null)
  if (filter.carriedInto) {
    const into = filter.carriedInto
    query = query
      .where('visit_issues.visit_id', '!=', into.id)
      .where('visits.starts_at', '<', into.startsAt)
      .where((eb) =>
        eb.or([
          eb('visit_issues.resolved_visit_id', 'is', null),
          eb('visit_issues.resolved_visit_id', '=', into.id),
        ]),
      )
  }
  const rows = await query.execute()
  return rows.map((r) => ({
    id: r.id,
    visitId: r.visit_id,
    customerId: r.customer_id,
    raisedOn: r.raised_on,
    text: r.text,
    resolvedVisitId: r.resolved_visit_id,
    resolvedOn: r.resolved_on,
    resolution: r.resolution,
  }))
}

export async function resolveIssue(
  db: Kysely<Database>,
  id: string,
  visitId: string,
  resolvedOn: string,
  resolution: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('visit_issues')
    .set({ resolved_visit_id: visitId, resolved_on: resolvedOn, resolution })
    .where('id', '=', id)
    .where('resolved_visit_id', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** What the metrics count: the reps' visits starting in the period, with their objectives' results. */
export async function visitsForMetrics(
  db: Kysely<Database>,
  repIds: readonly string[],
  from: string,
  to: string,
) {
  if (repIds.length === 0) return []
  const visits = await db
    .selectFrom('visits')
    .select(['id', 'rep_id', 'status', 'ends_at', 'checked_in_at', 'reviewed_at'])
    .where('rep_id', 'in', repIds)
    .where('starts_on', '>=', from)
    .where('starts_on', '<=', to)
    .execute()
  const objectives = await db
    .selectFrom('visit_objectives')
    .innerJoin('visits', 'visits.id', 'visit_objectives.visit_id')
    .select(['visit_objectives.visit_id', 'visit_objectives.result'])
    .where('visits.rep_id', 'in', repIds)
    .where('visits.starts_on', '>=', from)
    .where('visits.starts_on', '<=', to)
    .execute()
  const byVisit = new Map<string, { result: string | null }[]>()
  for (const o of objectives)
    byVisit.set(o.visit_id, [...(byVisit.get(o.visit_id) ?? []), { result: o.result }])
  return visits.map((v) => ({
    repId: v.rep_id,
    status: v.status,
    endsAt: v.ends_at,
    checkedInAt: v.checked_in_at,
    reviewedAt: v.reviewed_at,
    objectives: byVisit.get(v.id) ?? [],
  }))
}

/**
 * Visit objectives planned and achieved per rep, over the visits starting in the period, counted
 * as core/visits/visit-metrics.ts counts them: on visits that are over (ended by `now`, or
 * reviewed), cancelled ones aside — a missed visit's objectives are planned and not achieved — and
 * achieved is `yes`. For the team table, which shows only these two: the visits' own rows (65,000
 * a year for 200 reps) cost ~300 ms to read, the counts ~30 ms. Instants are ISO strings in UTC,
 * so `ends_at <= now` compares them as the core compares their times.
 */
export async function objectivesByRep(
  db: Kysely<Database>,
  repIds: readonly string[],
  window: { from: string; to: string; now: string },
): Promise<Map<string, { planned: number; achieved: number }>> {
  if (repIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('visit_objectives')
    .innerJoin('visits', 'visits.id', 'visit_objectives.visit_id')
    .select((eb) => [
      'visits.rep_id',
      eb.fn.countAll<number | string>().as('planned'),
      eb.fn
        .sum<number | string | null>(
          eb.case().when('visit_objectives.result', '=', 'yes').then(1).else(0).end(),
        )
        .as('achieved'),
    ])
    .where('visits.rep_id', 'in', repIds)
    .where('visits.starts_on', '>=', window.from)
    .where('visits.starts_on', '<=', window.to)
    .where('visits.status', '!=', 'cancelled')
    .where((eb) => eb.or([eb('visits.ends_at', '<=', window.now), eb('visits.status', '=', 'reviewed')]))
    .groupBy('visits.rep_id')
    .execute()
  return new Map(
    rows.map((r) => [r.rep_id, { planned: Number(r.planned), achieved: Number(r.achieved ?? 0) }]),
  )
}

/** The reps' improvement actions due in the period. */
export async function actionsForMetrics(
  db: Kysely<Database>,
  repIds: readonly string[],
  from: string,
  to: string,
) {
  if (repIds.length === 0) return []
  const rows = await db
    .selectFrom('visit_actions')
    .select(['rep_id', 'due_on', 'done_on'])
    .where('rep_id', 'in', repIds)
    .where('due_on', '>=', from)
    .where('due_on', '<=', to)
    .execute()
  return rows.map((r) => ({ repId: r.rep_id, dueOn: r.due_on, doneOn: r.done_on }))
}

/** A customer's visits for its timeline, latest first, up to a day. */
export async function visitsOfCustomer(db: Kysely<Database>, customerId: string, limit: number, to?: string) {
  let query = baseQuery(db)
    .where('visits.customer_id', '=', customerId)
    .orderBy('visits.starts_on', 'desc')
    .orderBy('visits.id', 'desc')
    .limit(limit)
  if (to) query = query.where('visits.starts_on', '<=', to)
  return (await query.execute()).map(toVisit)
}

/** The cadence columns a brief shows beside the customer's record. */
export async function customerCadence(db: Kysely<Database>, customerId: string) {
  return db
    .selectFrom('customers')
    .select(['tier', 'tier_override', 'tier_override_until', 'next_follow_up_on'])
    .where('id', '=', customerId)
    .executeTakeFirst()
}

/**
 * A rep's visits that take their time — planned, checked in or reviewed, not missed or cancelled —
 * starting on the days `[from, to]` (visits_rep): busy time for the week's proposals.
 */
export async function busyVisitsOfRep(
  db: Kysely<Database>,
  repId: string,
  days: { from: string; to: string },
) {
  return db
    .selectFrom('visits')
    .select(['customer_id', 'starts_on', 'starts_at', 'ends_at'])
    .where('rep_id', '=', repId)
    .where('starts_on', '>=', days.from)
    .where('starts_on', '<=', days.to)
    .where('status', 'in', ['planned', 'checked_in', 'reviewed'])
    .execute()
}

/**
 * A rep's visits still to make or to review — planned or checked in — starting on the days
 * `[from, to]`, and with `reviewsSince`, the visits checked in from that day on, before `from`, whose
 * review is still owed; in time order, with the customer's name (visits_rep): the agenda's and the
 * calendar feed's visits. A customer in the recycle bin takes its visits with it.
 */
export async function openVisitsOfRep(
  db: Kysely<Database>,
  repId: string,
  days: { from: string; to: string; reviewsSince?: string },
) {
  const { reviewsSince } = days
  const rows = await db
    .selectFrom('visits')
    .innerJoin('customers', 'customers.id', 'visits.customer_id')
    .select([
      'visits.id',
      'visits.customer_id',
      'customers.name as customer_name',
      'visits.starts_on',
      'visits.starts_at',
      'visits.ends_at',
      'visits.place',
      'visits.status',
    ])
    .where('visits.rep_id', '=', repId)
    .where('visits.starts_on', '>=', reviewsSince ?? days.from)
    .where('visits.starts_on', '<=', days.to)
    .where((eb) =>
      eb.or([
        eb.and([
          eb('visits.starts_on', '>=', days.from),
          eb('visits.status', 'in', ['planned', 'checked_in']),
        ]),
        eb('visits.status', '=', 'checked_in'),
      ]),
    )
    .where('customers.deleted_at', 'is', null)
    .orderBy('visits.starts_at')
    .orderBy('visits.id')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    startsOn: r.starts_on,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    place: r.place,
    status: r.status,
  }))
}
