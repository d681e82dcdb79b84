import { describe, expect, it } from 'vitest'
import { presetOf, presetPair, readPair } from './period-pair'

describe('period pairs', () => {
  it('defaults to this year against last year', () => {
    expect(readPair(new URLSearchParams(), '2026-11-27')).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
      prevFrom: '2025-01-01',
      prevTo: '2025-12-31',
    })
  })
  it('offers the seed’s Aug–Dec against Mar–Jul, year to date and the last quarter', () => {
    expect(presetPair('augDec', '2026-11-27')).toEqual({
      from: '2026-08-01',
      to: '2026-12-31',
      prevFrom: '2026-03-01',
      prevTo: '2026-07-31',
    })
    expect(presetPair('yearToDate', '2024-02-29')).toMatchObject({ to: '2024-02-29', prevTo: '2023-02-28' })
    expect(presetPair('lastQuarter', '2026-11-27')).toEqual({
      from: '2026-07-01',
      to: '2026-09-30',
      prevFrom: '2026-04-01',
      prevTo: '2026-06-30',
    })
    expect(presetPair('lastQuarter', '2026-02-10')).toMatchObject({ from: '2025-10-01', to: '2025-12-31' })
  })
  it('reads a pair from the URL, Q defaulting to the period just before', () => {
    const params = new URLSearchParams({ from: '2026-08-01', to: '2026-12-31' })
    const pair = readPair(params, '2026-11-27')
    expect(pair).toMatchObject({ prevFrom: '2026-03-01', prevTo: '2026-07-31' })
    expect(presetOf(pair, '2026-11-27')).toBe('augDec')
    expect(readPair(new URLSearchParams({ from: '2026-12-31', to: '2026-01-01' }), '2026-11-27').from).toBe(
      '2026-01-01',
    )
  })
})
