import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rankOrder } from './rank-order'

/** DOMAIN.md's order, written plainly: value descending, ties by id ascending. */
const reference = (customers: { id: string; value: number }[]) =>
  customers
    .map((c, i) => ({ ...c, i }))
    .sort((x, y) => y.value - x.value || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((c) => c.i)

const customers = (value: fc.Arbitrary<number>) =>
  fc.uniqueArray(fc.record({ id: fc.string({ maxLength: 4 }), value }), {
    selector: (c) => c.id,
    maxLength: 80,
  })

describe('rankOrder', () => {
  it('orders by value descending, ties by id, for any integer amounts — many ties, returns, zeros (property)', () => {
    fc.assert(
      fc.property(customers(fc.integer({ min: -5, max: 5 })), (cs) => {
        expect(rankOrder(cs)).toEqual(reference(cs))
      }),
    )
    fc.assert(
      fc.property(customers(fc.integer({ min: -1e9, max: 1e9 })), (cs) => {
        expect(rankOrder(cs)).toEqual(reference(cs))
      }),
    )
  })
  it('stays exact where one number per customer would not: huge amounts and fractions (property)', () => {
    fc.assert(
      fc.property(
        customers(
          fc.oneof(
            fc.integer({ min: 0, max: 3 }),
            fc.constantFrom(2 ** 45, 2 ** 45 + 1, 2 ** 52, 0.5, -(2 ** 50)),
          ),
        ),
        (cs) => {
          expect(rankOrder(cs)).toEqual(reference(cs))
        },
      ),
    )
  })
  it('keeps two amounts one minor unit apart apart, at the top of the exact range', () => {
    const big = 2 ** 35
    expect(
      rankOrder([
        { id: 'b', value: big - 1 },
        { id: 'a', value: big - 1 },
        { id: 'c', value: big },
        { id: 'd', value: 0 },
      ]),
    ).toEqual([2, 1, 0, 3])
    expect(rankOrder([])).toEqual([])
  })
})
