import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../dates/local-date'
import { periodDays, previousPeriod, wholeMonths } from './period'

describe('previousPeriod', () => {
  it('compares whole months with as many whole months just before (Aug–Dec → Mar–Jul)', () => {
    expect(previousPeriod({ from: '2026-08-01', to: '2026-12-31' })).toEqual({
      from: '2026-03-01',
      to: '2026-07-31',
    })
  })
  it('compares a year with the year before, leap day or not', () => {
    expect(previousPeriod({ from: '2025-01-01', to: '2025-12-31' })).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
    })
    expect(previousPeriod({ from: '2024-03-01', to: '2024-03-31' })).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    })
  })
  it('compares any other range with as many days just before', () => {
    expect(previousPeriod({ from: '2026-11-10', to: '2026-11-20' })).toEqual({
      from: '2026-10-30',
      to: '2026-11-09',
    })
    expect(previousPeriod({ from: '2026-11-27', to: '2026-11-27' })).toEqual({
      from: '2026-11-26',
      to: '2026-11-26',
    })
  })
  it('reads whole months only from a first to a last day', () => {
    expect(wholeMonths({ from: '2026-02-01', to: '2026-02-28' })).toBe(1)
    expect(wholeMonths({ from: '2026-02-01', to: '2026-02-27' })).toBeNull()
    expect(wholeMonths({ from: '2025-11-01', to: '2026-02-28' })).toBe(4)
  })
  it('always ends the day before the period starts, and a day range keeps its length', () => {
    const day = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('1990-01-01', n))
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), (from, length) => {
        const period = { from, to: addDays(from, length) }
        const previous = previousPeriod(period)
        expect(addDays(previous.to, 1)).toBe(period.from)
        expect(previous.from <= previous.to).toBe(true)
        if (wholeMonths(period) === null) expect(periodDays(previous)).toBe(periodDays(period))
        else expect(wholeMonths(previous)).toBe(wholeMonths(period))
      }),
    )
  })
})
