import { AppError } from '../core/app-error'
import { inScope } from '../core/access/customer-access'
import { OWNER_ROLES, type Role } from '../core/access/roles'
import { MEETING_STYLES, PREFERRED_TIMES } from '../core/customers/customer-fields'
import { addDays } from '../core/dates/local-date'
import { localTimeAt } from '../core/dates/local-time'
import { mondayOf } from '../core/follow-ups/iso-weekday'
import { planWeek, type PlanCustomer } from '../core/follow-ups/plan-week'
import { clashingSlot, type PlannedSlot, type PlannedStatus } from '../core/follow-ups/planned-slot'
import { isTier, type Tier } from '../core/follow-ups/tier'
import { parseInput } from '../contracts/parse-input'
import {
  CreateSlotSchema,
  MoveSlotSchema,
  ScheduleQuerySchema,
  type PlannedSlotDto,
  type WeekScheduleDto,
} from '../contracts/schedule'
import { writeAudit } from '../db/audit-log.repo'
import { findCustomer } from '../db/customers.repo'
import {
  findPlannedSlot,
  insertPlannedSlot,
  lockRepCalendar,
  plannedSlotsOfRep,
  updatePlannedSlot,
  type PlannedSlotRecord,
} from '../db/planned-follow-ups.repo'
import { schedulingStateOfOwner, type SchedulingState } from '../db/schedule-customers.repo'
import { findUserById } from '../db/users.repo'
import { busyVisitsOfRep } from '../db/visits.repo'
import { checkVersion, versionLost } from './check-version'
import { inTransaction, nowIso, type ActingUser, type AppContext } from './context'
import { readScope, writeScope } from './customer-scope'
import { dayOrToday } from './follow-ups'
import { loadPolicy } from './follow-up-policy'
import { newId } from './new-id'
import { requireActor } from './require-actor'

/** Who plans a week: reps their own, managers their team's, admins anyone's (finance and auditors do not). */
const PLANNERS: readonly Role[] = ['admin', 'manager', 'rep']

const ENTITY = 'planned_follow_up'

const toDto = (r: PlannedSlotRecord): PlannedSlotDto => ({ ...r, status: r.status as PlannedStatus })
const toCore = (r: PlannedSlotRecord): PlannedSlot & { record: PlannedSlotRecord } => ({
  id: r.id,
  customerId: r.customerId,
  date: r.date,
  start: r.start,
  end: r.end,
  status: r.status as PlannedStatus,
  record: r,
})

const tierOf = (value: string | null): Tier | null => (isTier(value) ? value : null)
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((v) => v === value) ?? null

const toPlanCustomer = (c: SchedulingState): PlanCustomer => ({
  id: c.id,
  name: c.name,
  computedTier: tierOf(c.tier) ?? 'C',
  override: { tier: tierOf(c.tierOverride), until: c.tierOverrideUntil },
  lastFollowUpOn: c.lastFollowUpOn,
  nextFollowUpOn: c.nextFollowUpOn,
  // As the agenda reads it, so that both agree on when a new customer is due.
  assignedOn: c.assignedAt ? c.assignedAt.slice(0, 10) : null,
  preferredWeekdays: c.preferredWeekdays.filter((d) => d >= 1 && d <= 7),
  preferredHoursFrom: c.preferredHoursFrom,
  preferredHoursTo: c.preferredHoursTo,
  preferredTime: oneOf(PREFERRED_TIMES, c.preferredTime),
  meetingStyle: oneOf(MEETING_STYLES, c.meetingStyle),
})

/** The rep whose week it is: the actor, or a rep or manager in the actor's read scope (else 404). */
async function resolveRep(ctx: AppContext, actor: ActingUser, rep?: string) {
  if (!rep && !OWNER_ROLES.includes(actor.role))
    throw new AppError('validation', 'error.validation', {}, [{ path: 'rep', key: 'field.required' }])
  const repId = rep ?? actor.id
  if (!inScope(await readScope(ctx), repId)) throw new AppError('not_found')
  const user = repId === actor.id ? actor : await findUserById(ctx.db, repId)
  if (!user || !OWNER_ROLES.includes(user.role as Role)) throw new AppError('not_found')
  return { id: repId, name: user.name }
}

/**
 * A rep's week (DOMAIN.md "Follow-up cadence", Scheduling; issue 4): a slot proposed for every
 * customer due on or before the week's Sunday, A before B before C, most overdue first, around the
 * rep's planned visits; what cannot be placed, with the reason; and the planned visits. Proposals
 * are computed afresh from the customers and the rules on every read: nothing is written. Visits
 * planned in the visits module are busy time too, and their customers are not proposed again.
 */
export async function proposeWeek(
  ctx: AppContext,
  query: { rep?: string; week?: string },
): Promise<WeekScheduleDto> {
  const actor = requireActor(ctx, PLANNERS)
  const input = parseInput(ScheduleQuerySchema, query)
  const rep = await resolveRep(ctx, actor, input.rep)
  const today = dayOrToday(ctx)
  const now = localTimeAt(ctx.now(), ctx.config.timeZone)
  const weekStart = mondayOf(input.week ?? today)
  const week = { from: weekStart, to: addDays(weekStart, 6) }
  const [policy, customers, slots, visits] = await Promise.all([
    loadPolicy(ctx),
    schedulingStateOfOwner(ctx.db, rep.id),
    plannedSlotsOfRep(ctx.db, rep.id, week),
    busyVisitsOfRep(ctx.db, rep.id, week),
  ])
  const zone = ctx.config.timeZone
  // A visit is planned on one day (contracts/visits.ts): its times on the organisation's clock.
  const localVisits = visits.map((v) => ({
    customerId: v.customer_id,
    date: v.starts_on,
    start: localTimeAt(new Date(v.starts_at), zone),
    end: localTimeAt(new Date(v.ends_at), zone),
  }))
  const { schedule } = policy
  const plan = planWeek({
    week: weekStart,
    today,
    now,
    customers: customers.map(toPlanCustomer),
    planned: slots.map(toCore),
    visits: localVisits,
    intervals: policy.intervals,
    options: {
      dailyCapacity: schedule.dailyCapacity,
      durations: { brief: schedule.briefMinutes, formal: schedule.formalMinutes },
    },
  })
  return {
    weekStart: plan.weekStart,
    weekEnd: plan.weekEnd,
    today,
    repId: rep.id,
    repName: rep.name,
    dailyCapacity: schedule.dailyCapacity,
    proposed: plan.proposed,
    unplaced: plan.unplaced,
    accepted: plan.planned.map((s) => ({ ...toDto(s.record), tier: s.tier })),
  }
}

/** Plans a visit at the given time (usually a proposal): it must not overlap another planned visit. */
export const acceptSlot = (ctx: AppContext, input: unknown) => recordSlot(ctx, input, 'accepted')

/** Sets a proposal aside for its week: the customer is listed among the unplaced, as `dropped`. */
export const setAsideSlot = (ctx: AppContext, input: unknown) => recordSlot(ctx, input, 'dropped')

/** The slot belongs to the customer's owner; the actor must be allowed to change that customer. */
async function recordSlot(ctx: AppContext, input: unknown, status: 'accepted' | 'dropped') {
  const actor = requireActor(ctx, PLANNERS)
  const slot = { ...parseInput(CreateSlotSchema, input), status }
  const scope = await writeScope(ctx)
  return inTransaction(ctx, async (tx) => {
    const customer = await findCustomer(tx.db, slot.customerId)
    if (!customer?.ownerId || !inScope(scope, customer.ownerId))
      throw new AppError('validation', 'error.validation', {}, [{ path: 'customerId', key: 'field.invalid' }])
    const repId = customer.ownerId
    await lockRepCalendar(tx.db, repId)
    if (status === 'accepted') await refuseClash(tx, repId, slot)
    const id = newId()
    const at = nowIso(tx)
    await insertPlannedSlot(tx.db, { id, repId, ...slot }, at)
    const created = toDto((await findPlannedSlot(tx.db, id)) as PlannedSlotRecord)
    await audit(tx, actor, id, 'create', null, created)
    return created
  })
}

/**
 * Moves a slot to another date or time (If-Match `version` when given); a set-aside slot is
 * planned again there. A done one stays where it happened.
 */
export async function moveSlot(
  ctx: AppContext,
  id: string,
  input: unknown,
  version?: number,
): Promise<PlannedSlotDto> {
  const actor = requireActor(ctx, PLANNERS)
  const to = parseInput(MoveSlotSchema, input)
  return changeSlot(ctx, actor, id, version, async (tx, before) => {
    if (before.status === 'done') throw new AppError('domain_rule', 'error.slot_done')
    await refuseClash(tx, before.repId, to, before.id)
    return { ...to, status: 'accepted' }
  })
}

/** Calls off a planned visit or sets a slot aside (If-Match `version` when given); again is a no-op. */
export async function dropSlot(ctx: AppContext, id: string, version?: number): Promise<PlannedSlotDto> {
  const actor = requireActor(ctx, PLANNERS)
  return changeSlot(ctx, actor, id, version, async (_tx, before) => {
    if (before.status === 'done') throw new AppError('domain_rule', 'error.slot_done')
    const { date, start, end } = before
    return before.status === 'dropped' ? null : { date, start, end, status: 'dropped' }
  })
}

/** One guarded change of a slot in the actor's scope, audited; `decide` returns null for no change. */
async function changeSlot(
  ctx: AppContext,
  actor: ActingUser,
  id: string,
  version: number | undefined,
  decide: (
    tx: AppContext,
    before: PlannedSlotRecord,
  ) => Promise<{ date: string; start: string; end: string; status: PlannedStatus } | null>,
): Promise<PlannedSlotDto> {
  const scope = await writeScope(ctx)
  return inTransaction(ctx, async (tx) => {
    const found = await findPlannedSlot(tx.db, id)
    if (!found || !inScope(scope, found.repId)) throw new AppError('not_found')
    await lockRepCalendar(tx.db, found.repId)
    const before = (await findPlannedSlot(tx.db, id)) as PlannedSlotRecord
    if (version !== undefined) checkVersion(before, version)
    const change = await decide(tx, before)
    if (!change) return toDto(before)
    const at = nowIso(tx)
    if (!(await updatePlannedSlot(tx.db, id, before.version, change, at))) throw versionLost(before.version)
    const after = toDto((await findPlannedSlot(tx.db, id)) as PlannedSlotRecord)
    await audit(tx, actor, id, 'update', toDto(before), after)
    return after
  })
}

/** DOMAIN.md: the rep's planned visits do not overlap. */
async function refuseClash(
  tx: AppContext,
  repId: string,
  slot: { date: string; start: string; end: string },
  except?: string,
): Promise<void> {
  const sameDay = await plannedSlotsOfRep(tx.db, repId, { from: slot.date, to: slot.date })
  const clash = clashingSlot(slot, sameDay.map(toCore), except)
  if (clash)
    throw new AppError('domain_rule', 'error.slot_overlap', {
      customer: clash.record.customerName,
      date: clash.date,
      start: clash.start,
      end: clash.end,
    })
}

async function audit(
  tx: AppContext,
  actor: ActingUser,
  id: string,
  action: 'create' | 'update',
  before: PlannedSlotDto | null,
  after: PlannedSlotDto,
) {
  await writeAudit(tx.db, {
    at: nowIso(tx),
    actorId: actor.id,
    entity: ENTITY,
    entityId: id,
    action,
    before,
    after,
  })
}
