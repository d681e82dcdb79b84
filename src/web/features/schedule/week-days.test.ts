import { describe, expect, it } from 'vitest'
import { shiftWeek, weekDays } from './week-days'

describe('weekDays', () => {
  it('lists Monday to Sunday, across a month and a year', () => {
    expect(weekDays('2026-12-28').map((d) => [d.date, d.weekday])).toEqual([
      ['2026-12-28', 1],
      ['2026-12-29', 2],
      ['2026-12-30', 3],
      ['2026-12-31', 4],
      ['2027-01-01', 5],
      ['2027-01-02', 6],
      ['2027-01-03', 7],
    ])
  })

  it('moves a whole week either way', () => {
    expect(shiftWeek('2026-11-30', 1)).toBe('2026-12-07')
    expect(shiftWeek('2026-11-30', -1)).toBe('2026-11-23')
  })
})
