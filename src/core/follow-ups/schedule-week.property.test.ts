import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { WEEKDAYS, type Weekday } from '../customers/customer-fields'
import { addDays } from '../dates/local-date'
import { isoWeekday, mondayOf } from './iso-weekday'
import { resolveScheduleOptions } from './schedule-options'
import { scheduleWeek, type ScheduleCustomer, type ScheduleWeekInput } from './schedule-week'
import { formatMinutes, toMinutes } from './time-of-day'

const DAY = '2026-01-01' // the generated weeks fall in the following 400 days

// Shaped so that most customers can be placed and the invariants are not checked on empty weeks,
// while odd inputs (tiny windows, backwards hours, no working days) still come up.
const time = fc.integer({ min: 7 * 60, max: 21 * 60 }).map(formatMinutes)
const range = (maxLength: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: 1438 }), fc.integer({ min: 1, max: maxLength }))
    .map(([from, length]) => ({
      from: formatMinutes(from),
      to: formatMinutes(Math.min(from + length, 1439)),
    }))
const weekdays = fc.subarray([...WEEKDAYS] as Weekday[])
const rarely = <T>(value: fc.Arbitrary<T>, otherwise: T) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(otherwise) }, { weight: 1, arbitrary: value })

const customer = (id: string, monday: string) =>
  fc.record({
    id: fc.constant(id),
    name: fc.constant(id),
    tier: fc.constantFrom('A' as const, 'B' as const, 'C' as const),
    nextDue: fc.integer({ min: -30, max: 9 }).map((n) => addDays(monday, n)),
    preferredWeekdays: rarely(weekdays, []),
    preferredHoursFrom: rarely(time, null),
    preferredHoursTo: rarely(time, null),
    preferredTime: fc.constantFrom('work_hours' as const, 'personal_time' as const, null),
    meetingStyle: fc.constantFrom('brief' as const, 'formal' as const, null),
  })

const input: fc.Arbitrary<ScheduleWeekInput> = fc
  .integer({ min: 0, max: 400 })
  .map((n) => addDays(DAY, n))
  .chain((weekStart) => {
    const monday = mondayOf(weekStart)
    return fc.record({
      weekStart: fc.constant(weekStart),
      customers: fc
        .uniqueArray(fc.integer({ min: 0, max: 999 }), { maxLength: 40 })
        .chain((ids) => fc.tuple(...ids.map((i) => customer(`c${String(i).padStart(3, '0')}`, monday)))),
      busy: fc.array(
        fc
          .tuple(fc.integer({ min: -1, max: 7 }), range(240))
          .map(([n, { from, to }]) => ({ date: addDays(monday, n), start: from, end: to })),
        { maxLength: 15 },
      ),
      options: fc.record({
        workingDays: rarely(weekdays, [1, 2, 3, 4, 5]),
        workingHours: rarely(range(720), { from: '09:00', to: '18:00' }),
        personalHours: fc.record({ workingDay: range(600), dayOff: range(720) }),
        durations: fc.record({
          brief: fc.integer({ min: 10, max: 60 }),
          formal: fc.integer({ min: 45, max: 180 }),
        }),
        dailyCapacity: fc.integer({ min: 0, max: 8 }),
        gridMinutes: fc.constantFrom(5, 15, 30, 45, 60),
      }),
    })
  })

const overlap = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1]

describe('scheduleWeek (property)', () => {
  it('keeps every rule of the week, for any customers, calendar and options', () => {
    fc.assert(
      fc.property(input, (week) => {
        const result = scheduleWeek(week)
        const options = resolveScheduleOptions(week.options)
        const monday = mondayOf(week.weekStart)
        const sunday = addDays(monday, 6)
        const byId = new Map(week.customers.map((c) => [c.id, c]))
        expect(result.weekStart).toBe(monday)

        // Every customer comes back exactly once: placed or listed with a reason.
        const ids = [...result.slots.map((s) => s.customerId), ...result.unplaced.map((u) => u.customerId)]
        expect(ids.sort()).toEqual(week.customers.map((c) => c.id).sort())
        for (const u of result.unplaced)
          expect(u.reason === 'not_due_this_week').toBe(
            (byId.get(u.customerId) as ScheduleCustomer).nextDue > sunday,
          )

        const keys = result.slots.map((s) => `${s.date} ${s.start}`)
        expect(keys).toEqual([...keys].sort())

        const span = (s: { start: string; end: string }): [number, number] => [
          toMinutes(s.start),
          toMinutes(s.end),
        ]
        const work: [number, number] = [
          toMinutes(options.workingHours.from),
          toMinutes(options.workingHours.to),
        ]
        result.slots.forEach((slot, i) => {
          const c = byId.get(slot.customerId) as ScheduleCustomer
          const [start, end] = span(slot)
          const weekday = isoWeekday(slot.date)
          const working = options.workingDays.includes(weekday)
          expect(slot.date >= monday && slot.date <= sunday).toBe(true)
          expect(slot.nextDue <= sunday).toBe(true)
          expect([slot.tier, slot.nextDue]).toEqual([c.tier, c.nextDue])
          expect(end - start).toBe(options.durations[c.meetingStyle ?? 'brief'])
          expect(start % options.gridMinutes).toBe(0)
          // The customer's preferences.
          if (c.preferredWeekdays.length > 0) expect(c.preferredWeekdays).toContain(weekday)
          if (c.preferredHoursFrom) expect(start).toBeGreaterThanOrEqual(toMinutes(c.preferredHoursFrom))
          if (c.preferredHoursTo) expect(end).toBeLessThanOrEqual(toMinutes(c.preferredHoursTo))
          if (c.preferredTime === 'personal_time') {
            const personal = working ? options.personalHours.workingDay : options.personalHours.dayOff
            expect(start).toBeGreaterThanOrEqual(toMinutes(personal.from))
            expect(end).toBeLessThanOrEqual(toMinutes(personal.to))
            if (working) expect(overlap([start, end], work)).toBe(false)
          } else {
            expect(working).toBe(true)
            expect(start >= work[0] && end <= work[1]).toBe(true)
          }
          // The rep's calendar and the other slots.
          for (const b of week.busy)
            if (b.date === slot.date) expect(overlap([start, end], span(b))).toBe(false)
          for (const other of result.slots.slice(i + 1))
            if (other.date === slot.date) expect(overlap([start, end], span(other))).toBe(false)
        })
        for (let d = 0; d < 7; d++) {
          const date = addDays(monday, d)
          expect(result.slots.filter((s) => s.date === date).length).toBeLessThanOrEqual(
            options.dailyCapacity,
          )
        }

        // The same answer whatever the order of the customers.
        expect(scheduleWeek({ ...week, customers: [...week.customers].reverse() })).toEqual(result)
      }),
      { numRuns: 300 },
    )
  })
})
