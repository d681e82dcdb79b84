import { WEEKDAYS, type MeetingStyle, type Weekday } from '../customers/customer-fields'
import { toMinutes } from './time-of-day'

/** A daily window of wall-clock time, `from` inclusive, `to` exclusive, both `HH:MM`. */
export type HourRange = { from: string; to: string }

export type ScheduleOptions = {
  /** The rep's working days, ISO weekdays. The others are days off. */
  workingDays: readonly Weekday[]
  /** The rep's working hours on a working day: where `work_hours` customers are seen. */
  workingHours: HourRange
  /**
   * Where `personal_time` customers are seen: on a working day, `workingDay` minus the working
   * hours (the evening); on a day off, `dayOff` (the weekend).
   */
  personalHours: { workingDay: HourRange; dayOff: HourRange }
  /** Minutes per meeting style (DOMAIN.md: brief 30, formal 90 by default). */
  durations: Record<MeetingStyle, number>
  /** The most follow-ups on one day: the rep's planned ones (scheduleWeek's `booked`) count too. */
  dailyCapacity: number
  /** Slots start on multiples of this many minutes after midnight. */
  gridMinutes: number
}

/** What a caller may override: any field, and any single entry of the nested ones. */
export type ScheduleOptionsInput = Partial<Omit<ScheduleOptions, 'personalHours' | 'durations'>> & {
  personalHours?: Partial<ScheduleOptions['personalHours']>
  durations?: Partial<ScheduleOptions['durations']>
}

const freeze = Object.freeze

/** Frozen all the way down: the scheduler and its callers share it. */
export const DEFAULT_SCHEDULE_OPTIONS: ScheduleOptions = freeze({
  workingDays: freeze([1, 2, 3, 4, 5] as const),
  workingHours: freeze({ from: '09:00', to: '18:00' }),
  personalHours: freeze({
    workingDay: freeze({ from: '18:00', to: '21:00' }),
    dayOff: freeze({ from: '10:00', to: '18:00' }),
  }),
  durations: freeze({ brief: 30, formal: 90 }),
  dailyCapacity: 8,
  gridMinutes: 30,
})

/**
 * The defaults with the caller's overrides, checked. Options are configuration, not user input:
 * a bad one is a programming error and throws a RangeError rather than producing a wrong week.
 */
export function resolveScheduleOptions(input: ScheduleOptionsInput = {}): ScheduleOptions {
  const d = DEFAULT_SCHEDULE_OPTIONS
  const options: ScheduleOptions = {
    workingDays: input.workingDays ?? d.workingDays,
    workingHours: input.workingHours ?? d.workingHours,
    personalHours: { ...d.personalHours, ...input.personalHours },
    durations: { ...d.durations, ...input.durations },
    dailyCapacity: input.dailyCapacity ?? d.dailyCapacity,
    gridMinutes: input.gridMinutes ?? d.gridMinutes,
  }
  const bad = (what: string) => new RangeError(`Invalid schedule option: ${what}`)
  if (!options.workingDays.every((w) => WEEKDAYS.includes(w))) throw bad('workingDays')
  for (const [name, range] of [
    ['workingHours', options.workingHours],
    ['personalHours.workingDay', options.personalHours.workingDay],
    ['personalHours.dayOff', options.personalHours.dayOff],
  ] as const) {
    if (toMinutes(range.from) >= toMinutes(range.to)) throw bad(name)
  }
  for (const [style, minutes] of Object.entries(options.durations))
    if (!Number.isInteger(minutes) || minutes <= 0) throw bad(`durations.${style}`)
  if (!Number.isInteger(options.dailyCapacity) || options.dailyCapacity < 0) throw bad('dailyCapacity')
  if (!Number.isInteger(options.gridMinutes) || options.gridMinutes <= 0) throw bad('gridMinutes')
  return options
}
