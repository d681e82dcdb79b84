import { describe, expect, it } from 'vitest'
import { abcWindow } from './abc-window'
import { tierChange } from './tier-change'

describe('abcWindow', () => {
  it('is the 12 months ending on the as-of date, both ends inclusive', () => {
    expect(abcWindow('2026-11-27', 12)).toEqual({ from: '2025-11-28', to: '2026-11-27' })
  })
  it('starts on the 1st when the as-of date is a month’s last day', () => {
    expect(abcWindow('2026-02-28', 12)).toEqual({ from: '2025-03-01', to: '2026-02-28' })
    expect(abcWindow('2026-12-31', 12)).toEqual({ from: '2026-01-01', to: '2026-12-31' })
  })
  it('takes other lengths (a policy may say 6 months)', () => {
    expect(abcWindow('2026-06-15', 6)).toEqual({ from: '2025-12-16', to: '2026-06-15' })
  })
})

describe('tierChange', () => {
  it('calls a move up a promotion and a move down a demotion', () => {
    expect(tierChange('C', 'B')).toBe('promoted')
    expect(tierChange('C', 'A')).toBe('promoted')
    expect(tierChange('B', 'A')).toBe('promoted')
    expect(tierChange('A', 'C')).toBe('demoted')
    expect(tierChange('B', 'C')).toBe('demoted')
    expect(tierChange('B', 'B')).toBeNull()
    expect(tierChange(null, 'A')).toBeNull()
  })
})
