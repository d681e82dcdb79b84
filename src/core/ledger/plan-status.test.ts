import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { planStatuses } from './plan-status'

const plans = [
  { id: 'b', dueOn: '2026-06-30', amountMinor: 500 },
  { id: 'a', dueOn: '2026-05-31', amountMinor: 300 },
  { id: 'c', dueOn: '2026-12-31', amountMinor: 200 },
]

describe('planStatuses', () => {
  it('covers the earliest plans first and flags what is past due and unpaid', () => {
    expect(planStatuses(plans, 600, '2026-07-15')).toEqual([
      { id: 'a', outstandingMinor: 0, overdue: false },
      { id: 'b', outstandingMinor: 200, overdue: true },
      { id: 'c', outstandingMinor: 200, overdue: false },
    ])
  })
  it('is not overdue on the due date itself', () => {
    expect(planStatuses(plans, 0, '2026-05-31')[0]).toEqual({
      id: 'a',
      outstandingMinor: 300,
      overdue: false,
    })
  })
  it('never leaves more outstanding than planned minus collected, nor less than zero (property)', () => {
    const plan = fc.record({
      id: fc.uuid(),
      dueOn: fc.constantFrom('2026-01-31', '2026-02-28', '2026-03-31'),
      amountMinor: fc.integer({ min: 0, max: 1e9 }),
    })
    fc.assert(
      fc.property(fc.array(plan, { maxLength: 20 }), fc.integer({ min: 0, max: 2e10 }), (list, collected) => {
        const statuses = planStatuses(list, collected, '2026-03-01')
        const planned = list.reduce((s, p) => s + p.amountMinor, 0)
        const outstanding = statuses.reduce((s, p) => s + p.outstandingMinor, 0)
        return (
          statuses.every((s) => s.outstandingMinor >= 0) && outstanding === Math.max(planned - collected, 0)
        )
      }),
    )
  })
})
