import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyAbc } from './classify-abc'

const shares = { a: 0.8, b: 0.95 }

describe('classifyAbc', () => {
  it('follows DOMAIN.md’s worked example: 50, 30, 10, 6, 4 → A, A, B, B, C', () => {
    const result = classifyAbc(
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
      classifyAbc(
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
    expect(classifyAbc([{ id: 'a', value: 0 }], shares).customers[0]?.tier).toBe('C')
  })
  it('decides at exactly 80 % with integer arithmetic: the customer whose predecessors hold 80 % is B', () => {
    // before = 80 of 100 for the third customer: 80 < 80 is false → B.
    const tiers = classifyAbc(
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
          const { total, customers: out, counts } = classifyAbc(unique, shares)
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
})
