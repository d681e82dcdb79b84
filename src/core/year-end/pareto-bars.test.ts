import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { coarsenPareto, type ParetoBar } from './pareto-bars'

const point = (rank: number, value: number, share: number, tier: 'A' | 'B' | 'C'): ParetoBar => ({
  firstRank: rank,
  lastRank: rank,
  customers: 1,
  name: `C${rank}`,
  value,
  cumulativeShare: share,
  tier,
})

describe('a Pareto chart that fits a slide', () => {
  it('keeps a short chart as it is', () => {
    const points = [point(1, 50, 0.5, 'A'), point(2, 50, 1, 'B')]
    expect(coarsenPareto(points, 30)).toEqual(points)
  })

  it('merges consecutive ranks: the values add up, the curve keeps its last share, the best tier shows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 1, max: 40 }),
        (values, max) => {
          const total = values.reduce((a, b) => a + b, 0) || 1
          let sum = 0
          const points = values.map((v, i) => {
            sum += v
            return point(
              i + 1,
              v,
              sum / total,
              i < values.length / 3 ? 'A' : i < values.length / 2 ? 'B' : 'C',
            )
          })
          const bars = coarsenPareto(points, max)
          expect(bars.length).toBeLessThanOrEqual(Math.max(max, 1))
          expect(bars.reduce((n, b) => n + b.value, 0)).toBe(sum)
          expect(bars.reduce((n, b) => n + b.customers, 0)).toBe(points.length)
          expect(bars[bars.length - 1]?.cumulativeShare).toBe(points[points.length - 1]?.cumulativeShare)
          expect(bars[0]?.tier).toBe('A')
        },
      ),
    )
  })
})
