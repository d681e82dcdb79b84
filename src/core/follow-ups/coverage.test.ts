import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { coverage } from './coverage'

const intervals = { A: 7, B: 15, C: 30 }

describe('coverage', () => {
  it('requires floor(days / interval) touches, at least one, and counts at most that many', () => {
    // November: 30 days → A needs 4, B 2, C 1.
    const result = coverage(
      [
        { tier: 'A', touches: 6 },
        { tier: 'A', touches: 1 },
        { tier: 'B', touches: 1 },
        { tier: 'C', touches: 0 },
      ],
      { from: '2026-11-01', to: '2026-11-30' },
      intervals,
    )
    expect(result.byTier.A).toEqual({ required: 8, done: 7, counted: 5, coverage: 5 / 8 })
    expect(result.byTier.B).toEqual({ required: 2, done: 1, counted: 1, coverage: 0.5 })
    expect(result.byTier.C).toEqual({ required: 1, done: 0, counted: 0, coverage: 0 })
    expect(result.required).toBe(11)
    expect(result.coverage).toBe(6 / 11)
  })
  it('asks one touch of every customer even in a single day, and is null with no customers', () => {
    expect(
      coverage([{ tier: 'C', touches: 1 }], { from: '2026-11-27', to: '2026-11-27' }, intervals).coverage,
    ).toBe(1)
    expect(coverage([], { from: '2026-11-01', to: '2026-11-30' }, intervals).coverage).toBeNull()
  })
  it('lies between 0 and 1, and the tiers add up to the total (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ tier: fc.constantFrom('A' as const, 'B' as const, 'C' as const), touches: fc.nat(20) }),
        ),
        fc.integer({ min: 0, max: 400 }),
        (customers, days) => {
          const to = new Date(Date.UTC(2026, 0, 1 + days)).toISOString().slice(0, 10)
          const result = coverage(customers, { from: '2026-01-01', to }, intervals)
          if (customers.length === 0) return
          expect(result.coverage).toBeGreaterThanOrEqual(0)
          expect(result.coverage).toBeLessThanOrEqual(1)
          expect(result.byTier.A.required + result.byTier.B.required + result.byTier.C.required).toBe(
            result.required,
          )
        },
      ),
    )
  })
})
