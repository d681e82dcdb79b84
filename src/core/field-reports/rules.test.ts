import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../dates/local-date'
import { isReportableDay } from './daily-report-day'
import { mayComment } from './may-comment'
import { unsolvedProblems } from './problems'

describe('the rules of reports from the field', () => {
  it('refuses every problem that has no proposed solution, a blank one included', () => {
    expect(
      unsolvedProblems([
        { problem: 'Collections are slow', solution: 'Call every Monday' },
        { problem: 'No samples', solution: null },
        { problem: 'Price', solution: '   ' },
      ]),
    ).toEqual([1, 2])
    expect(unsolvedProblems([])).toEqual([])
  })

  it('takes a daily report for any day up to tomorrow, never later', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const today = '2026-11-27'
        expect(isReportableDay(addDays(today, offset), today)).toBe(offset <= 1)
      }),
    )
    expect(isReportableDay('2027-01-01', '2026-12-31')).toBe(true)
    expect(isReportableDay('2027-01-02', '2026-12-31')).toBe(false)
  })

  it('lets the rep’s managers up the line and admins comment, not the rep, a peer or someone below', () => {
    // boss → m1 → r1, r2; boss → r3
    const lines = [
      { id: 'boss', managerId: null },
      { id: 'm1', managerId: 'boss' },
      { id: 'r1', managerId: 'm1' },
      { id: 'r2', managerId: 'm1' },
      { id: 'r3', managerId: 'boss' },
    ]
    expect(mayComment({ id: 'm1', role: 'manager' }, 'r1', lines)).toBe(true)
    expect(mayComment({ id: 'boss', role: 'manager' }, 'r1', lines)).toBe(true)
    expect(mayComment({ id: 'boss', role: 'manager' }, 'm1', lines)).toBe(true)
    expect(mayComment({ id: 'admin', role: 'admin' }, 'r1', lines)).toBe(true)
    expect(mayComment({ id: 'm1', role: 'manager' }, 'r3', lines)).toBe(false)
    expect(mayComment({ id: 'm1', role: 'manager' }, 'm1', lines)).toBe(false)
    expect(mayComment({ id: 'm1', role: 'manager' }, 'boss', lines)).toBe(false)
    expect(mayComment({ id: 'r1', role: 'rep' }, 'r1', lines)).toBe(false)
    expect(mayComment({ id: 'r2', role: 'rep' }, 'r1', lines)).toBe(false)
    expect(mayComment({ id: 'f', role: 'finance' }, 'r1', lines)).toBe(false)
    expect(mayComment({ id: 'a', role: 'auditor' }, 'r1', lines)).toBe(false)
  })
})
