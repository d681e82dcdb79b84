import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { lineAmount, orderTotal } from './order-lines'

describe('lineAmount', () => {
  it('multiplies thousandths by the unit price and rounds half away from zero', () => {
    expect(lineAmount({ quantityMilli: 1500, unitPriceMinor: 333, discountMinor: 0 })).toBe(500) // 499.5 → 500
    expect(lineAmount({ quantityMilli: 1000, unitPriceMinor: 1999, discountMinor: 99 })).toBe(1900)
    expect(lineAmount({ quantityMilli: 3, unitPriceMinor: 100, discountMinor: 0 })).toBe(0) // 0.3 cents
    expect(lineAmount({ quantityMilli: 5, unitPriceMinor: 100, discountMinor: 0 })).toBe(1) // 0.5 → 1
  })
  it('is exact for whole quantities (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (units, price) =>
          lineAmount({ quantityMilli: units * 1000, unitPriceMinor: price, discountMinor: 0 }) ===
          units * price,
      ),
    )
  })
  it('never differs from the exact product by more than half a cent (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (q, price) => {
          const exact = BigInt(q) * BigInt(price) * 2n // twice the amount in thousandths of a cent
          const got =
            BigInt(lineAmount({ quantityMilli: q, unitPriceMinor: price, discountMinor: 0 })) * 2000n
          const diff = got > exact ? got - exact : exact - got
          return diff <= 1000n
        },
      ),
    )
  })
})

describe('orderTotal', () => {
  it('adds the lines', () => {
    expect(
      orderTotal([
        { quantityMilli: 2000, unitPriceMinor: 1000, discountMinor: 100 },
        { quantityMilli: 500, unitPriceMinor: 301, discountMinor: 0 },
      ]),
    ).toBe(1900 + 151)
  })
})
