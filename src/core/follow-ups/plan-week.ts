import type { MeetingStyle, PreferredTime } from '../customers/customer-fields'
import { addDays, daysBetween, type LocalDate } from '../dates/local-date'
import { dueReason, type DueReason } from './due-reason'
import { mondayOf } from './iso-weekday'
import { nextDue, type CadenceState } from './next-due'
import { isBlocking, type PlannedSlot } from './planned-slot'
import type { ScheduleOptionsInput } from './schedule-options'
import { scheduleWeek, type ScheduleCustomer, type UnplacedReason } from './schedule-week'
import { effectiveTier, type Tier } from './tier'

/** A customer of the rep: its cadence state, its tiers and its contact preferences. */
export type PlanCustomer = Omit<CadenceState, 'tier'> &
  Omit<ScheduleCustomer, 'tier' | 'nextDue'> & {
    computedTier: Tier
    override: { tier: Tier | null; until: LocalDate | null }
  }

export type ProposedVisit = {
  customerId: string
  customerName: string
  tier: Tier
  date: LocalDate
  start: string
  end: string
  meetingStyle: MeetingStyle | null
  preferredTime: PreferredTime | null
  nextDue: LocalDate
  lastFollowUpOn: LocalDate | null
  /** Due before today (DOMAIN.md: overdue when next_due is before today). */
  overdue: boolean
  daysOverdue: number
  dueReason: DueReason
  /** The tier's interval in days, for "every 7 days". */
  intervalDays: number
}

/** `dropped`: the rep set the customer aside for this week; it is listed, not dropped silently. */
export type PlanUnplacedReason = UnplacedReason | 'dropped'

export type UnplacedVisit = {
  customerId: string
  customerName: string
  tier: Tier
  nextDue: LocalDate
  overdue: boolean
  daysOverdue: number
  reason: PlanUnplacedReason
  /** The dropped slot, when the reason is `dropped`. */
  slotId: string | null
}

export type WeekPlan<S extends PlannedSlot = PlannedSlot> = {
  weekStart: LocalDate
  weekEnd: LocalDate
  proposed: ProposedVisit[]
  unplaced: UnplacedVisit[]
  /**
   * The week's accepted and done slots — the rep's planned visits — by date and start, with the
   * customer's effective tier (null when it is no longer one of the rep's customers).
   */
  planned: (S & { tier: Tier | null })[]
}

const TIER_RANK: Record<Tier, number> = { A: 0, B: 1, C: 2 }

/**
 * A rep's week (DOMAIN.md "Follow-up cadence", Scheduling; issue 4): every customer whose next_due
 * (effective tier, the policy's intervals) falls on or before the week's Sunday — overdue ones
 * included — is proposed a slot by scheduleWeek, around the rep's planned visits (accepted slots
 * and visits planned in the visits module, which are busy time and count towards the daily capacity). A customer with a planned visit
 * this week is not proposed again; one the rep set aside this week is listed among the unplaced
 * as `dropped`. Nothing is proposed before today's `now`. Tiers are taken as they stand on the
 * later of today and the week's Monday.
 */
export function planWeek<S extends PlannedSlot>(input: {
  week: LocalDate
  today: LocalDate
  /** The local time `HH:MM` today: nothing is proposed before it. */
  now?: string
  customers: readonly PlanCustomer[]
  planned: readonly S[]
  /**
   * The rep's visits planned in the visits module (DOMAIN.md "Visits") in local time: busy like
   * accepted slots, and their customers are not proposed again that week.
   */
  visits?: readonly { customerId: string; date: LocalDate; start: string; end: string }[]
  intervals: Record<Tier, number>
  options?: ScheduleOptionsInput
}): WeekPlan<S> {
  const weekStart = mondayOf(input.week)
  const weekEnd = addDays(weekStart, 6)
  const tierDay = input.today > weekStart ? input.today : weekStart
  const inWeek = input.planned
    .filter((s) => s.date >= weekStart && s.date <= weekEnd)
    .sort((a, b) => compare(a.date, b.date) || compare(a.start, b.start) || compare(a.id, b.id))
  const planned = inWeek.filter(isBlocking)
  const visits = (input.visits ?? []).filter((v) => v.date >= weekStart && v.date <= weekEnd)
  const plannedFor = new Set([...planned, ...visits].map((s) => s.customerId))
  const droppedFor = new Map<string, string>()
  for (const s of inWeek)
    if (s.status === 'dropped' && !droppedFor.has(s.customerId)) droppedFor.set(s.customerId, s.id)

  const tiers = new Map<string, Tier>()
  const due = new Map<string, { customer: PlanCustomer; tier: Tier; nextDue: LocalDate }>()
  for (const customer of input.customers) {
    const tier = effectiveTier(customer.computedTier, customer.override, tierDay)
    tiers.set(customer.id, tier)
    const date = nextDue({ ...customer, tier }, input.intervals)
    if (date === null || date > weekEnd || plannedFor.has(customer.id) || due.has(customer.id)) continue
    due.set(customer.id, { customer, tier, nextDue: date })
  }
  const candidates = [...due.values()].filter((d) => !droppedFor.has(d.customer.id))
  // Time already gone cannot be planned: past days are busy from morning to night, today until now.
  const gone = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i))
    .filter((date) => date < input.today)
    .map((date) => ({ date, start: '00:00', end: '23:59' }))
  if (input.now && input.now > '00:00') gone.push({ date: input.today, start: '00:00', end: input.now })
  const week = scheduleWeek({
    weekStart,
    customers: candidates.map(({ customer, tier, nextDue }) => ({ ...customer, tier, nextDue })),
    busy: [...planned, ...visits, ...gone],
    booked: [...planned, ...visits].map((s) => s.date),
    options: input.options,
  })

  const proposed = week.slots.map((slot): ProposedVisit => {
    const { customer, tier } = due.get(slot.customerId) as { customer: PlanCustomer; tier: Tier }
    return {
      customerId: slot.customerId,
      customerName: customer.name,
      tier,
      date: slot.date,
      start: slot.start,
      end: slot.end,
      meetingStyle: customer.meetingStyle,
      preferredTime: customer.preferredTime,
      nextDue: slot.nextDue,
      lastFollowUpOn: customer.lastFollowUpOn,
      overdue: slot.nextDue < input.today,
      daysOverdue: Math.max(0, daysBetween(slot.nextDue, input.today)),
      dueReason: dueReason({ ...customer, tier }, input.intervals),
      intervalDays: input.intervals[tier],
    }
  })
  const unplacedOf = (
    customerId: string,
    reason: PlanUnplacedReason,
    slotId: string | null,
  ): UnplacedVisit => {
    const { customer, tier, nextDue } = due.get(customerId) as {
      customer: PlanCustomer
      tier: Tier
      nextDue: LocalDate
    }
    return {
      customerId,
      customerName: customer.name,
      tier,
      nextDue,
      overdue: nextDue < input.today,
      daysOverdue: Math.max(0, daysBetween(nextDue, input.today)),
      reason,
      slotId,
    }
  }
  const unplaced = [
    ...week.unplaced.map((u) => unplacedOf(u.customerId, u.reason, null)),
    ...[...due.keys()]
      .filter((id) => droppedFor.has(id))
      .map((id) => unplacedOf(id, 'dropped', droppedFor.get(id) ?? null)),
  ].sort(
    (a, b) =>
      TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
      compare(a.nextDue, b.nextDue) ||
      compare(a.customerId, b.customerId),
  )
  return {
    weekStart,
    weekEnd,
    proposed,
    unplaced,
    planned: planned.map((s) => ({ ...s, tier: tiers.get(s.customerId) ?? null })),
  }
}

/** Code-unit order, not locale order: the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
