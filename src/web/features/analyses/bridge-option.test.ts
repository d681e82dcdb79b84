import { describe, expect, it } from 'vitest'
import { bridgeOption, bridgeSteps } from './bridge-option'

const labels = {
  previous: 'Q',
  new: 'new',
  reactivated: 'reactivated',
  expansion: 'expansion',
  contraction: 'contraction',
  lost: 'lost',
  current: 'P',
}

describe('the sales bridge waterfall', () => {
  it('floats each step of DOMAIN.md’s worked example from the running total', () => {
    const steps = bridgeSteps(
      { previous: 180, new: 25, reactivated: 15, expansion: 20, contraction: 10, lost: 30, current: 200 },
      labels,
    )
    expect(steps.map((s) => [s.label, s.base, s.value, s.kind])).toEqual([
      ['Q', 0, 180, 'total'],
      ['new', 180, 25, 'up'],
      ['reactivated', 205, 15, 'up'],
      ['expansion', 220, 20, 'up'],
      ['contraction', 230, 10, 'down'],
      ['lost', 200, 30, 'down'],
      ['P', 0, 200, 'total'],
    ])
    // The last decrease lands exactly on the current total.
    expect(steps[5]?.base).toBe(steps[6]?.value)
  })
  it('draws an invisible lift under each visible step', () => {
    const steps = bridgeSteps(
      { previous: 1, new: 0, reactivated: 0, expansion: 0, contraction: 0, lost: 1, current: 0 },
      labels,
    )
    const option = bridgeOption(steps, String)
    const series = option.series as { data: unknown[]; stack: string }[]
    expect(series).toHaveLength(2)
    expect(series[0]?.data).toEqual([0, 1, 1, 1, 1, 0, 0])
    expect(series.every((s) => s.stack === 'bridge')).toBe(true)
  })
})
