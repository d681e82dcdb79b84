import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bucketsOver, cagr, growthSeries } from './growth'

// The seed's 王老吉 case (part 4): yearly sales in 億, 2002–2008.
const WANG_LAO_JI: [string, number][] = [
  ['2002', 1.8],
  ['2003', 6],
  ['2004', 14.3],
  ['2005', 25],
  ['2006', 40],
  ['2007', 90],
  ['2008', 120],
]
const yearly = new Map(WANG_LAO_JI.map(([y, s]) => [`${y}-06`, Math.round(s * 1e10)]))

describe('growth', () => {
  it('grows year on year, the first year without a growth', () => {
    const series = growthSeries(yearly, { from: '2002-01-01', to: '2008-12-31' }, 'year')
    expect(series.map((p) => p.period)).toEqual(['2002', '2003', '2004', '2005', '2006', '2007', '2008'])
    expect(series[0]?.growth).toBeNull()
    expect(series[1]?.growth).toBeCloseTo(6 / 1.8 - 1, 12)
    expect(series[6]?.growth).toBeCloseTo(120 / 90 - 1, 12)
  })
  it('CAGR over years: (120 / 1.8)^(1/6) − 1 ≈ 101.4 %', () => {
    const series = growthSeries(yearly, { from: '2002-01-01', to: '2008-12-31' }, 'year')
    expect(cagr(series, 'year')).toBeCloseTo(Math.pow(120 / 1.8, 1 / 6) - 1, 12)
    expect(cagr(series, 'year')).toBeCloseTo(1.014, 3)
  })
  it('annualises CAGR of quarters and months', () => {
    const months = new Map([
      ['2026-01', 100],
      ['2026-07', 200],
    ])
    const monthly = growthSeries(months, { from: '2026-01-01', to: '2026-07-31' }, 'month')
    expect(monthly).toHaveLength(7)
    expect(cagr(monthly, 'month')).toBeCloseTo(3, 12)
    const quarterly = growthSeries(months, { from: '2026-01-01', to: '2026-09-30' }, 'quarter')
    expect(quarterly.map((q) => q.period)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3'])
    expect(cagr(quarterly, 'quarter')).toBeCloseTo(Math.pow(2, 2) - 1, 12)
  })
  it('is null where undefined: after a bucket without sales, from a first bucket of 0, one bucket', () => {
    const months = new Map([['2026-03', 500]])
    const series = growthSeries(months, { from: '2026-01-01', to: '2026-03-31' }, 'month')
    expect(series.map((p) => p.growth)).toEqual([null, null, null])
    expect(cagr(series, 'month')).toBeNull()
    expect(cagr(series.slice(2), 'month')).toBeNull()
  })
  it('lists every bucket a period touches, partial ones included', () => {
    expect(bucketsOver({ from: '2025-11-15', to: '2026-02-03' }, 'quarter')).toEqual(['2025-Q4', '2026-Q1'])
    expect(bucketsOver({ from: '2024-12-31', to: '2026-01-01' }, 'year')).toEqual(['2024', '2025', '2026'])
  })
  it('never answers Infinity or NaN', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e13 }), { minLength: 1, maxLength: 30 }),
        fc.constantFrom('year' as const, 'quarter' as const, 'month' as const),
        (values, by) => {
          const series = values.map((sales, i) => ({ period: String(i), sales, growth: null }))
          const rate = cagr(series, by)
          expect(rate === null || Number.isFinite(rate)).toBe(true)
          const months = new Map(
            values.map((s, i) => [
              `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
              s,
            ]),
          )
          for (const p of growthSeries(months, { from: '2000-01-01', to: '2002-12-31' }, by))
            expect(p.growth === null || Number.isFinite(p.growth)).toBe(true)
        },
      ),
    )
  })
})
