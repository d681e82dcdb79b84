import { describe, expect, it } from 'vitest'
import { localTimeAt } from './local-time'

describe('localTimeAt', () => {
  it('reads the wall clock of the time zone, midnight as 00:00', () => {
    expect(localTimeAt(new Date('2026-11-27T02:05:00Z'), 'Asia/Taipei')).toBe('10:05')
    expect(localTimeAt(new Date('2026-11-27T16:00:00Z'), 'Asia/Taipei')).toBe('00:00')
    expect(localTimeAt(new Date('2026-07-01T12:30:00Z'), 'Europe/London')).toBe('13:30')
  })
})
