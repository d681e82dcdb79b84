import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY } from '../follow-ups/follow-up-policy'
import { agendaEvents } from './agenda-events'

const customer = (id: string, lastFollowUpOn: string | null, tier: 'A' | 'B' | 'C' = 'A') => ({
  id,
  name: id,
  phone: null,
  tier,
  computedTier: tier,
  override: { tier: null, until: null },
  lastFollowUpOn,
  nextFollowUpOn: null,
  assignedOn: '2026-01-01',
})

const events = (input: Partial<Parameters<typeof agendaEvents>[0]>) =>
  agendaEvents({
    today: '2026-11-27',
    days: 14,
    lang: 'en',
    intervals: DEFAULT_POLICY.intervals,
    customers: [],
    plans: [],
    slots: [],
    visits: [],
    ...input,
  }).map((e) => [e.date, e.summary])

describe('agendaEvents', () => {
  it('keeps the 14 days from today: the last day in, the day after out; overdue moves to today', () => {
    expect(
      events({
        customers: [
          customer('late', '2026-11-01'), // A, due 11-08: 19 days overdue
          customer('last', '2026-12-03'), // A, due 12-10: the 14th day
          customer('after', '2026-12-04'), // due 12-11: outside
          customer('c', '2026-11-20', 'C'), // C, due 12-20: outside
        ],
      }),
    ).toEqual([
      ['2026-11-27', 'Follow up late (A, 19 d overdue)'],
      ['2026-12-10', 'Follow up last (A)'],
    ])
  })

  it('shows plans with money outstanding, an overdue one today, in the reader’s language', () => {
    expect(
      agendaEvents({
        today: '2026-11-27',
        days: 14,
        lang: 'zh-Hans',
        intervals: DEFAULT_POLICY.intervals,
        customers: [],
        slots: [],
        visits: [],
        plans: [
          { id: 'p1', customerName: '华南', dueOn: '2026-11-02', outstanding: 500_00 },
          { id: 'p2', customerName: '华北', dueOn: '2026-11-30', outstanding: 0 },
          { id: 'p3', customerName: '华东', dueOn: '2026-12-01', outstanding: 1_000_00 },
        ],
      }).map((e) => [e.uid, e.date, e.summary, e.description]),
    ).toEqual([
      ['collection-plan-p1@abacus', '2026-11-27', '回款计划逾期：华南，500.00', '到期日：2026-11-02'],
      ['collection-plan-p3@abacus', '2026-12-01', '回款计划：华东，1,000.00', '到期日：2026-12-01'],
    ])
  })

  it('puts each visit at its time, and a due customer with a visit in the window only there', () => {
    const visit = { customerName: 'visited', start: '10:00', end: '11:30', place: null }
    expect(
      agendaEvents({
        today: '2026-11-27',
        days: 14,
        lang: 'en',
        intervals: DEFAULT_POLICY.intervals,
        customers: [customer('visited', '2026-11-01'), customer('late', '2026-11-01')],
        plans: [],
        slots: [],
        visits: [
          { ...visit, id: 'v2', customerId: 'visited', date: '2026-12-02', place: 'Taichung office' },
          { ...visit, id: 'v1', customerId: 'elsewhere', customerName: 'other', date: '2026-11-27' },
        ],
      }).map((e) => [e.uid, e.date, e.time, e.summary, e.description]),
    ).toEqual([
      ['visit-v1@abacus', '2026-11-27', { start: '10:00', end: '11:30' }, 'Visit: other', ''],
      ['follow-up-late@abacus', '2026-11-27', null, 'Follow up late (A, 19 d overdue)', expect.any(String)],
      [
        'visit-v2@abacus',
        '2026-12-02',
        { start: '10:00', end: '11:30' },
        'Visit: visited',
        'Place: Taichung office',
      ],
    ])
  })
})
