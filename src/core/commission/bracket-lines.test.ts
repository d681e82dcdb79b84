import { describe, expect, it } from 'vitest'
import { bracketLines } from './bracket-lines'
import type { Bracket } from './commission-plan'

// The example in cents: [0, 100 000) 3 %, [100 000, 300 000) 5 %, [300 000, ∞) 8 %.
const BRACKETS: Bracket[] = [
  { from: 0, to: 10_000_000, rateBp: 300 },
  { from: 10_000_000, to: 30_000_000, rateBp: 500 },
  { from: 30_000_000, to: null, rateBp: 800 },
]
const slices = (mode: 'progressive' | 'whole', collected: number) =>
  bracketLines(mode, BRACKETS, collected).map((l) => [l.baseMinor, l.rateBp, l.amountMinor])
const total = (mode: 'progressive' | 'whole', collected: number) =>
  bracketLines(mode, BRACKETS, collected).reduce((sum, l) => sum + l.amountMinor, 0)

describe('progressive brackets: each rate to its own slice', () => {
  it('exactly at 100 000 pays 3 % on all of it, no 5 % slice', () => {
    expect(slices('progressive', 10_000_000)).toEqual([[10_000_000, 300, 300_000]])
  })
  it('one cent below 100 000: 3 % of 99 999.99 is 2 999.9997, rounded down to 2 999.99', () => {
    expect(slices('progressive', 9_999_999)).toEqual([[9_999_999, 300, 299_999]])
  })
  it('one cent above 100 000: the cent is the 5 % slice, worth 0.0005, rounded down to 0', () => {
    expect(slices('progressive', 10_000_001)).toEqual([
      [10_000_000, 300, 300_000],
      [1, 500, 0],
    ])
  })
  it('at 300 000 and above: 3 000 + 10 000 + 8 % of what lies above 300 000', () => {
    expect(total('progressive', 30_000_000)).toBe(1_300_000)
    expect(slices('progressive', 35_000_000)).toEqual([
      [10_000_000, 300, 300_000],
      [20_000_000, 500, 1_000_000],
      [5_000_000, 800, 400_000],
    ])
  })
})

describe('whole brackets: the reached rate to everything', () => {
  it('exactly at 100 000 the second bracket is reached: 5 % of all', () => {
    expect(slices('whole', 10_000_000)).toEqual([[10_000_000, 500, 500_000]])
  })
  it('one cent below stays at 3 %; one cent above is 5 % of all, the half cent dropped', () => {
    expect(slices('whole', 9_999_999)).toEqual([[9_999_999, 300, 299_999]])
    expect(slices('whole', 10_000_001)).toEqual([[10_000_001, 500, 500_000]])
  })
  it('at 300 000 it is 8 % of all', () => {
    expect(total('whole', 30_000_000)).toBe(2_400_000)
    expect(total('whole', 29_999_999)).toBe(1_499_999)
  })
})

describe('edges of the collections themselves', () => {
  it('nothing (or less than nothing) collected earns nothing, in either mode', () => {
    for (const mode of ['progressive', 'whole'] as const) {
      expect(bracketLines(mode, BRACKETS, 0)).toEqual([])
      expect(bracketLines(mode, BRACKETS, -5_000)).toEqual([])
    }
  })
  it('a closed last bracket caps the base: collections above its end earn nothing', () => {
    const capped: Bracket[] = [
      { from: 0, to: 100_000, rateBp: 1_000 },
      { from: 100_000, to: 200_000, rateBp: 2_000 },
    ]
    expect(bracketLines('progressive', capped, 500_000).map((l) => l.amountMinor)).toEqual([10_000, 20_000])
    expect(bracketLines('whole', capped, 500_000)).toMatchObject([
      { baseMinor: 200_000, amountMinor: 40_000 },
    ])
    expect(bracketLines('whole', capped, 199_999)).toMatchObject([{ bracketIndex: 1, amountMinor: 39_999 }])
  })
  it('stays exact far beyond 2^53 / 10 000, where a float product would lose cents', () => {
    const big = Number.MAX_SAFE_INTEGER - 1
    const [line] = bracketLines('whole', [{ from: 0, to: null, rateBp: 9_999 }], big)
    expect(line?.amountMinor).toBe(Number((BigInt(big) * 9_999n) / 10_000n))
  })
})
