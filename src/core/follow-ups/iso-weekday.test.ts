import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays } from '../dates/local-date'
import { isoWeekday, mondayOf } from './iso-weekday'

describe('isoWeekday', () => {
  it('numbers Monday 1 … Sunday 7', () => {
    expect(isoWeekday('2026-11-23')).toBe(1)
    expect(isoWeekday('2026-11-28')).toBe(6)
    expect(isoWeekday('2026-11-29')).toBe(7)
    expect(isoWeekday('2024-02-29')).toBe(4)
  })
  it('refuses what is not a date', () => {
    expect(() => isoWeekday('2026-02-30')).toThrow(RangeError)
  })
})

describe('mondayOf', () => {
  it('gives the Monday of the ISO week, across month and year ends', () => {
    expect(mondayOf('2026-11-23')).toBe('2026-11-23')
    expect(mondayOf('2026-11-29')).toBe('2026-11-23')
    expect(mondayOf('2027-01-03')).toBe('2026-12-28')
    expect(mondayOf('2026-03-01')).toBe('2026-02-23')
  })
  it('is a Monday at most six days earlier (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (n) => {
        const date = addDays('1950-01-01', n)
        const monday = mondayOf(date)
        expect(isoWeekday(monday)).toBe(1)
        expect(monday <= date && addDays(monday, 6) >= date).toBe(true)
      }),
    )
  })
})
