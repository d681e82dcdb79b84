import { AppError } from '../core/app-error'
import { OWNER_ROLES, type Role } from '../core/access/roles'
import { addDays, localDateAt } from '../core/dates/local-date'
import { zonedInstant } from '../core/dates/zoned-instant'
import { isLang } from '../core/i18n/lang'
import { translate } from '../core/i18n/translate'
import { agendaEvents } from '../core/reminders/agenda-events'
import type { CalendarFeed } from '../contracts/reminders'
import {
  deleteCalendarFeed,
  findCalendarFeed,
  findCalendarFeedUser,
  saveCalendarFeed,
  touchCalendarFeed,
} from '../db/calendar-feeds.repo'
import { cadenceOfOwner } from '../db/follow-ups.repo'
import { plannedSlotsOfRep } from '../db/planned-follow-ups.repo'
import { findUserById } from '../db/users.repo'
import { openVisitsOfRep } from '../db/visits.repo'
import { toActingUser } from './auth'
import { listCollectionPlans } from './collection-plans'
import { nowIso, type AppContext } from './context'
import { loadPolicy } from './follow-up-policy'
import { requireActor } from './require-actor'
import { hashSecret, newSecret } from './secrets'
import { toAgendaCustomer } from './agenda-customers'
import { visitHours } from './visit-dto'

/** The days a feed covers, today included (issue 4). */
export const FEED_DAYS = 14

export const feedPath = (token: string) => `/api/v1/calendar/${token}.ics`

export async function myCalendarFeed(ctx: AppContext): Promise<CalendarFeed> {
  const feed = await findCalendarFeed(ctx.db, requireActor(ctx).id)
  return { active: Boolean(feed), createdAt: feed?.createdAt ?? null, lastUsedAt: feed?.lastUsedAt ?? null }
}

/**
 * Makes the caller's private feed URL, or a new one in place of the old (which stops at once).
 * The token is random and only its hash is kept (like API tokens), so the URL is shown this once.
 */
export async function createCalendarFeed(ctx: AppContext): Promise<{ path: string; createdAt: string }> {
  const actor = requireActor(ctx)
  const token = newSecret('cal_')
  const createdAt = nowIso(ctx)
  await saveCalendarFeed(ctx.db, { userId: actor.id, tokenHash: hashSecret(token), createdAt })
  return { path: feedPath(token), createdAt }
}

export async function deleteMyCalendarFeed(ctx: AppContext): Promise<void> {
  if (!(await deleteCalendarFeed(ctx.db, requireActor(ctx).id))) throw new AppError('not_found')
}

/**
 * The calendar behind a feed token (DOMAIN.md "Reminders"): the owner's agenda for the next
 * FEED_DAYS days — customers due or overdue, visits, collection plans due, accepted planned follow-ups —
 * in the owner's language. A calendar application sends no cookie: the token is the credential,
 * and an unknown, replaced or disabled user's token is 404. Only owners of customers (reps,
 * managers) have follow-ups and plans; anyone else gets an empty calendar.
 */
export async function calendarFeedEvents(ctx: AppContext, token: string) {
  const userId = await findCalendarFeedUser(ctx.db, hashSecret(token))
  const user = userId ? await findUserById(ctx.db, userId) : undefined
  if (!user || user.disabled) throw new AppError('not_found')
  await touchCalendarFeed(ctx.db, user.id, nowIso(ctx))
  const lang = isLang(user.lang) ? user.lang : ctx.lang
  const owner = { ...ctx, actor: toActingUser(user), lang }
  const today = localDateAt(ctx.now(), ctx.config.timeZone)
  const last = addDays(today, FEED_DAYS - 1)
  const owns = OWNER_ROLES.includes(user.role as Role)
  const [policy, customers, plans, slots, visits] = await Promise.all([
    loadPolicy(ctx),
    owns ? cadenceOfOwner(ctx.db, user.id) : [],
    owns ? listCollectionPlans(owner, { owner: user.id, open: 'true' }) : [],
    owns ? plannedSlotsOfRep(ctx.db, user.id, { from: today, to: last }) : [],
    owns ? openVisitsOfRep(ctx.db, user.id, { from: today, to: last }) : [],
  ])
  const zone = ctx.config.timeZone
  const events = agendaEvents({
    today,
    days: FEED_DAYS,
    lang,
    intervals: policy.intervals,
    customers: customers.map((c) => ({ ...toAgendaCustomer(c), phone: c.phone })),
    plans,
    slots: slots.filter((s) => s.status === 'accepted'),
    visits: visits.map((v) => {
      const { startTime, endTime } = visitHours(ctx, v)
      return { ...v, date: v.startsOn, start: startTime, end: endTime }
    }),
  })
  return {
    name: translate(lang, 'calendar.name', { name: user.name }),
    stamp: ctx.now(),
    events: events.map((e) => ({
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      when: e.time
        ? { start: zonedInstant(e.date, e.time.start, zone), end: zonedInstant(e.date, e.time.end, zone) }
        : { date: e.date },
    })),
  }
}
