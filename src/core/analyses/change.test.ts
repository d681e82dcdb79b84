import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { changeOf, expenseRatio, ratioChange } from './change'

describe('period comparison', () => {
  it('gives the difference and the percent change as a fraction', () => {
    expect(changeOf(1234, 1000)).toEqual({ current: 1234, previous: 1000, difference: 234, change: 0.234 })
    expect(changeOf(500, 1000).change).toBe(-0.5)
  })
  it('has no percent change from nothing (null, never Infinity)', () => {
    expect(changeOf(100, 0)).toEqual({ current: 100, previous: 0, difference: 100, change: null })
    expect(changeOf(0, 0).change).toBeNull()
  })
  it('expense ratio is expenses over sales, null without sales', () => {
    expect(expenseRatio(50, 1000)).toBe(0.05)
    expect(expenseRatio(50, 0)).toBeNull()
    expect(ratioChange(null, 0.05)).toEqual({ current: null, previous: 0.05, difference: null, change: null })
  })
  it('is always finite or null', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (a, b) => {
        const c = changeOf(a, b)
        expect(c.difference).toBe(a - b)
        expect(c.change === null || Number.isFinite(c.change)).toBe(true)
      }),
    )
  })
})
