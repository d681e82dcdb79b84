import { addDays } from '../core/dates/local-date'
import { localTimeAt } from '../core/dates/local-time'
import { countDone, groupDone, type DoneGroup } from '../core/field-reports/group-done'
import { doneText, planText } from '../core/field-reports/daily-text'
import { planTomorrow, type PlanItem } from '../core/field-reports/plan-tomorrow'
import type { FollowUpChannel } from '../core/follow-ups/channels'
import { effectiveStatus } from '../core/visits/visit-status'
import { listFollowUpRows } from '../db/follow-ups.repo'
import { plannedSlotsOfRep } from '../db/planned-follow-ups.repo'
import { listVisitRows } from '../db/visits.repo'
import { agenda } from './agenda'
import type { AppContext } from './context'
import { allPages } from './field-report-access'

export type DayPrefill = {
  doneGroups: DoneGroup[]
  planItems: PlanItem[]
  done: string
  plan: string
  followUps: number
  visits: number
}

const own = (repId: string) => ({ kind: 'owners' as const, ownerIds: [repId] })

/**
 * What the rep did on a day: their follow-ups of that day (by whoever owns the customer now) and
 * their visits starting that day, each visit in its state as of now (a plan past its end is missed).
 */
export async function dayDone(ctx: AppContext, repId: string, date: string): Promise<DoneGroup[]> {
  const tz = ctx.config.timeZone
  const now = ctx.now()
  const [followUps, visits] = await Promise.all([
    allPages((after) =>
      listFollowUpRows(ctx.db, { scope: { kind: 'all' }, repId, from: date, to: date, limit: 500, after }),
    ),
    allPages((after) =>
      listVisitRows(ctx.db, {
        scope: own(repId),
        now: now.toISOString(),
        repId,
        from: date,
        to: date,
        limit: 500,
        after,
      }),
    ),
  ])
  return groupDone(
    followUps.map((f) => ({
      id: f.id,
      customerId: f.customerId,
      customerName: f.customerName,
      at: f.happenedAt,
      time: localTimeAt(new Date(f.happenedAt), tz),
      channel: f.channel as FollowUpChannel,
      summary: f.summary,
    })),
    visits.map((v) => {
      const at = v.checkedInAt ?? v.startsAt
      return {
        id: v.id,
        customerId: v.customerId,
        customerName: v.customerName,
        at,
        time: localTimeAt(new Date(at), tz),
        status: effectiveStatus(v, now),
        followUpId: v.followUpId,
      }
    }),
  )
}

/**
 * Tomorrow's plan: the visits still planned for that day, the follow-up slots kept in the schedule,
 * and the customers the agenda has due or overdue by then. `withAgenda` false leaves the agenda out
 * (the demo has no signed-in reader to ask it for).
 */
export async function tomorrowPlan(
  ctx: AppContext,
  repId: string,
  tomorrow: string,
  withAgenda = true,
): Promise<PlanItem[]> {
  const tz = ctx.config.timeZone
  const [visits, slots, due] = await Promise.all([
    allPages((after) =>
      listVisitRows(ctx.db, {
        scope: own(repId),
        now: ctx.now().toISOString(),
        repId,
        status: 'planned',
        from: tomorrow,
        to: tomorrow,
        limit: 500,
        after,
      }),
    ),
    plannedSlotsOfRep(ctx.db, repId, { from: tomorrow, to: tomorrow }),
    withAgenda ? agenda(ctx, { rep: repId, date: tomorrow }).then((a) => a.items) : Promise.resolve([]),
  ])
  return planTomorrow(
    visits.map((v) => ({
      id: v.id,
      customerId: v.customerId,
      customerName: v.customerName,
      start: localTimeAt(new Date(v.startsAt), tz),
      end: localTimeAt(new Date(v.endsAt), tz),
    })),
    slots
      .filter((s) => s.status === 'accepted' || s.status === 'proposed')
      .map((s) => ({
        id: s.id,
        customerId: s.customerId,
        customerName: s.customerName,
        start: s.start,
        end: s.end,
      })),
    due.map((d) => ({
      customerId: d.customerId,
      customerName: d.customerName,
      tier: d.tier,
      overdue: d.overdue,
    })),
  )
}

/** The day's prefill for the daily check-in (日報), as lists and as text in the reader's language. */
export async function dayPrefill(ctx: AppContext, repId: string, date: string): Promise<DayPrefill> {
  const [doneGroups, planItems] = await Promise.all([
    dayDone(ctx, repId, date),
    tomorrowPlan(ctx, repId, addDays(date, 1)),
  ])
  return {
    doneGroups,
    planItems,
    done: doneText(ctx.lang, doneGroups),
    plan: planText(ctx.lang, planItems),
    ...countDone(doneGroups),
  }
}
