import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../dates/local-date'
import { isOverdue, nextDue } from './next-due'
import { effectiveTier } from './tier'

const intervals = { A: 7, B: 15, C: 30 }

describe('nextDue', () => {
  it('is the last follow-up + the tier’s interval, or the next date set when earlier', () => {
    const base = { tier: 'A' as const, lastFollowUpOn: '2026-11-02', assignedOn: '2026-01-01' }
    expect(nextDue({ ...base, nextFollowUpOn: null }, intervals)).toBe('2026-11-09')
    expect(nextDue({ ...base, nextFollowUpOn: '2026-11-05' }, intervals)).toBe('2026-11-05')
    expect(nextDue({ ...base, nextFollowUpOn: '2026-11-20' }, intervals)).toBe('2026-11-09')
    expect(nextDue({ ...base, tier: 'C', nextFollowUpOn: null }, intervals)).toBe('2026-12-02')
  })
  it('is the day of assignment for a customer never followed up', () => {
    expect(
      nextDue({ tier: 'B', lastFollowUpOn: null, nextFollowUpOn: null, assignedOn: '2026-10-01' }, intervals),
    ).toBe('2026-10-01')
  })
  it('is overdue only before today', () => {
    expect(isOverdue('2026-11-26', '2026-11-27')).toBe(true)
    expect(isOverdue('2026-11-27', '2026-11-27')).toBe(false)
    expect(isOverdue(null, '2026-11-27')).toBe(false)
  })
  it('never lies after last + interval, nor after a next date set (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        fc.integer({ min: -40, max: 40 }),
        fc.constantFrom('A' as const, 'B' as const, 'C' as const),
        (when, offset, tier) => {
          const last = when.toISOString().slice(0, 10)
          const set = addDays(last, offset)
          const due = nextDue(
            { tier, lastFollowUpOn: last, nextFollowUpOn: set, assignedOn: null },
            intervals,
          ) as string
          expect(due <= addDays(last, intervals[tier])).toBe(true)
          expect(due <= set).toBe(true)
          expect([set, addDays(last, intervals[tier])]).toContain(due)
        },
      ),
    )
  })
})

describe('effectiveTier', () => {
  it('takes the override until its last day, then the computed tier', () => {
    expect(effectiveTier('C', { tier: 'A', until: '2026-11-30' }, '2026-11-30')).toBe('A')
    expect(effectiveTier('C', { tier: 'A', until: '2026-11-30' }, '2026-12-01')).toBe('C')
    expect(effectiveTier('B', { tier: 'A', until: null }, '2030-01-01')).toBe('A')
    expect(effectiveTier('B', { tier: null, until: null }, '2030-01-01')).toBe('B')
  })
})
