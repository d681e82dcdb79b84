import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { formatMoney } from './format-money'
import { parseMoney } from './parse-money'

describe('parseMoney', () => {
  it('reads currency signs, thousands separators and parentheses', () => {
    expect(parseMoney('NT$1,234.50')).toEqual({ minor: 123450, rounded: false })
    expect(parseMoney('¥ 12,000')).toEqual({ minor: 1200000, rounded: false })
    expect(parseMoney('1234元')).toEqual({ minor: 123400, rounded: false })
    expect(parseMoney('(300.00)')).toEqual({ minor: -30000, rounded: false })
    expect(parseMoney('-0.5')).toEqual({ minor: -50, rounded: false })
    expect(parseMoney('.25')).toEqual({ minor: 25, rounded: false })
  })
  it('rounds beyond two decimals half away from zero, and says so', () => {
    expect(parseMoney('1.005')).toEqual({ minor: 101, rounded: true })
    expect(parseMoney('1.004')).toEqual({ minor: 100, rounded: true })
    expect(parseMoney('-1.005')).toEqual({ minor: -101, rounded: true })
    expect(parseMoney('2.4950')).toEqual({ minor: 250, rounded: true })
    expect(parseMoney('2.4900')).toEqual({ minor: 249, rounded: false })
  })
  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '1,23', '12,34.5', '1.2.3', '--1', 'NT$', '1e5', '9999999999999999999'])
      expect(parseMoney(bad), bad).toBeNull()
  })
  it('agrees with exact decimal rounding for any amount (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 5 }),
        fc.boolean(),
        (units, decimals, negative) => {
          // units / 10^decimals, written out exactly
          const digits = units.toString().padStart(decimals + 1, '0')
          const text = `${negative ? '-' : ''}${decimals ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits}`
          const scaled = decimals >= 2 ? units : units * 10n ** BigInt(2 - decimals)
          const divisor = decimals >= 2 ? 10n ** BigInt(decimals - 2) : 1n
          let expected = scaled / divisor
          if ((scaled % divisor) * 2n >= divisor && divisor > 1n) expected += 1n
          const parsed = parseMoney(text)
          const sign = negative && expected !== 0n ? -1 : 1
          return (
            parsed !== null &&
            parsed.minor === sign * Number(expected) &&
            parsed.rounded === (scaled % divisor !== 0n)
          )
        },
      ),
    )
  })
})

describe('formatMoney', () => {
  it('groups thousands and keeps two decimals', () => {
    expect(formatMoney(123456789, 'en')).toBe('1,234,567.89')
    expect(formatMoney(-5, 'zh-Hant')).toBe('-0.05')
    expect(formatMoney(100, 'zh-Hans', { currency: '¥' })).toBe('¥ 1.00')
  })
  it('is read back exactly by parseMoney (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom('en', 'zh-Hant', 'zh-Hans' as const),
        (minor, lang) => parseMoney(formatMoney(minor, lang))?.minor === minor,
      ),
    )
  })
})
