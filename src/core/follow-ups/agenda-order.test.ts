import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { agendaFor, type AgendaCustomer } from './agenda-order'

const intervals = { A: 7, B: 15, C: 30 }
const customer = (id: string, over: Partial<AgendaCustomer>): AgendaCustomer => ({
  id,
  name: id,
  tier: 'C',
  computedTier: 'C',
  override: { tier: null, until: null },
  lastFollowUpOn: null,
  nextFollowUpOn: null,
  assignedOn: '2026-01-01',
  ...over,
})

describe('agendaFor', () => {
  it('lists overdue first, then due today; A before B before C; leaves out what is due later', () => {
    const day = '2026-11-27'
    const items = agendaFor(
      [
        customer('c-today', { computedTier: 'C', lastFollowUpOn: '2026-10-28' }),
        customer('a-today', { computedTier: 'A', lastFollowUpOn: '2026-11-20' }),
        customer('b-late', { computedTier: 'B', lastFollowUpOn: '2026-11-01' }),
        customer('a-late', { computedTier: 'A', lastFollowUpOn: '2026-11-10' }),
        customer('a-later', { computedTier: 'A', lastFollowUpOn: '2026-11-25' }),
        customer('c-override-a', {
          computedTier: 'C',
          override: { tier: 'A', until: null },
          lastFollowUpOn: '2026-11-19',
        }),
      ],
      day,
      intervals,
    )
    expect(items.map((i) => [i.id, i.tier, i.nextDue, i.overdue, i.daysOverdue])).toEqual([
      ['a-late', 'A', '2026-11-17', true, 10],
      ['c-override-a', 'A', '2026-11-26', true, 1],
      ['b-late', 'B', '2026-11-16', true, 11],
      ['a-today', 'A', '2026-11-27', false, 0],
      ['c-today', 'C', '2026-11-27', false, 0],
    ])
  })
  it('puts a customer never followed up on the day it was assigned, and honours a next date set', () => {
    const items = agendaFor(
      [
        customer('new', { assignedOn: '2026-11-27' }),
        customer('called-back', {
          computedTier: 'C',
          lastFollowUpOn: '2026-11-20',
          nextFollowUpOn: '2026-11-27',
        }),
      ],
      '2026-11-27',
      intervals,
    )
    expect(items.map((i) => i.id).sort()).toEqual(['called-back', 'new'])
  })
  it('every overdue item comes before every item due that day (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            tier: fc.constantFrom('A' as const, 'B' as const, 'C' as const),
            ago: fc.integer({ min: 0, max: 90 }),
          }),
        ),
        (list) => {
          const items = agendaFor(
            list.map((c, i) =>
              customer(`c${i}`, {
                computedTier: c.tier,
                lastFollowUpOn: new Date(Date.UTC(2026, 10, 27 - c.ago)).toISOString().slice(0, 10),
              }),
            ),
            '2026-11-27',
            intervals,
          )
          const firstDueToday = items.findIndex((i) => !i.overdue)
          if (firstDueToday >= 0) expect(items.slice(firstDueToday).every((i) => !i.overdue)).toBe(true)
          expect(items.every((i) => i.nextDue <= '2026-11-27')).toBe(true)
        },
      ),
    )
  })
})
