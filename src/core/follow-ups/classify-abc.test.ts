import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyAbc } from './classify-abc'

/** Each customer of a result in rank order: its input, rank and tier. */
const ranked = <T extends { id: string; value: number }>(
  input: readonly T[],
  shares: { a: number; b: number },
) => {
  const result = classifyAbc(input, shares)
  const customers = result.order.map((i, r) => ({
    ...(input[i] as T),
    index: i,
    rank: r + 1,
    tier: result.tiers[r] as string,
  }))
  return { ...result, customers }
}

const shares = { a: 0.8, b: 0.95 }

describe('classifyAbc', () => {
  it('follows DOMAIN.md’s worked example: 50, 30, 10, 6, 4 → A, A, B, B, C', () => {
    const result = ranked(
      [
        { id: 'e', value: 4 },
        { id: 'a', value: 50 },
        { id: 'c', value: 10 },
        { id: 'b', value: 30 },
        { id: 'd', value: 6 },
      ],
      shares,
    )
    expect(result.customers.map((c) => [c.id, c.tier, c.rank])).toEqual([
      ['a', 'A', 1],
      ['b', 'A', 2],
      ['c', 'B', 3],
      ['d', 'B', 4],
      ['e', 'C', 5],
    ])
    expect(result).toMatchObject({ total: 100, counts: { A: 2, B: 2, C: 1 } })
  })
  it('breaks ties by id ascending, and makes zero sales C, and everyone C when the total is 0', () => {
    expect(
      ranked(
        [
          { id: 'y', value: 10 },
          { id: 'x', value: 10 },
          { id: 'z', value: 0 },
        ],
        shares,
      ).customers.map((c) => [c.id, c.tier]),
    ).toEqual([
      ['x', 'A'],
      ['y', 'A'],
      ['z', 'C'],
    ])
    expect(ranked([{ id: 'a', value: 0 }], shares).customers[0]?.tier).toBe('C')
  })
  it('decides at exactly 80 % with integer arithmetic: the customer whose predecessors hold 80 % is B', () => {
    // before = 80 of 100 for the third customer: 80 < 80 is false → B.
    const tiers = ranked(
      [
        { id: 'a', value: 40 },
        { id: 'b', value: 40 },
        { id: 'c', value: 20 },
      ],
      shares,
    ).customers.map((c) => c.tier)
    expect(tiers).toEqual(['A', 'A', 'B'])
  })
  it('for any sales: tiers never rise down the ranking; A, B, C follow the definition exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.uuid(), value: fc.nat({ max: 10_000_000_00 }) }), { maxLength: 60 }),
        (customers) => {
          const unique = [...new Map(customers.map((c) => [c.id, c])).values()]
          const { total, customers: out, counts } = ranked(unique, shares)
          expect(total).toBe(unique.reduce((s, c) => s + c.value, 0))
          expect(counts.A + counts.B + counts.C).toBe(unique.length)
          let before = 0
          out.forEach((c, i) => {
            if (i > 0) expect(c.tier >= (out[i - 1]?.tier as string)).toBe(true)
            const expected =
              c.value === 0 || total === 0
                ? 'C'
                : before < 0.8 * total
                  ? 'A'
                  : before < 0.95 * total
                    ? 'B'
                    : 'C'
            // Floating point decides only far from the lines; the code decides exactly everywhere.
            if (Math.abs(before - 0.8 * total) > 1 && Math.abs(before - 0.95 * total) > 1)
              expect(c.tier).toBe(expected)
            before += c.value
          })
        },
      ),
    )
  })
  it('decides every line exactly as before × 10⁶ < share × 10⁶ × total in integers, for any sales, returns and shares (property)', () => {
    // Small values and few customers make `before` land on a line often; large ones test totals far
    // beyond what a double multiplied by 10⁶ keeps exact.
    const value = fc.oneof(fc.integer({ min: -20, max: 100 }), fc.integer({ min: -1e9, max: 4e12 }))
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), value }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (customers, x, y) => {
          const unique = [...new Map(customers.map((c) => [c.id, c])).values()]
          const [a, b] = x <= y ? [x, y] : [y, x]
          const result = ranked(unique, { a: a / 1_000_000, b: b / 1_000_000 })
          const total = BigInt(result.total)
          let before = 0n
          for (const c of result.customers) {
            const expected =
              c.value <= 0 || total <= 0n
                ? 'C'
                : before * 1_000_000n < BigInt(a) * total
                  ? 'A'
                  : before * 1_000_000n < BigInt(b) * total
                    ? 'B'
                    : 'C'
            expect(c.tier).toBe(expected)
            before += BigInt(c.value)
          }
        },
      ),
      { numRuns: 2000 },
    )
  })
})
