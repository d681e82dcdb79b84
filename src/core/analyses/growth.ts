import { addMonthsTo, monthOf } from '../field-reports/month'
import type { Period } from './period'

export const GROWTH_UNITS = ['year', 'quarter', 'month'] as const
export type GrowthUnit = (typeof GROWTH_UNITS)[number]

/** Periods of each unit in a year: what CAGR annualises by. */
const PER_YEAR: Record<GrowthUnit, number> = { year: 1, quarter: 4, month: 12 }

/** The label of the year, quarter or month a `YYYY-MM` month lies in: 2026, 2026-Q4, 2026-11. */
export function bucketOf(month: string, by: GrowthUnit): string {
  if (by === 'year') return month.slice(0, 4)
  if (by === 'quarter') return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`
  return month
}

/** Every bucket the period touches, in order, even those with no sales. */
export function bucketsOver(period: Period, by: GrowthUnit): string[] {
  const buckets: string[] = []
  for (let m = monthOf(period.from); m <= monthOf(period.to); m = addMonthsTo(m, 1)) {
    const b = bucketOf(m, by)
    if (buckets[buckets.length - 1] !== b) buckets.push(b)
  }
  return buckets
}

export type GrowthPoint = { period: string; sales: number; growth: number | null }

/**
 * Growth (DOMAIN.md "Analyses"): sales per year, quarter or month over the period — the first and
 * last buckets hold only the days inside it — with each bucket's growth over the one before, a
 * fraction, null for the first and after a bucket without sales.
 */
export function growthSeries(salesByMonth: ReadonlyMap<string, number>, period: Period, by: GrowthUnit) {
  const totals = new Map(bucketsOver(period, by).map((b) => [b, 0]))
  for (const [month, sales] of salesByMonth) {
    const b = bucketOf(month, by)
    if (totals.has(b)) totals.set(b, (totals.get(b) as number) + sales)
  }
  const series: GrowthPoint[] = []
  let before: number | null = null
  for (const [label, sales] of totals) {
    series.push({ period: label, sales, growth: before ? (sales - before) / before : null })
    before = sales
  }
  return series
}

/**
 * Compound annual growth rate (年均複合增長率) between the first and the last bucket:
 * (last / first)^(1 / years) − 1, where years = (buckets − 1) / buckets per year. Quarterly and
 * monthly series are annualised the same way — CAGR is a rate per year whatever the series'
 * unit, so 2026-01 → 2026-07 doubling is (2)^(12/6) − 1 = 300 % a year. Null with fewer than two
 * buckets, a first bucket without sales, or a result too large to write.
 */
export function cagr(series: readonly GrowthPoint[], by: GrowthUnit): number | null {
  if (series.length < 2) return null
  const first = (series[0] as GrowthPoint).sales
  const last = (series[series.length - 1] as GrowthPoint).sales
  if (first <= 0 || last < 0) return null
  const years = (series.length - 1) / PER_YEAR[by]
  const rate = Math.pow(last / first, 1 / years) - 1
  return Number.isFinite(rate) ? rate : null
}
