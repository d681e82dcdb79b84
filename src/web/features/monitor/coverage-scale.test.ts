import { describe, expect, it } from 'vitest'
import { coverageBand } from './coverage-scale'

describe('coverageBand', () => {
  it('colours 90 % and up good, 70 % fair, 50 % poor, below bad, and nothing required grey', () => {
    expect([1, 0.9, 0.89, 0.7, 0.69, 0.5, 0.49, 0, null].map(coverageBand)).toEqual([
      'good',
      'good',
      'fair',
      'fair',
      'poor',
      'poor',
      'bad',
      'bad',
      'none',
    ])
  })
})
