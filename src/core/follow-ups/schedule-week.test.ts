import { describe, expect, it } from 'vitest'
import { scheduleWeek, type BusyBlock, type ScheduleCustomer, type ScheduleWeekInput } from './schedule-week'

// The week of Monday 2026-11-23 … Sunday 2026-11-29.
const MON = '2026-11-23'
const TUE = '2026-11-24'
const WED = '2026-11-25'
const THU = '2026-11-26'
const FRI = '2026-11-27'
const SAT = '2026-11-28'

const customer = (id: string, over: Partial<ScheduleCustomer> = {}): ScheduleCustomer => ({
  id,
  name: `Customer ${id}`,
  tier: 'B',
  nextDue: '2026-11-20',
  preferredWeekdays: [],
  preferredHoursFrom: null,
  preferredHoursTo: null,
  preferredTime: null,
  meetingStyle: null,
  ...over,
})

const schedule = (customers: ScheduleCustomer[], rest: Partial<ScheduleWeekInput> = {}) =>
  scheduleWeek({ weekStart: MON, customers, busy: [], ...rest })

const slotOf = (result: ReturnType<typeof scheduleWeek>, id: string) => {
  const slot = result.slots.find((s) => s.customerId === id)
  return slot && `${slot.date} ${slot.start}-${slot.end}`
}
const reasonOf = (result: ReturnType<typeof scheduleWeek>, id: string) =>
  result.unplaced.find((u) => u.customerId === id)?.reason

describe('scheduleWeek: order', () => {
  it('takes A before B before C, then the most overdue, then the id', () => {
    const result = schedule([
      customer('c1', { tier: 'C', nextDue: '2026-10-01' }),
      customer('b2', { tier: 'B', nextDue: '2026-11-20' }),
      customer('b1', { tier: 'B', nextDue: '2026-11-10' }),
      customer('a2', { tier: 'A', nextDue: '2026-11-20' }),
      customer('a1', { tier: 'A', nextDue: '2026-11-20' }),
    ])
    expect(result.slots.map((s) => [s.customerId, s.date, s.start, s.end])).toEqual([
      ['a1', MON, '09:00', '09:30'],
      ['a2', MON, '09:30', '10:00'],
      ['b1', MON, '10:00', '10:30'],
      ['b2', MON, '10:30', '11:00'],
      ['c1', MON, '11:00', '11:30'],
    ])
    expect(result.slots[0]).toMatchObject({ tier: 'A', nextDue: '2026-11-20' })
    expect(result.unplaced).toEqual([])
  })

  it('gives the only slot of the week to the A customer, however overdue the C one is', () => {
    const result = schedule(
      [
        customer('c', { tier: 'C', nextDue: '2025-01-01' }),
        customer('a', { tier: 'A', nextDue: '2026-11-22' }),
      ],
      { options: { workingDays: [1], dailyCapacity: 1 } },
    )
    expect(result.slots.map((s) => s.customerId)).toEqual(['a'])
    expect(result.unplaced).toEqual([{ customerId: 'c', reason: 'capacity_full' }])
  })

  it('lists the unplaced in priority order too', () => {
    const result = schedule(
      ['c', 'b', 'a'].map((id, i) => customer(id, { tier: (['C', 'B', 'A'] as const)[i] })),
      { options: { dailyCapacity: 0 } },
    )
    expect(result.unplaced.map((u) => u.customerId)).toEqual(['a', 'b', 'c'])
  })
})

describe('scheduleWeek: preferences', () => {
  it('honours preferred weekdays, moving to the next preferred one when a day is full', () => {
    const result = schedule([
      customer('x', { tier: 'A' }),
      customer('wed-fri', { preferredWeekdays: [3, 5] }),
    ])
    expect(slotOf(result, 'wed-fri')).toBe(`${WED} 09:00-09:30`)
    const full = schedule(
      [
        customer('x', { tier: 'A', preferredWeekdays: [3] }),
        customer('wed-fri', { preferredWeekdays: [3, 5] }),
      ],
      { options: { dailyCapacity: 1 } },
    )
    expect(slotOf(full, 'x')).toBe(`${WED} 09:00-09:30`)
    expect(slotOf(full, 'wed-fri')).toBe(`${FRI} 09:00-09:30`)
  })

  it('honours preferred hours, starting on the grid', () => {
    const result = schedule([
      customer('afternoon', { preferredHoursFrom: '14:00', preferredHoursTo: '16:00' }),
      customer('late-start', { preferredHoursFrom: '14:15' }),
      customer('early', { preferredHoursTo: '09:30' }),
    ])
    expect(slotOf(result, 'afternoon')).toBe(`${MON} 14:00-14:30`)
    expect(slotOf(result, 'late-start')).toBe(`${MON} 14:30-15:00`)
    expect(slotOf(result, 'early')).toBe(`${MON} 09:00-09:30`)
  })

  it('leaves out a customer whose preferred hours are too short for the meeting', () => {
    const result = schedule([
      customer('formal-hour', {
        meetingStyle: 'formal',
        preferredHoursFrom: '14:00',
        preferredHoursTo: '15:00',
      }),
      customer('before-work', { preferredHoursFrom: '07:00', preferredHoursTo: '08:30' }),
    ])
    expect(reasonOf(result, 'formal-hour')).toBe('no_time_in_preferred_hours')
    expect(reasonOf(result, 'before-work')).toBe('no_time_in_preferred_hours')
  })

  it('reports a clash between preferred weekdays and work hours instead of dropping the customer', () => {
    const result = schedule([
      customer('sat-work', { preferredWeekdays: [6], preferredTime: 'work_hours' }),
      customer('sat-default', { preferredWeekdays: [6] }),
      customer('sat-personal', { preferredWeekdays: [6], preferredTime: 'personal_time' }),
    ])
    expect(reasonOf(result, 'sat-work')).toBe('no_preferred_day')
    expect(reasonOf(result, 'sat-default')).toBe('no_preferred_day')
    expect(slotOf(result, 'sat-personal')).toBe(`${SAT} 10:00-10:30`)
  })

  it('puts personal_time outside working hours: the evening, or a day off', () => {
    const result = schedule([
      customer('evening', { preferredTime: 'personal_time' }),
      customer('late', {
        preferredTime: 'personal_time',
        preferredHoursFrom: '20:00',
        preferredHoursTo: '22:00',
      }),
    ])
    expect(slotOf(result, 'evening')).toBe(`${MON} 18:00-18:30`)
    expect(slotOf(result, 'late')).toBe(`${MON} 20:00-20:30`)
    const longDay = schedule([customer('evening', { preferredTime: 'personal_time' })], {
      options: { workingHours: { from: '09:00', to: '19:00' } },
    })
    expect(slotOf(longDay, 'evening')).toBe(`${MON} 19:00-19:30`)
    const earlyBird = schedule([customer('morning', { preferredTime: 'personal_time' })], {
      options: { personalHours: { workingDay: { from: '07:00', to: '21:00' } } },
    })
    expect(slotOf(earlyBird, 'morning')).toBe(`${MON} 07:00-07:30`)
  })

  it('gives a formal meeting 90 minutes and a brief or unstated one 30, or what the options say', () => {
    const result = schedule([
      customer('a-formal', { tier: 'A', meetingStyle: 'formal' }),
      customer('b-brief', { meetingStyle: 'brief' }),
      customer('c-none', { tier: 'C' }),
    ])
    expect(slotOf(result, 'a-formal')).toBe(`${MON} 09:00-10:30`)
    expect(slotOf(result, 'b-brief')).toBe(`${MON} 10:30-11:00`)
    expect(slotOf(result, 'c-none')).toBe(`${MON} 11:00-11:30`)
    const custom = schedule([customer('f', { meetingStyle: 'formal' })], {
      options: { durations: { formal: 60 } },
    })
    expect(slotOf(custom, 'f')).toBe(`${MON} 09:00-10:00`)
  })

  it('refuses malformed preferred hours with a reason', () => {
    const result = schedule([
      customer('bad', { preferredHoursFrom: '25:00' }),
      customer('backwards', { preferredHoursFrom: '16:00', preferredHoursTo: '10:00' }),
    ])
    expect(reasonOf(result, 'bad')).toBe('invalid_preferred_hours')
    expect(reasonOf(result, 'backwards')).toBe('invalid_preferred_hours')
  })
})

describe('scheduleWeek: the rep’s calendar', () => {
  it('never overlaps a busy block, and ignores blocks outside the week', () => {
    const busy: BusyBlock[] = [
      { date: MON, start: '09:00', end: '10:15' },
      { date: TUE, start: '09:00', end: '18:00' },
      { date: '2026-11-30', start: '09:00', end: '18:00' },
    ]
    const result = schedule([customer('a', { tier: 'A' }), customer('tue', { preferredWeekdays: [2, 3] })], {
      busy,
    })
    expect(slotOf(result, 'a')).toBe(`${MON} 10:30-11:00`)
    expect(slotOf(result, 'tue')).toBe(`${WED} 09:00-09:30`)
  })

  it('says no_free_time when busy blocks, not capacity, leave no gap', () => {
    const busy = [MON, TUE, WED, THU, FRI].map((date) => ({ date, start: '08:00', end: '18:00' }))
    const result = schedule([customer('x')], { busy })
    expect(result.unplaced).toEqual([{ customerId: 'x', reason: 'no_free_time' }])
  })

  it('fills a week to capacity with the A customers and lists the rest as capacity_full', () => {
    const as = Array.from({ length: 10 }, (_, i) => customer(`a${i}`, { tier: 'A', nextDue: '2026-11-22' }))
    const others = Array.from({ length: 10 }, (_, i) =>
      customer(`z${i}`, { tier: i < 5 ? 'B' : 'C', nextDue: '2026-01-01' }),
    )
    const result = schedule([...others, ...as], { options: { dailyCapacity: 2 } })
    expect(result.slots.map((s) => s.customerId).sort()).toEqual(as.map((c) => c.id).sort())
    for (const day of [MON, TUE, WED, THU, FRI])
      expect(result.slots.filter((s) => s.date === day)).toHaveLength(2)
    expect(result.unplaced).toEqual(others.map((c) => ({ customerId: c.id, reason: 'capacity_full' })))
  })
})

describe('scheduleWeek: due dates and the week', () => {
  it('places a customer due mid-week on or after its due date, else on the earliest day before it', () => {
    const result = schedule([
      customer('due-wed', { nextDue: WED }),
      customer('due-wed-mon-tue', { nextDue: WED, preferredWeekdays: [1, 2] }),
      customer('overdue', { tier: 'C' }),
    ])
    expect(slotOf(result, 'due-wed')).toBe(`${WED} 09:00-09:30`)
    expect(slotOf(result, 'due-wed-mon-tue')).toBe(`${MON} 09:00-09:30`)
    expect(slotOf(result, 'overdue')).toBe(`${MON} 09:30-10:00`)
    const full = schedule([customer('due-thu', { nextDue: THU, preferredWeekdays: [2, 4, 5] })], {
      busy: [THU, FRI].map((date) => ({ date, start: '09:00', end: '18:00' })),
    })
    expect(slotOf(full, 'due-thu')).toBe(`${TUE} 09:00-09:30`)
  })

  it('does not schedule a customer due after the week, but lists it', () => {
    const result = schedule([
      customer('next-week', { nextDue: '2026-11-30' }),
      customer('sunday', { nextDue: '2026-11-29', preferredTime: 'personal_time' }),
    ])
    expect(result.unplaced).toEqual([{ customerId: 'next-week', reason: 'not_due_this_week' }])
    expect(slotOf(result, 'sunday')).toBe('2026-11-29 10:00-10:30')
  })

  it('takes any date of the week and plans from its Monday', () => {
    const result = scheduleWeek({ weekStart: THU, customers: [customer('x')], busy: [] })
    expect(result.weekStart).toBe(MON)
    expect(slotOf(result, 'x')).toBe(`${MON} 09:00-09:30`)
  })

  it('is deterministic: the same week whatever the input order', () => {
    const customers = Array.from({ length: 30 }, (_, i) =>
      customer(`c${(i * 7) % 30}`, {
        tier: (['A', 'B', 'C'] as const)[i % 3],
        nextDue: `2026-11-${String(10 + (i % 15)).padStart(2, '0')}`,
        meetingStyle: i % 4 === 0 ? 'formal' : null,
      }),
    )
    const once = schedule(customers, { options: { dailyCapacity: 4 } })
    expect(schedule([...customers].reverse(), { options: { dailyCapacity: 4 } })).toEqual(once)
    expect(schedule(customers, { options: { dailyCapacity: 4 } })).toEqual(once)
  })

  it('lists a repeated customer once as a duplicate', () => {
    const result = schedule([customer('x', { tier: 'C' }), customer('x', { tier: 'A' })])
    expect(result.slots.map((s) => [s.customerId, s.tier])).toEqual([['x', 'A']])
    expect(result.unplaced).toEqual([{ customerId: 'x', reason: 'duplicate_customer' }])
  })
})

describe('scheduleWeek: bad input', () => {
  it('throws on what the caller should never pass', () => {
    expect(() => scheduleWeek({ weekStart: '2026-02-30', customers: [], busy: [] })).toThrow(RangeError)
    expect(() => schedule([customer('x', { nextDue: '20261120' })])).toThrow(RangeError)
    expect(() => schedule([], { busy: [{ date: MON, start: '10:00', end: '09:00' }] })).toThrow(RangeError)
    expect(() => schedule([], { options: { gridMinutes: 0 } })).toThrow(RangeError)
    expect(() => schedule([], { options: { workingHours: { from: '18:00', to: '09:00' } } })).toThrow(
      RangeError,
    )
    expect(() => schedule([], { options: { durations: { formal: -90 } } })).toThrow(RangeError)
  })
})
