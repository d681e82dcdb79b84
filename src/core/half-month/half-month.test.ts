import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, isLocalDate } from '../dates/local-date'
import {
  addHalfMonths,
  closesOn,
  halfMonthOf,
  halfMonthRange,
  isClosedHalfMonth,
  isHalfMonth,
  lastClosedHalfMonth,
} from './half-month'

const day = fc
  .integer({ min: -25_000, max: 80_000 })
  .map((n) => addDays('1970-01-01', n))
  .filter((d) => d >= '1900-01-01')
const period = day.map(halfMonthOf)

describe('half-months of the half-monthly report', () => {
  it('accepts YYYY-MM-1 and YYYY-MM-2 of a real month only', () => {
    expect(isHalfMonth('2026-11-1')).toBe(true)
    expect(isHalfMonth('2026-11-2')).toBe(true)
    for (const bad of [
      '2026-11-3',
      '2026-11-0',
      '2026-13-1',
      '2026-00-2',
      '2026-1-1',
      '2026-11',
      '2026-11-01',
      'x',
      '',
    ])
      expect(isHalfMonth(bad)).toBe(false)
  })

  it('splits a month at the 15th, the second half ending on the month’s last day', () => {
    expect(halfMonthRange('2026-11-1')).toEqual({ from: '2026-11-01', to: '2026-11-15' })
    expect(halfMonthRange('2026-11-2')).toEqual({ from: '2026-11-16', to: '2026-11-30' })
    expect(halfMonthRange('2024-02-2')).toEqual({ from: '2024-02-16', to: '2024-02-29' })
    expect(halfMonthRange('2026-02-2')).toEqual({ from: '2026-02-16', to: '2026-02-28' })
    expect(halfMonthOf('2026-11-15')).toBe('2026-11-1')
    expect(halfMonthOf('2026-11-16')).toBe('2026-11-2')
  })

  it('puts every day in exactly one half-month, the one whose range holds it', () => {
    fc.assert(
      fc.property(day, (d) => {
        const p = halfMonthOf(d)
        expect(isHalfMonth(p)).toBe(true)
        const { from, to } = halfMonthRange(p)
        expect(from <= d && d <= to).toBe(true)
        // Neither neighbour holds it.
        for (const other of [addHalfMonths(p, -1), addHalfMonths(p, 1)]) {
          const r = halfMonthRange(other)
          expect(r.from <= d && d <= r.to).toBe(false)
        }
      }),
    )
  })

  it('tiles the calendar: each half-month starts the day after the one before ends, 13–16 days long', () => {
    fc.assert(
      fc.property(period, (p) => {
        const { from, to } = halfMonthRange(p)
        expect(isLocalDate(from) && isLocalDate(to)).toBe(true)
        const length = daysBetween(from, to) + 1
        expect(length).toBeGreaterThanOrEqual(13)
        expect(length).toBeLessThanOrEqual(16)
        expect(halfMonthRange(addHalfMonths(p, 1)).from).toBe(addDays(to, 1))
        expect(closesOn(p)).toBe(addDays(to, 1))
      }),
    )
  })

  it('steps forward and back consistently', () => {
    fc.assert(
      fc.property(period, fc.integer({ min: -500, max: 500 }), (p, n) => {
        expect(addHalfMonths(addHalfMonths(p, n), -n)).toBe(p)
        expect(addHalfMonths(p, n) > p).toBe(n > 0)
      }),
    )
    expect(addHalfMonths('2026-12-2', 1)).toBe('2027-01-1')
    expect(addHalfMonths('2027-01-1', -1)).toBe('2026-12-2')
  })

  it('is closed only once its last day is over', () => {
    expect(isClosedHalfMonth('2026-11-2', '2026-11-27')).toBe(false)
    expect(isClosedHalfMonth('2026-11-2', '2026-11-30')).toBe(false)
    expect(isClosedHalfMonth('2026-11-2', '2026-12-01')).toBe(true)
    expect(isClosedHalfMonth('2026-11-1', '2026-11-16')).toBe(true)
    expect(lastClosedHalfMonth('2026-11-27')).toBe('2026-11-1')
    expect(lastClosedHalfMonth('2026-11-01')).toBe('2026-10-2')
    fc.assert(
      fc.property(day, (today) => {
        const last = lastClosedHalfMonth(today)
        expect(isClosedHalfMonth(last, today)).toBe(true)
        expect(isClosedHalfMonth(addHalfMonths(last, 1), today)).toBe(false)
      }),
    )
  })
})
