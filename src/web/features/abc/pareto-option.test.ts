import { describe, expect, it } from 'vitest'
import type { ParetoPoint } from '../../../contracts/classification'
import { paretoOption, TIER_COLORS } from './pareto-option'

const point = (rank: number, value: number, cumulativeShare: number, tier: 'A' | 'B' | 'C'): ParetoPoint => ({
  firstRank: rank,
  lastRank: rank,
  customers: 1,
  name: `<b>${rank}</b>`,
  value,
  cumulativeShare,
  tier,
})
const texts = {
  value: 'Sales',
  cumulative: 'Cumulative share',
  band: (tier: string) => `${tier} customers`,
  ranks: (p: ParetoPoint) => String(p.firstRank),
  money: (minor: number) => (minor / 100).toFixed(2),
  percent: (share: number) => `${Math.round(share * 100)}%`,
}
const points = [point(1, 5_000, 0.5, 'A'), point(2, 3_000, 0.8, 'A'), point(3, 2_000, 1, 'B')]

type Series = {
  data: unknown[]
  markArea?: { data: [{ yAxis: number }, { yAxis: number }][] }
  markLine?: { data: { yAxis: number }[] }
}

describe('paretoOption', () => {
  const option = paretoOption(points, { a: 0.8, b: 0.95 }, texts)
  const [bars, line] = option.series as [Series, Series]

  it('draws a bar per point in its tier’s colour and the cumulative share as a line', () => {
    expect(bars.data).toEqual([
      { value: 5_000, itemStyle: { color: TIER_COLORS.A } },
      { value: 3_000, itemStyle: { color: TIER_COLORS.A } },
      { value: 2_000, itemStyle: { color: TIER_COLORS.B } },
    ])
    expect(line.data).toEqual([0.5, 0.8, 1])
  })
  it('shades the A, B and C bands up to the run’s shares, with a line at each', () => {
    expect(line.markArea?.data.map(([from, to]) => [from.yAxis, to.yAxis])).toEqual([
      [0, 0.8],
      [0.8, 0.95],
      [0.95, 1],
    ])
    expect(line.markLine?.data).toEqual([{ yAxis: 0.8 }, { yAxis: 0.95 }])
  })
  it('escapes customer names in the tooltip: they are typed by people', () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter
    const html = formatter([{ dataIndex: 0 }])
    expect(html).toContain('&lt;b&gt;1&lt;/b&gt;')
    expect(html).toContain('Sales: 50.00')
    expect(html).toContain('Cumulative share: 50%')
  })
})
