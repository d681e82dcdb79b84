import { AppError } from '../core/app-error'
import { inScope } from '../core/access/customer-access'
import { OWNER_ROLES, type Role } from '../core/access/roles'
import { agendaFor } from '../core/follow-ups/agenda-order'
import { isTier, type Tier } from '../core/follow-ups/tier'
import type { Agenda } from '../contracts/follow-ups'
import { addDays } from '../core/dates/local-date'
import { effectiveStatus } from '../core/visits/visit-status'
import { cadenceOfOwner } from '../db/follow-ups.repo'
import { openVisitsOfRep } from '../db/visits.repo'
import { findUserById } from '../db/users.repo'
import type { AppContext } from './context'
import { listCollectionPlans } from './collection-plans'
import { readScope, readsMoney } from './customer-scope'
import { dayOrToday } from './follow-ups'
import { loadPolicy } from './follow-up-policy'
import { requireActor } from './require-actor'
import { visitHours } from './visit-dto'

/**
 * How far back the agenda lists visits checked in whose review is still owed (DOMAIN.md: reviews
 * within 24 h): a month, so a forgotten one stays in sight without the agenda reading years.
 */
const REVIEWS_OWED_DAYS = 30

const tierOf = (value: string | null): Tier | null => (isTier(value) ? value : null)

/**
 * A rep's agenda for a day (DOMAIN.md "Follow-up cadence"; issue 4): the customers due or overdue
 * — overdue first, then due that day, A before B before C — the day's visits still to make or to
 * review and the earlier ones whose review is owed (DOMAIN.md "Reminders": planned visits are part
 * of it), and the collection plans due. The
 * rep's own by default; a manager or admin may ask for a rep they can see.
 */
export async function agenda(ctx: AppContext, query: { rep?: string; date?: string }): Promise<Agenda> {
  const actor = requireActor(ctx)
  if (!query.rep && !OWNER_ROLES.includes(actor.role))
    throw new AppError('validation', 'error.validation', {}, [{ path: 'rep', key: 'field.required' }])
  const repId = query.rep ?? actor.id
  const scope = await readScope(ctx)
  if (!inScope(scope, repId)) throw new AppError('not_found')
  const rep = repId === actor.id ? actor : await findUserById(ctx.db, repId)
  if (!rep || !OWNER_ROLES.includes(rep.role as Role)) throw new AppError('not_found')
  const day = dayOrToday(ctx, query.date)
  const [policy, customers, visits, plans] = await Promise.all([
    loadPolicy(ctx),
    cadenceOfOwner(ctx.db, repId),
    openVisitsOfRep(ctx.db, repId, { from: day, to: day, reviewsSince: addDays(day, -REVIEWS_OWED_DAYS) }),
    // The auditor reads the rep's agenda but no money: no collection plans.
    readsMoney(ctx) ? listCollectionPlans(ctx, { owner: repId, open: 'true' }) : [],
  ])
  const items = agendaFor(
    customers.map((c) => ({
      id: c.id,
      name: c.name,
      computedTier: tierOf(c.tier) ?? 'C',
      tier: tierOf(c.tier) ?? 'C',
      override: { tier: tierOf(c.tier_override), until: c.tier_override_until },
      lastFollowUpOn: c.last_follow_up_on,
      nextFollowUpOn: c.next_follow_up_on,
      assignedOn: c.assigned_at ? c.assigned_at.slice(0, 10) : null,
    })),
    day,
    policy.intervals,
  )
  const phones = new Map(customers.map((c) => [c.id, c.phone]))
  return {
    date: day,
    repId,
    repName: rep.name,
    overdue: items.filter((i) => i.overdue).length,
    dueToday: items.filter((i) => !i.overdue).length,
    items: items.map((i) => ({
      customerId: i.id,
      customerName: i.name,
      phone: phones.get(i.id) ?? null,
      tier: i.tier,
      computedTier: i.computedTier,
      lastFollowUpOn: i.lastFollowUpOn,
      nextDue: i.nextDue,
      overdue: i.overdue,
      daysOverdue: i.daysOverdue,
    })),
    visits: visits.map((v) => {
      const status = effectiveStatus(v, ctx.now())
      const { startTime, endTime } = visitHours(ctx, v)
      return {
        id: v.id,
        customerId: v.customerId,
        customerName: v.customerName,
        date: v.startsOn,
        start: startTime,
        end: endTime,
        place: v.place,
        status: status === 'checked_in' || status === 'missed' ? status : 'planned',
      }
    }),
    collectionPlans: plans
      .filter((p) => p.dueOn <= day && p.outstanding > 0)
      .map((p) => ({
        id: p.id,
        customerId: p.customerId,
        customerName: p.customerName,
        dueOn: p.dueOn,
        outstanding: p.outstanding,
        overdue: p.dueOn < day,
      })),
  }
}
