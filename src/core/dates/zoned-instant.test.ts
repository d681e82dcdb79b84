import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { localDateAt } from './local-date'
import { zonedInstant } from './zoned-instant'

describe('zonedInstant', () => {
  it('reads a wall clock in the organisation’s time zone', () => {
    expect(zonedInstant('2026-11-27', '14:30', 'Asia/Taipei').toISOString()).toBe('2026-11-27T06:30:00.000Z')
    expect(zonedInstant('2026-07-01', '09:00', 'Europe/London').toISOString()).toBe(
      '2026-07-01T08:00:00.000Z',
    )
    expect(zonedInstant('2026-01-01', '00:10', 'Asia/Shanghai').toISOString()).toBe(
      '2025-12-31T16:10:00.000Z',
    )
  })
  it('lands on the same local date it was given (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3_000 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom('Asia/Taipei', 'Asia/Shanghai', 'America/New_York', 'UTC'),
        (day, hour, zone) => {
          const date = new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10)
          expect(localDateAt(zonedInstant(date, `${String(hour).padStart(2, '0')}:00`, zone), zone)).toBe(
            date,
          )
        },
      ),
    )
  })
})
