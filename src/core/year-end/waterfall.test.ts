import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { waterfallSeries } from './waterfall'

const amount = fc.integer({ min: 0, max: 1e9 })

describe('the sales bridge as a waterfall', () => {
  it("draws DOMAIN.md's worked example: 180 + 25 + 15 + 20 − 10 − 30 = 200", () => {
    expect(
      waterfallSeries({
        previous: 180,
        new: 25,
        reactivated: 15,
        expansion: 20,
        contraction: 10,
        lost: 30,
        current: 200,
      }),
    ).toEqual({
      base: [0, 180, 205, 220, 230, 200, 0],
      rise: [0, 25, 15, 20, 0, 0, 0],
      fall: [0, 0, 0, 0, 10, 30, 0],
      total: [180, 0, 0, 0, 0, 0, 200],
    })
  })

  it('floats each bar where the one before ended, never below zero, and ends on the current sales', () => {
    fc.assert(
      fc.property(amount, amount, amount, amount, amount, amount, (previous, n, r, e, c, l) => {
        // A bridge that adds up (core/analyses/gain-loss.ts guarantees it): contraction and lost cannot exceed what was there.
        const contraction = Math.min(c, previous)
        const lost = Math.min(l, previous - contraction)
        const current = previous + n + r + e - contraction - lost
        const s = waterfallSeries({
          previous,
          new: n,
          reactivated: r,
          expansion: e,
          contraction,
          lost,
          current,
        })
        let level = previous
        for (let i = 1; i < 6; i++) {
          expect(s.base[i]).toBeGreaterThanOrEqual(0)
          const top = (s.base[i] as number) + (s.rise[i] as number) + (s.fall[i] as number)
          if ((s.rise[i] as number) > 0 || i <= 3) expect(s.base[i]).toBe(level)
          else expect(top).toBe(level)
          level = (s.base[i] as number) + (s.rise[i] as number)
        }
        expect(level).toBe(current)
        expect(s.total[6]).toBe(current)
      }),
    )
  })
})
