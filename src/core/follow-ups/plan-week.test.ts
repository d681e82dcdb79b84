import { describe, expect, it } from 'vitest'
import { planWeek, type PlanCustomer } from './plan-week'
import type { PlannedSlot } from './planned-slot'

// The week of Monday 2026-11-30 … Sunday 2026-12-06; "today" is the Friday before.
const MON = '2026-11-30'
const TUE = '2026-12-01'
const SUN = '2026-12-06'
const TODAY = '2026-11-27'
const INTERVALS = { A: 7, B: 15, C: 30 }

const customer = (id: string, over: Partial<PlanCustomer> = {}): PlanCustomer => ({
  id,
  name: `Customer ${id}`,
  computedTier: 'B',
  override: { tier: null, until: null },
  lastFollowUpOn: '2026-11-01',
  nextFollowUpOn: null,
  assignedOn: '2026-01-01',
  preferredWeekdays: [],
  preferredHoursFrom: null,
  preferredHoursTo: null,
  preferredTime: null,
  meetingStyle: null,
  ...over,
})

const slot = (id: string, customerId: string, over: Partial<PlannedSlot> = {}): PlannedSlot => ({
  id,
  customerId,
  date: MON,
  start: '09:00',
  end: '09:30',
  status: 'accepted',
  ...over,
})

const plan = (customers: PlanCustomer[], planned: PlannedSlot[] = [], today = TODAY) =>
  planWeek({ week: '2026-12-03', today, customers, planned, intervals: INTERVALS })

describe('planWeek: which customers', () => {
  it('proposes every customer due on or before Sunday, overdue ones included, and nobody due later', () => {
    const week = plan([
      customer('overdue-b'), // 11-01 + 15 = 11-16
      customer('due-sunday', { computedTier: 'A', lastFollowUpOn: '2026-11-29' }), // + 7 = 12-06
      customer('due-monday-after', { computedTier: 'A', lastFollowUpOn: '2026-11-30' }), // 12-07
      customer('pool', { lastFollowUpOn: null, assignedOn: null }),
      customer('new', { lastFollowUpOn: null, assignedOn: '2026-12-02' }),
    ])
    expect(week.weekStart).toBe(MON)
    expect(week.weekEnd).toBe(SUN)
    expect(week.proposed.map((p) => p.customerId).sort()).toEqual(['due-sunday', 'new', 'overdue-b'])
    expect(week.unplaced).toEqual([])
  })

  it('takes A before B before C by the effective tier, the manual one while it lasts', () => {
    const week = plan([
      customer('c', { computedTier: 'C', lastFollowUpOn: '2026-09-01' }),
      customer('b-made-a', { override: { tier: 'A', until: null } }),
      customer('a-expired', {
        computedTier: 'C',
        override: { tier: 'A', until: '2026-11-29' },
        lastFollowUpOn: '2026-10-01',
      }),
      customer('b'),
    ])
    expect(week.proposed.map((p) => [p.customerId, p.tier, p.start])).toEqual([
      ['b-made-a', 'A', '09:00'],
      ['b', 'B', '09:30'],
      ['c', 'C', '10:00'],
      ['a-expired', 'C', '10:30'],
    ])
  })

  it('says why each is due, how late, and how often its tier is seen', () => {
    const week = plan([
      customer('interval', { computedTier: 'A', lastFollowUpOn: '2026-11-17' }),
      customer('next-date', { lastFollowUpOn: '2026-11-20', nextFollowUpOn: '2026-12-02' }),
      customer('never', { lastFollowUpOn: null, assignedOn: '2026-11-20' }),
    ])
    const byId = Object.fromEntries(week.proposed.map((p) => [p.customerId, p]))
    expect(byId.interval).toMatchObject({
      dueReason: 'interval',
      nextDue: '2026-11-24',
      overdue: true,
      daysOverdue: 3,
      intervalDays: 7,
    })
    expect(byId['next-date']).toMatchObject({
      dueReason: 'next_date',
      nextDue: '2026-12-02',
      overdue: false,
      daysOverdue: 0,
    })
    expect(byId.never).toMatchObject({
      dueReason: 'never_followed_up',
      nextDue: '2026-11-20',
      lastFollowUpOn: null,
    })
  })
})

describe('planWeek: the rep’s decisions', () => {
  it('does not propose a customer with a planned visit this week, and plans around the visit', () => {
    const week = plan([customer('a', { computedTier: 'A' }), customer('b')], [slot('s1', 'a')])
    expect(week.proposed.map((p) => [p.customerId, p.date, p.start])).toEqual([['b', MON, '09:30']])
    expect(week.planned).toEqual([{ ...slot('s1', 'a'), tier: 'A' }])
  })

  it('lists a customer set aside this week as dropped, unless a visit is planned too', () => {
    const week = plan(
      [
        customer('a', { computedTier: 'A' }),
        customer('b'),
        customer('c', { computedTier: 'C', lastFollowUpOn: '2026-09-01' }),
      ],
      [
        slot('d1', 'b', { status: 'dropped' }),
        slot('d2', 'a', { status: 'dropped' }),
        slot('s2', 'a', { date: TUE, start: '10:00', end: '10:30' }),
      ],
    )
    expect(week.proposed.map((p) => p.customerId)).toEqual(['c'])
    expect(week.unplaced).toEqual([
      {
        customerId: 'b',
        customerName: 'Customer b',
        tier: 'B',
        nextDue: '2026-11-16',
        overdue: true,
        daysOverdue: 11,
        reason: 'dropped',
        slotId: 'd1',
      },
    ])
    expect(week.planned.map((s) => s.id)).toEqual(['s2'])
  })

  it('ignores slots of other weeks, and a dropped slot takes no time', () => {
    const week = plan(
      [customer('a', { computedTier: 'A' }), customer('b')],
      [slot('last-week', 'a', { date: '2026-11-23' }), slot('dropped', 'x', { status: 'dropped' })],
    )
    expect(week.proposed.map((p) => [p.customerId, p.start])).toEqual([
      ['a', '09:00'],
      ['b', '09:30'],
    ])
    expect(week.planned).toEqual([])
  })

  it('keeps the planned visit of a customer no longer the rep’s, without a tier', () => {
    expect(plan([], [slot('s', 'gone')]).planned).toEqual([{ ...slot('s', 'gone'), tier: null }])
  })
})

describe('planWeek: the days', () => {
  it('proposes nothing on days already gone', () => {
    const week = plan(
      [customer('a', { computedTier: 'A' }), customer('b', { preferredWeekdays: [1] })],
      [],
      '2026-12-02',
    )
    expect(week.proposed.map((p) => [p.customerId, p.date])).toEqual([['a', '2026-12-02']])
    expect(week.unplaced.map((u) => [u.customerId, u.reason])).toEqual([['b', 'no_free_time']])
  })

  it('proposes nothing today before now', () => {
    const week = planWeek({
      week: MON,
      today: TUE,
      now: '16:10',
      customers: [customer('a', { computedTier: 'A' }), customer('b')],
      planned: [],
      intervals: INTERVALS,
    })
    expect(week.proposed.map((p) => [p.customerId, p.date, p.start])).toEqual([
      ['a', TUE, '16:30'],
      ['b', TUE, '17:00'],
    ])
  })

  it('gives reasons for what cannot be placed, in priority order', () => {
    const week = plan([
      customer('sat', { preferredWeekdays: [6], preferredTime: 'work_hours' }),
      customer('short', {
        computedTier: 'A',
        meetingStyle: 'formal',
        preferredHoursFrom: '09:00',
        preferredHoursTo: '10:00',
      }),
    ])
    expect(week.unplaced.map((u) => [u.customerId, u.reason])).toEqual([
      ['short', 'no_time_in_preferred_hours'],
      ['sat', 'no_preferred_day'],
    ])
  })
})

describe('planWeek: visits planned in the visits module', () => {
  it('goes around them like accepted slots, and does not propose their customers again', () => {
    const week = planWeek({
      week: MON,
      today: TODAY,
      customers: [
        customer('visited'),
        customer('other', { preferredWeekdays: [1], preferredHoursFrom: '10:00' }),
      ],
      planned: [],
      visits: [
        { customerId: 'visited', date: MON, start: '10:00', end: '10:45' },
        { customerId: 'next-week', date: '2026-12-07', start: '09:00', end: '18:00' },
      ],
      intervals: INTERVALS,
    })
    expect(week.proposed.map((p) => p.customerId)).toEqual(['other'])
    const other = week.proposed[0]
    expect(other?.date).toBe(MON)
    expect(other && (other.end <= '10:00' || other.start >= '10:45')).toBe(true)
  })

  it('counts them and accepted slots towards the daily capacity', () => {
    // Capacity 3, Monday only: one accepted slot and one visit leave room for one more.
    const week = planWeek({
      week: MON,
      today: TODAY,
      customers: ['x', 'y', 'z'].map((id) => customer(id)),
      planned: [slot('s1', 'planned-one', { start: '09:00', end: '09:30' })],
      visits: [{ customerId: 'visited', date: MON, start: '14:00', end: '15:00' }],
      intervals: INTERVALS,
      options: { workingDays: [1], dailyCapacity: 3 },
    })
    expect(week.proposed.map((p) => [p.customerId, p.date])).toEqual([['x', MON]])
    expect(week.unplaced.map((u) => [u.customerId, u.reason])).toEqual([
      ['y', 'capacity_full'],
      ['z', 'capacity_full'],
    ])
  })
})
