import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planTomorrow, type DueCustomer } from './plan-tomorrow'

const timed = (id: string, customerId: string, start: string, end = start) => ({
  id,
  customerId,
  customerName: `Customer ${customerId}`,
  start,
  end,
})
const due = (customerId: string, tier: DueCustomer['tier'] = 'B', overdue = false): DueCustomer => ({
  customerId,
  customerName: `Customer ${customerId}`,
  tier,
  overdue,
})

describe("tomorrow's plan (日報)", () => {
  it('lists visits and slots by time, then the due customers not already planned, in agenda order', () => {
    const plan = planTomorrow(
      [timed('v1', 'a', '14:00', '15:30')],
      [timed('s1', 'b', '09:00', '09:30'), timed('s2', 'a', '14:00', '14:30')],
      [due('c', 'A', true), due('a'), due('d', 'C')],
    )
    expect(plan.map((p) => [p.kind, p.customerId])).toEqual([
      ['planned_follow_up', 'b'],
      ['visit', 'a'],
      ['due', 'c'],
      ['due', 'd'],
    ])
    expect(plan[2]).toMatchObject({ tier: 'A', overdue: true, start: null })
  })

  const hhmm = fc
    .integer({ min: 0, max: 23 * 60 + 59 })
    .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`)
  const customer = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f')
  it('never lists a due customer twice or one already planned, and keeps every visit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(customer, hhmm), { maxLength: 5 }),
        fc.array(fc.tuple(customer, hhmm), { maxLength: 5 }),
        fc.array(fc.tuple(customer, fc.boolean()), { maxLength: 8 }),
        (visits, slots, dues) => {
          const plan = planTomorrow(
            visits.map(([c, t], i) => timed(`v${i}`, c, t)),
            slots.map(([c, t], i) => timed(`s${i}`, c, t)),
            dues.map(([c, overdue]) => due(c, 'B', overdue)),
          )
          expect(plan.filter((p) => p.kind === 'visit')).toHaveLength(visits.length)
          const timedItems = plan.filter((p) => p.kind !== 'due')
          const starts = timedItems.map((p) => p.start ?? '')
          expect([...starts].sort()).toEqual(starts)
          // The due customers come after everything that has a time.
          const kinds = plan.map((p) => (p.kind === 'due' ? 1 : 0))
          expect([...kinds].sort()).toEqual(kinds)
          const dueIds = plan.filter((p) => p.kind === 'due').map((p) => p.customerId)
          expect(new Set(dueIds).size).toBe(dueIds.length)
          for (const id of dueIds) expect(timedItems.some((p) => p.customerId === id)).toBe(false)
          const visited = new Set<string>(visits.map(([c]) => c))
          for (const p of plan.filter((x) => x.kind === 'planned_follow_up'))
            expect(visited.has(p.customerId)).toBe(false)
          // Every customer due appears somewhere.
          for (const [c] of dues) expect(plan.some((p) => p.customerId === c)).toBe(true)
        },
      ),
    )
  })
})
