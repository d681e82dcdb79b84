import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gainLoss, gainLossBy, gainLossGroup, type CustomerPeriods, type CustomersAlike } from './gain-loss'
import { lostReasonsOf } from './lost-reasons'

const customer = (
  sales: number,
  previousSales: number,
  orderedBefore = false,
  ordered = { inPeriod: sales > 0, inPrevious: previousSales > 0 },
): CustomerPeriods => ({
  sales,
  previousSales,
  orderedInPeriod: ordered.inPeriod,
  orderedInPrevious: ordered.inPrevious,
  orderedBefore,
})

describe('customer gain/loss (DOMAIN.md "Analyses")', () => {
  it('reproduces the worked example: 180 + 25 + 15 + 20 − 10 − 30 = 200', () => {
    const X = customer(120, 100, true)
    const Y = customer(40, 50, true)
    const Z = customer(0, 30, true)
    const N = customer(25, 0, false)
    const R = customer(15, 0, true)
    const result = gainLoss([X, Y, Z, N, R])
    expect(result.bridge).toEqual({
      previous: 180,
      new: 25,
      reactivated: 15,
      expansion: 20,
      contraction: 10,
      lost: 30,
      current: 200,
    })
    expect(result.new).toEqual({ count: 1, sales: 25 })
    expect(result.retained).toEqual({ count: 2, sales: 160, previousSales: 150 })
    expect(result.reactivated).toEqual({ count: 1, sales: 15 })
    expect(result.lost).toEqual({ count: 1, previousSales: 30 })
  })

  it('puts each customer in the group the rule names', () => {
    expect(gainLossGroup(customer(10, 0, false))).toBe('new')
    expect(gainLossGroup(customer(10, 5, true))).toBe('retained')
    expect(gainLossGroup(customer(10, 0, true))).toBe('reactivated')
    expect(gainLossGroup(customer(0, 5, true))).toBe('lost')
    expect(gainLossGroup(customer(0, 0, true))).toBeNull()
  })

  it('counts ordering, not amounts: an order of 0 in P keeps a customer retained, not lost', () => {
    const zero = customer(0, 40, true, { inPeriod: true, inPrevious: true })
    expect(gainLossGroup(zero)).toBe('retained')
    expect(gainLoss([zero]).bridge).toMatchObject({ contraction: 40, lost: 0, current: 0 })
  })

  const anyCustomer = fc
    .record({
      sales: fc.integer({ min: 0, max: 1e12 }),
      previousSales: fc.integer({ min: 0, max: 1e12 }),
      orderedInPeriod: fc.boolean(),
      orderedInPrevious: fc.boolean(),
      orderedBefore: fc.boolean(),
    })
    // What the database can say: no sales without an order; ordered in Q means ordered before P.
    .map((c) => ({
      ...c,
      sales: c.orderedInPeriod ? c.sales : 0,
      previousSales: c.orderedInPrevious ? c.previousSales : 0,
      orderedBefore: c.orderedBefore || c.orderedInPrevious,
    }))

  it('holds the bridge identity exactly, in integer cents, for any customers', () => {
    fc.assert(
      fc.property(fc.array(anyCustomer, { maxLength: 60 }), (customers) => {
        const { bridge: b } = gainLoss(customers)
        expect(b.previous + b.new + b.reactivated + b.expansion - b.contraction - b.lost).toBe(b.current)
        expect(b.current).toBe(customers.reduce((s, c) => s + c.sales, 0))
        expect(b.previous).toBe(customers.reduce((s, c) => s + c.previousSales, 0))
        expect(Number.isSafeInteger(b.current)).toBe(true)
      }),
    )
  })

  it('adds up: the groups of any breakdown sum to the whole', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(anyCustomer, fc.constantFrom('r1', 'r2', 'r3')), { maxLength: 40 }),
        (rows) => {
          const withKey = rows.map(([c, key]) => ({ ...c, key }))
          const whole = gainLoss(withKey)
          const parts = [...gainLossBy(withKey, (c) => c.key).values()]
          for (const field of [
            'previous',
            'new',
            'reactivated',
            'expansion',
            'contraction',
            'lost',
            'current',
          ] as const)
            expect(parts.reduce((s, p) => s + p.bridge[field], 0)).toBe(whole.bridge[field])
          expect(parts.reduce((s, p) => s + p.new.count + p.retained.count, 0)).toBe(
            whole.new.count + whole.retained.count,
          )
        },
      ),
    )
  })

  /** What the database does for the analysis page: customers alike in key and group, summed. */
  const summed = <T extends CustomerPeriods & { key: string; lostReason: string | null }>(rows: T[]) => {
    const sums = new Map<string, CustomersAlike & { key: string; lostReason: string | null }>()
    for (const c of rows) {
      const id = [c.key, c.lostReason, c.orderedInPeriod, c.orderedInPrevious, c.orderedBefore].join('|')
      const sum = sums.get(id) ?? { ...c, sales: 0, previousSales: 0, customers: 0, rise: 0, fall: 0 }
      sum.customers += 1
      sum.sales += c.sales
      sum.previousSales += c.previousSales
      sum.rise += Math.max(c.sales - c.previousSales, 0)
      sum.fall += Math.max(c.previousSales - c.sales, 0)
      sums.set(id, sum)
    }
    return [...sums.values()]
  }

  it('gives the same tally, breakdowns and lost reasons from customers alike summed as one by one', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(anyCustomer, fc.constantFrom('r1', 'r2'), fc.constantFrom(null, 'price', 'moved')),
          { maxLength: 60 },
        ),
        (rows) => {
          const one = rows.map(([c, key, lostReason]) => ({ ...c, key, lostReason }))
          const sums = summed(one)
          expect(gainLoss(sums)).toEqual(gainLoss(one))
          expect(gainLossBy(sums, (c) => c.key)).toEqual(gainLossBy(one, (c) => c.key))
          expect(lostReasonsOf(sums)).toEqual(lostReasonsOf(one))
        },
      ),
    )
  })

  it('takes a sum’s rises and falls as they are: two retained customers, +20 and −10, are not +10', () => {
    const both: CustomersAlike = {
      ...customer(160, 150, true),
      customers: 2,
      rise: 20,
      fall: 10,
    }
    expect(gainLoss([both]).bridge).toMatchObject({ expansion: 20, contraction: 10, current: 160 })
    expect(gainLoss([both]).retained.count).toBe(2)
  })
})
