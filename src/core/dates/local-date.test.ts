import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays, addMonths, daysBetween, isLocalDate, localDateAt } from './local-date'

describe('isLocalDate', () => {
  it('accepts real dates, leap days included', () => {
    expect(isLocalDate('2026-11-27')).toBe(true)
    expect(isLocalDate('2024-02-29')).toBe(true)
    expect(isLocalDate('2000-02-29')).toBe(true)
  })
  it('refuses dates that do not exist and other shapes', () => {
    for (const bad of [
      '2026-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-04-31',
      '2026-00-10',
      '2026-1-5',
      '2026/01/05',
      '',
    ])
      expect(isLocalDate(bad)).toBe(false)
  })
})

describe('localDateAt', () => {
  // The same instant is a different calendar day in Taipei and in Los Angeles.
  const instant = new Date('2026-11-27T17:30:00Z')
  it('gives the calendar date in the organisation time zone', () => {
    expect(localDateAt(instant, 'Asia/Taipei')).toBe('2026-11-28')
    expect(localDateAt(instant, 'Asia/Shanghai')).toBe('2026-11-28')
    expect(localDateAt(instant, 'UTC')).toBe('2026-11-27')
    expect(localDateAt(instant, 'America/Los_Angeles')).toBe('2026-11-27')
  })
})

describe('addDays', () => {
  it('crosses months and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })
  it('is undone by adding the opposite and always yields a valid date', () => {
    const date = fc
      .record({
        y: fc.integer({ min: 1900, max: 2100 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
    fc.assert(
      fc.property(date, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const moved = addDays(d, n)
        return isLocalDate(moved) && addDays(moved, -n) === d
      }),
    )
  })
})

describe('daysBetween and addMonths', () => {
  it('counts days across months and leap years, and clamps month ends', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1)
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29')
    expect(addMonths('2026-11-27', -12)).toBe('2025-11-27')
  })
  it('daysBetween undoes addDays (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: -3_000, max: 3_000 }),
        (start, days) => {
          const from = addDays('2000-01-01', start)
          expect(daysBetween(from, addDays(from, days))).toBe(days)
        },
      ),
    )
  })
})

describe('addDays against the Date reference', () => {
  it('matches UTC Date arithmetic for any day and offset, years 1601–2399 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -135_000, max: 155_000 }),
        fc.integer({ min: -5_000, max: 5_000 }),
        (day, offset) => {
          const from = new Date(day * 86_400_000).toISOString().slice(0, 10)
          const expected = new Date((day + offset) * 86_400_000).toISOString().slice(0, 10)
          expect(addDays(from, offset)).toBe(expected)
        },
      ),
    )
  })
})
