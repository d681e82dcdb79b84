import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addMonthsTo } from '../field-reports/month'
import {
  bucketPart,
  bucketsOver,
  cagr,
  growthSeries,
  sameSpanBefore,
  wholeBuckets,
  type GrowthPoint,
} from './growth'
import { growthFacts } from './growth-facts'

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

describe('growth over a period that holds part of a bucket', () => {
  const months = new Map([
    ['2024-06', 1000],
    ['2025-06', 1200],
    ['2026-01', 100],
  ])
  const toDate = { from: '2024-01-01', to: '2026-02-10' }

  it('sets a year to date against the same days of the year before, never against the whole year', () => {
    expect(sameSpanBefore(toDate, 'year')).toEqual({ from: '2025-01-01', to: '2025-02-10' })
    const series = growthSeries(months, toDate, 'year', 80)
    expect(series.map((p) => [p.period, p.sales, p.growth])).toEqual([
      ['2024', 1000, null],
      ['2025', 1200, 0.2],
      ['2026', 100, 0.25],
    ])
    // Without the same days before, a part of 2026 is not set against all of 2025.
    expect(growthSeries(months, toDate, 'year')[2]?.growth).toBeNull()
  })

  it('runs CAGR between the whole buckets only, and says so in its facts', () => {
    const series = growthSeries(months, toDate, 'year', 80)
    const whole = wholeBuckets(series, toDate, 'year')
    expect(whole.map((p) => p.period)).toEqual(['2024', '2025'])
    expect(cagr(whole, 'year')).toBeCloseTo(0.2, 12)
    const facts = growthFacts(series, cagr(whole, 'year'), { period: toDate, by: 'year' })
    expect(facts.map((f) => [f.key, f.params.first ?? f.params.period])).toEqual([
      ['fact.cagr_up', { kind: 'bucket', value: '2024' }],
      ['fact.best_growth', { kind: 'period', from: '2026-01-01', to: '2026-02-10' }],
    ])
    expect(facts[0]?.params.last).toEqual({ kind: 'bucket', value: '2025' })
  })

  it('gives no growth after a first bucket held in part', () => {
    const series = growthSeries(months, { from: '2024-06-15', to: '2026-12-31' }, 'year')
    expect(series.map((p) => p.growth)).toEqual([null, null, 100 / 1200 - 1])
  })

  it('takes the same days of the quarter or month before, the day clamped to a shorter month', () => {
    expect(sameSpanBefore({ from: '2026-01-01', to: '2026-11-27' }, 'quarter')).toEqual({
      from: '2026-07-01',
      to: '2026-08-27',
    })
    expect(sameSpanBefore({ from: '2026-01-01', to: '2026-11-27' }, 'month')).toEqual({
      from: '2026-10-01',
      to: '2026-10-27',
    })
    expect(sameSpanBefore({ from: '2025-01-01', to: '2025-03-30' }, 'month')).toEqual({
      from: '2025-02-01',
      to: '2025-02-28',
    })
    expect(sameSpanBefore({ from: '2024-01-01', to: '2024-02-29' }, 'month')).toBeNull()
    expect(sameSpanBefore({ from: '2026-11-01', to: '2026-11-27' }, 'month')).toBeNull()
  })

  it('labels only the buckets it holds in part, with the days it holds', () => {
    expect(bucketPart(toDate, '2026', 'year')).toEqual({ from: '2026-01-01', to: '2026-02-10' })
    expect(bucketPart(toDate, '2025', 'year')).toBeNull()
    expect(bucketPart({ from: '2025-11-15', to: '2026-02-03' }, '2025-Q4', 'quarter')).toEqual({
      from: '2025-11-15',
      to: '2025-12-31',
    })
  })

  it('never sets a part of a bucket against a whole one, for any period and unit', () => {
    const day = fc
      .integer({ min: 0, max: 6 * 365 })
      .map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
    fc.assert(
      fc.property(
        day,
        day,
        fc.constantFrom('year' as const, 'quarter' as const, 'month' as const),
        fc.integer({ min: 1, max: 1000 }),
        (a, b, by, same) => {
          const period = a <= b ? { from: a, to: b } : { from: b, to: a }
          const sales = new Map<string, number>()
          for (let m = period.from.slice(0, 7); m <= period.to.slice(0, 7); m = addMonthsTo(m, 1))
            sales.set(m, 7)
          const series = growthSeries(sales, period, by, same)
          series.forEach((p, i) => {
            if (p.growth === null) return
            const part = bucketPart(period, p.period, by)
            const before = series[i - 1] as GrowthPoint
            if (part) expect(i).toBe(series.length - 1)
            else expect(bucketPart(period, before.period, by)).toBeNull()
          })
          const whole = wholeBuckets(series, period, by)
          expect(whole.every((p) => bucketPart(period, p.period, by) === null)).toBe(true)
          expect(series.filter((p) => bucketPart(period, p.period, by) !== null).length).toBeLessThanOrEqual(
            2,
          )
        },
      ),
    )
  })
})
