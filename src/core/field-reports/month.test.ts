import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, isLocalDate } from '../dates/local-date'
import { addMonthsTo, dayBefore, isMonth, monthOf, monthRange } from './month'

const month = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, m }) => `${year}-${String(m).padStart(2, '0')}`)

describe('months of the monthly work report', () => {
  it('accepts YYYY-MM with a month 01–12 only', () => {
    expect(isMonth('2026-11')).toBe(true)
    for (const bad of ['2026-13', '2026-00', '2026-1', '202611', '2026-11-01', 'Nov 2026', ''])
      expect(isMonth(bad)).toBe(false)
  })

  it('knows the length of February in leap and common years', () => {
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(monthRange('1900-02').to).toBe('1900-02-28')
    expect(monthRange('2000-02').to).toBe('2000-02-29')
    expect(dayBefore('2026-03')).toBe('2026-02-28')
  })

  it('tiles the calendar: each month ends the day before the next one starts, 28–31 days long', () => {
    fc.assert(
      fc.property(month, (m) => {
        const { from, to } = monthRange(m)
        expect(isLocalDate(from) && isLocalDate(to)).toBe(true)
        expect(daysBetween(from, to) + 1).toBeGreaterThanOrEqual(28)
        expect(daysBetween(from, to) + 1).toBeLessThanOrEqual(31)
        expect(monthRange(addMonthsTo(m, 1)).from).toBe(addDays(to, 1))
        expect(dayBefore(m)).toBe(addDays(from, -1))
        expect(monthOf(from)).toBe(m)
        expect(monthOf(to)).toBe(m)
      }),
    )
  })

  it('adds months as whole steps: there and back again, and twelve make a year', () => {
    fc.assert(
      fc.property(month, fc.integer({ min: -600, max: 600 }), (m, n) => {
        expect(isMonth(addMonthsTo(m, n))).toBe(true)
        expect(addMonthsTo(addMonthsTo(m, n), -n)).toBe(m)
        expect(addMonthsTo(m, 12)).toBe(`${Number(m.slice(0, 4)) + 1}-${m.slice(5)}`)
      }),
    )
  })
})
