import { describe, expect, it } from 'vitest'
import { winLossChartOption } from './win-loss-chart-option'

describe('winLossChartOption', () => {
  it('draws reached and lost-at per stage, the conversion to the next under each stage', () => {
    const option = winLossChartOption(
      [
        { stage: 'person', reached: 4, reachedAmount: 0, lostAt: 1, lostAtAmount: 0, conversion: 0.75 },
        { stage: 'won', reached: 2, reachedAmount: 0, lostAt: 0, lostAtAmount: 0, conversion: null },
      ],
      { stage: (s) => s.toUpperCase(), reached: 'Reached', lostAt: 'Lost', percent: (x) => `${x * 100}%` },
    )
    expect(option.xAxis).toMatchObject({ data: ['PERSON\n→ 75%', 'WON'] })
    const series = option.series as { data: unknown[] }[]
    expect(series[0]?.data).toEqual([
      { value: 4, itemStyle: { color: '#1677ff' } },
      { value: 2, itemStyle: { color: '#52c41a' } },
    ])
    expect(series[1]?.data).toEqual([1, 0])
  })
})
