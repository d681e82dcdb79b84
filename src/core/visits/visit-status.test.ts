import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { effectiveStatus, mayCheckIn, mayReview } from './visit-status'
import { reviewIssues } from './review-issues'
import { reviewDeadline } from './review-deadline'

describe('effectiveStatus', () => {
  const endsAt = '2026-11-27T03:00:00.000Z'
  it('reads a plan whose end has passed as missed, at the end exactly too', () => {
    expect(effectiveStatus({ status: 'planned', endsAt }, new Date('2026-11-27T02:59:59Z'))).toBe('planned')
    expect(effectiveStatus({ status: 'planned', endsAt }, new Date(endsAt))).toBe('missed')
  })
  it('never changes any other status, whatever the time (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('checked_in', 'reviewed', 'missed', 'cancelled'),
        fc.integer({ min: -1e10, max: 1e10 }),
        (status, offset) => {
          expect(effectiveStatus({ status, endsAt }, new Date(Date.parse(endsAt) + offset))).toBe(status)
        },
      ),
    )
  })
  it('checks in only a plan and reviews only a checked-in visit', () => {
    expect(
      ['planned', 'checked_in', 'reviewed', 'missed', 'cancelled'].filter((s) => mayCheckIn(s as never)),
    ).toEqual(['planned'])
    expect(
      ['planned', 'checked_in', 'reviewed', 'missed', 'cancelled'].filter((s) => mayReview(s as never)),
    ).toEqual(['checked_in'])
  })
})

describe('reviewIssues', () => {
  const planned = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]
  it('asks a result of every objective and a reason unless yes', () => {
    expect(
      reviewIssues(planned, [
        { id: 'a', result: 'yes' },
        { id: 'b', result: 'partly', reason: '  ' },
      ]),
    ).toEqual([
      { path: 'objectives.1.reason', key: 'error.objective_reason_required' },
      { path: 'objectives.2.result', key: 'error.objective_result_required' },
    ])
    expect(
      reviewIssues(planned, [
        { id: 'c', result: 'no', reason: '老闆不在' },
        { id: 'a', result: 'yes' },
        { id: 'b', result: 'partly', reason: '只談了價格' },
      ]),
    ).toEqual([])
  })
  it('refuses an objective that is not the visit’s', () => {
    expect(reviewIssues([], [{ id: 'x', result: 'yes' }])).toEqual([
      { path: 'objectives.0.id', key: 'field.invalid' },
    ])
  })
})

describe('reviewDeadline', () => {
  it('is 24 h after the later of the end and the check-in (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.option(fc.integer({ min: 0, max: 1e12 })),
        (end, checkIn) => {
          const deadline = reviewDeadline({
            endsAt: new Date(end).toISOString(),
            checkedInAt: checkIn === null ? null : new Date(checkIn).toISOString(),
          }).getTime()
          expect(deadline - Math.max(end, checkIn ?? end)).toBe(86_400_000)
        },
      ),
    )
  })
})
