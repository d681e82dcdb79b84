import type { PreferredTime } from '../customers/customer-fields'
import type { LocalDate } from '../dates/local-date'
import { isoWeekday } from './iso-weekday'
import type { HourRange, ScheduleOptions } from './schedule-options'
import { toMinutes } from './time-of-day'

/** Minutes since midnight, `from` inclusive, `to` exclusive. */
export type Interval = { from: number; to: number }

export const WHOLE_DAY: Interval = Object.freeze({ from: 0, to: 24 * 60 })

export const toInterval = (range: HourRange): Interval => ({
  from: toMinutes(range.from),
  to: toMinutes(range.to),
})

export const overlaps = (a: Interval, b: Interval): boolean => a.from < b.to && b.from < a.to

/**
 * When a customer with this preferred time may be seen on `date`, before their preferred hours:
 * `work_hours` (and no preference) inside the rep's working hours on a working day;
 * `personal_time` outside them — the evening of a working day, the day-off window otherwise.
 */
export function dayWindows(
  date: LocalDate,
  time: PreferredTime | null,
  options: ScheduleOptions,
): Interval[] {
  const working = options.workingDays.includes(isoWeekday(date))
  const work = toInterval(options.workingHours)
  if (time !== 'personal_time') return working ? [work] : []
  if (!working) return [toInterval(options.personalHours.dayOff)]
  return subtract(toInterval(options.personalHours.workingDay), work)
}

/** The parts of `a` outside `b`: none, one or two intervals, in order. */
export function subtract(a: Interval, b: Interval): Interval[] {
  if (!overlaps(a, b)) return [a]
  return [
    { from: a.from, to: b.from },
    { from: b.to, to: a.to },
  ].filter((i) => i.from < i.to)
}

export function intersect(a: Interval, b: Interval): Interval | null {
  const from = Math.max(a.from, b.from)
  const to = Math.min(a.to, b.to)
  return from < to ? { from, to } : null
}

/**
 * The earliest start on the grid (multiples of `grid` minutes after midnight) at which `minutes`
 * fit inside one of `windows` without touching any of `taken`; null when there is none.
 */
export function firstFreeStart(
  windows: readonly Interval[],
  minutes: number,
  taken: readonly Interval[],
  grid: number,
): number | null {
  for (const window of windows) {
    for (let start = Math.ceil(window.from / grid) * grid; start + minutes <= window.to; start += grid) {
      const slot = { from: start, to: start + minutes }
      if (!taken.some((t) => overlaps(t, slot))) return start
    }
  }
  return null
}
