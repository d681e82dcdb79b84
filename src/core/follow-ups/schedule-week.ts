import type { MeetingStyle, PreferredTime, Tier } from '../customers/customer-fields'
import { addDays, isLocalDate, type LocalDate } from '../dates/local-date'
import { WHOLE_DAY, dayWindows, firstFreeStart, intersect, type Interval, toInterval } from './day-windows'
import { isoWeekday, mondayOf } from './iso-weekday'
import { resolveScheduleOptions, type ScheduleOptions, type ScheduleOptionsInput } from './schedule-options'
import { formatMinutes, isTimeOfDay, toMinutes } from './time-of-day'

/** A due or overdue customer with its contact preferences (DOMAIN.md "Customers"). */
export type ScheduleCustomer = {
  id: string
  name: string
  /** The effective tier: a manual override wins over the computed one. */
  tier: Tier
  nextDue: LocalDate
  /** ISO weekdays (1 Monday … 7 Sunday); empty = no weekday preference. */
  preferredWeekdays: readonly number[]
  /** `HH:MM` or null (= from midnight / until midnight). */
  preferredHoursFrom: string | null
  preferredHoursTo: string | null
  /** null = `work_hours`. */
  preferredTime: PreferredTime | null
  /** null = `brief`. */
  meetingStyle: MeetingStyle | null
}

/** Something already in the rep's calendar: a planned visit or any busy time. */
export type BusyBlock = { date: LocalDate; start: string; end: string }

export type ScheduleWeekInput = {
  /** Any date of the week; the week is the ISO week (Monday–Sunday) that contains it. */
  weekStart: LocalDate
  customers: readonly ScheduleCustomer[]
  busy: readonly BusyBlock[]
  /**
   * The day of each follow-up the rep already has planned (accepted slots, visits): they count
   * towards the daily capacity. Time blocked for other reasons (the past) does not.
   */
  booked?: readonly LocalDate[]
  options?: ScheduleOptionsInput
}

export type ProposedSlot = {
  customerId: string
  date: LocalDate
  start: string
  end: string
  tier: Tier
  nextDue: LocalDate
}

export const UNPLACED_REASONS = [
  /** next_due is after the week's Sunday: not due this week. */
  'not_due_this_week',
  /** The same customer id came twice; the first in priority order was scheduled. */
  'duplicate_customer',
  /** preferredHoursFrom/To is not `HH:MM`, or from is not before to. */
  'invalid_preferred_hours',
  /** No preferred weekday of the week offers the preferred time (e.g. Saturday, work hours). */
  'no_preferred_day',
  /** On the right days, preferred hours ∩ work (or personal) hours is too short for the meeting. */
  'no_time_in_preferred_hours',
  /** Every day that could fit the customer already has `dailyCapacity` proposed slots. */
  'capacity_full',
  /** Some such day had capacity left, but busy blocks and earlier slots leave no gap. */
  'no_free_time',
] as const
export type UnplacedReason = (typeof UNPLACED_REASONS)[number]

export type UnplacedCustomer = { customerId: string; reason: UnplacedReason }

export type WeekSchedule = {
  /** The Monday of the week. */
  weekStart: LocalDate
  /** Sorted by date, then start. */
  slots: ProposedSlot[]
  /** In priority order (tier, next_due, id). */
  unplaced: UnplacedCustomer[]
}

const TIER_RANK: Record<Tier, number> = { A: 0, B: 1, C: 2 }

/**
 * DOMAIN.md "Follow-up cadence", Scheduling: propose a slot for every due or overdue customer of
 * one rep in one week. Customers are taken A before B before C (effective tier), then most overdue
 * first (earliest next_due), then by id so the result never depends on input order. Each takes the
 * earliest free grid slot on the earliest day that honours its preferences: a customer due inside
 * the week from its due date on, falling back to the days before it; an overdue one from Monday.
 * Greedy on purpose: a more urgent customer is never displaced to make room for a less urgent one.
 * What cannot be placed is returned with a reason, never dropped.
 */
export function scheduleWeek(input: ScheduleWeekInput): WeekSchedule {
  const options = resolveScheduleOptions(input.options)
  const weekStart = mondayOf(input.weekStart)
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i))
  const taken = takenByDay(days, input.busy)
  const count = new Map<LocalDate, number>()
  for (const date of input.booked ?? []) count.set(date, (count.get(date) ?? 0) + 1)
  const slots: ProposedSlot[] = []
  const unplaced: UnplacedCustomer[] = []
  const seen = new Set<string>()

  for (const customer of [...input.customers].sort(byPriority)) {
    if (!isLocalDate(customer.nextDue)) throw new RangeError(`Not a YYYY-MM-DD date: ${customer.nextDue}`)
    if (seen.has(customer.id)) {
      unplaced.push({ customerId: customer.id, reason: 'duplicate_customer' })
      continue
    }
    seen.add(customer.id)
    const placed = place(customer, days, options, taken, count)
    if (typeof placed === 'string') {
      unplaced.push({ customerId: customer.id, reason: placed })
      continue
    }
    taken.get(placed.date)?.push(placed.interval)
    count.set(placed.date, (count.get(placed.date) ?? 0) + 1)
    slots.push({
      customerId: customer.id,
      date: placed.date,
      start: formatMinutes(placed.interval.from),
      end: formatMinutes(placed.interval.to),
      tier: customer.tier,
      nextDue: customer.nextDue,
    })
  }
  slots.sort((a, b) => compare(a.date, b.date) || compare(a.start, b.start))
  return { weekStart, slots, unplaced }
}

function place(
  customer: ScheduleCustomer,
  days: readonly LocalDate[],
  options: ScheduleOptions,
  taken: ReadonlyMap<LocalDate, Interval[]>,
  count: ReadonlyMap<LocalDate, number>,
): { date: LocalDate; interval: Interval } | UnplacedReason {
  if (customer.nextDue > (days[6] as LocalDate)) return 'not_due_this_week'
  const preferred = preferredHours(customer)
  if (!preferred) return 'invalid_preferred_hours'
  const minutes = options.durations[customer.meetingStyle ?? 'brief']
  const weekdays = customer.preferredWeekdays

  // On or after the due date first, then the days before it (DOMAIN.md: due this week).
  const ordered = [...days.filter((d) => d >= customer.nextDue), ...days.filter((d) => d < customer.nextDue)]
  const candidates = ordered
    .filter((date) => weekdays.length === 0 || weekdays.includes(isoWeekday(date)))
    .map((date) => ({ date, windows: dayWindows(date, customer.preferredTime, options) }))
    .filter((c) => c.windows.length > 0)
  if (candidates.length === 0) return 'no_preferred_day'

  const fitting = candidates
    .map(({ date, windows }) => ({
      date,
      windows: windows.map((w) => intersect(w, preferred)).filter((w) => w !== null),
    }))
    .filter((c) => firstFreeStart(c.windows, minutes, [], options.gridMinutes) !== null)
  if (fitting.length === 0) return 'no_time_in_preferred_hours'

  let roomLeft = false
  for (const { date, windows } of fitting) {
    if ((count.get(date) ?? 0) >= options.dailyCapacity) continue
    roomLeft = true
    const start = firstFreeStart(windows, minutes, taken.get(date) ?? [], options.gridMinutes)
    if (start !== null) return { date, interval: { from: start, to: start + minutes } }
  }
  return roomLeft ? 'no_free_time' : 'capacity_full'
}

/** The customer's preferred hours as one interval (a missing end is open), or null if malformed. */
function preferredHours(c: ScheduleCustomer): Interval | null {
  const valid = (t: string | null) => t === null || isTimeOfDay(t)
  if (!valid(c.preferredHoursFrom) || !valid(c.preferredHoursTo)) return null
  const from = c.preferredHoursFrom === null ? WHOLE_DAY.from : toMinutes(c.preferredHoursFrom)
  const to = c.preferredHoursTo === null ? WHOLE_DAY.to : toMinutes(c.preferredHoursTo)
  return from < to ? { from, to } : null
}

/** The busy blocks of each day of the week; blocks on other days are ignored. */
function takenByDay(days: readonly LocalDate[], busy: readonly BusyBlock[]): Map<LocalDate, Interval[]> {
  const taken = new Map(days.map((d) => [d, [] as Interval[]]))
  for (const block of busy) {
    if (!isLocalDate(block.date)) throw new RangeError(`Not a YYYY-MM-DD date: ${block.date}`)
    const interval = toInterval({ from: block.start, to: block.end })
    if (interval.from >= interval.to) throw new RangeError(`Busy block ends before it starts: ${block.start}`)
    taken.get(block.date)?.push(interval)
  }
  return taken
}

function byPriority(a: ScheduleCustomer, b: ScheduleCustomer): number {
  return TIER_RANK[a.tier] - TIER_RANK[b.tier] || compare(a.nextDue, b.nextDue) || compare(a.id, b.id)
}

/** Code-unit order, not locale order: the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
