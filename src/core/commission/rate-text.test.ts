import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { formatRateBp, parseRatePercent } from './rate-text'

describe('rates in percent ↔ basis points', () => {
  it('reads what people type, exactly', () => {
    expect(parseRatePercent('3')).toBe(300)
    expect(parseRatePercent('1.15')).toBe(115)
    expect(parseRatePercent(' 3.5 %')).toBe(350)
    expect(parseRatePercent('0.05')).toBe(5)
    for (const bad of ['', '-1', '3.125', 'abc', '1,5']) expect(parseRatePercent(bad)).toBeNull()
  })
  it('writes the shortest exact percent, and reads back what it wrote', () => {
    expect(formatRateBp(300)).toBe('3')
    expect(formatRateBp(325)).toBe('3.25')
    expect(formatRateBp(350)).toBe('3.5')
    expect(formatRateBp(5)).toBe('0.05')
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), (bp) => {
        expect(parseRatePercent(formatRateBp(bp))).toBe(bp)
      }),
    )
  })
})
