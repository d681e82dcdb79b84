import { describe, expect, it } from 'vitest'
import { dueReason } from './due-reason'
import { nextDue, type CadenceState } from './next-due'

const INTERVALS = { A: 7, B: 15, C: 30 }
const state = (over: Partial<CadenceState>): CadenceState => ({
  tier: 'A',
  lastFollowUpOn: '2026-11-10',
  nextFollowUpOn: null,
  assignedOn: '2026-01-01',
  ...over,
})

describe('dueReason: the side of next_due that won', () => {
  it('names the interval, the next date set, or a customer never followed up', () => {
    expect(dueReason(state({}), INTERVALS)).toBe('interval')
    expect(dueReason(state({ nextFollowUpOn: '2026-11-12' }), INTERVALS)).toBe('next_date')
    expect(dueReason(state({ nextFollowUpOn: '2026-11-20' }), INTERVALS)).toBe('interval')
    expect(dueReason(state({ lastFollowUpOn: null }), INTERVALS)).toBe('never_followed_up')
  })

  it('calls a tie the interval, and agrees with nextDue on the date', () => {
    const tie = state({ nextFollowUpOn: '2026-11-17' })
    expect(nextDue(tie, INTERVALS)).toBe('2026-11-17')
    expect(dueReason(tie, INTERVALS)).toBe('interval')
    const early = state({ tier: 'C', nextFollowUpOn: '2026-11-30' })
    expect(nextDue(early, INTERVALS)).toBe(early.nextFollowUpOn)
    expect(dueReason(early, INTERVALS)).toBe('next_date')
  })
})
