import { describe, expect, it } from 'vitest'
import { nextDailyRun } from './next-daily-run'

describe('nextDailyRun', () => {
  it('is later today when the hour has not come yet, in the organisation’s time zone', () => {
    // 07:00 in Taipei on the 27th is 23:00 UTC on the 26th.
    expect(nextDailyRun(new Date('2026-11-26T23:00:00Z'), '08:00', 'Asia/Taipei').toISOString()).toBe(
      '2026-11-27T00:00:00.000Z',
    )
  })

  it('is tomorrow once the hour has passed, or at the very minute', () => {
    expect(nextDailyRun(new Date('2026-11-27T02:00:00Z'), '08:00', 'Asia/Taipei').toISOString()).toBe(
      '2026-11-28T00:00:00.000Z',
    )
    expect(nextDailyRun(new Date('2026-11-27T00:00:00Z'), '08:00', 'Asia/Taipei').toISOString()).toBe(
      '2026-11-28T00:00:00.000Z',
    )
  })

  it('keeps the local hour across a daylight-saving change', () => {
    // New York moves to EDT on 2026-03-08: 08:00 is 13:00 UTC the day before and 12:00 UTC that day.
    expect(nextDailyRun(new Date('2026-03-07T15:00:00Z'), '08:00', 'America/New_York').toISOString()).toBe(
      '2026-03-08T12:00:00.000Z',
    )
    expect(nextDailyRun(new Date('2026-03-07T12:00:00Z'), '08:00', 'America/New_York').toISOString()).toBe(
      '2026-03-07T13:00:00.000Z',
    )
  })
})
