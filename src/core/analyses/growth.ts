import { addMonths } from '../dates/local-date'
import { addMonthsTo, monthOf, monthRange } from '../field-reports/month'
import type { Period } from './period'

export const GROWTH_UNITS = ['year', 'quarter', 'month'] as const
export type GrowthUnit = (typeof GROWTH_UNITS)[number]

/** Periods of each unit in a year: what CAGR annualises by. */
const PER_YEAR: Record<GrowthUnit, number> = { year: 1, quarter: 4, month: 12 }
const MONTHS: Record<GrowthUnit, number> = { year: 12, quarter: 3, month: 1 }

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

/** The first and last day of a bucket (2026, 2026-Q4, 2026-11). */
function bucketRange(bucket: string, by: GrowthUnit): Period {
  const first =
    by === 'year'
      ? `${bucket}-01`
      : by === 'quarter'
        ? `${bucket.slice(0, 4)}-${String((Number(bucket.slice(6)) - 1) * 3 + 1).padStart(2, '0')}`
        : bucket
  return { from: monthRange(first).from, to: monthRange(addMonthsTo(first, MONTHS[by] - 1)).to }
}

/** Whether the period holds the whole bucket, not only some of its days. */
const holdsWhole = (period: Period, bucket: string, by: GrowthUnit) => {
  const range = bucketRange(bucket, by)
  return period.from <= range.from && range.to <= period.to
}

/** The days of a bucket the period holds, when it holds only some of them (a label's "to date"); else null. */
export function bucketPart(period: Period, bucket: string, by: GrowthUnit): Period | null {
  if (holdsWhole(period, bucket, by)) return null
  const range = bucketRange(bucket, by)
  return {
    from: range.from < period.from ? period.from : range.from,
    to: range.to > period.to ? period.to : range.to,
  }
}

/**
 * What a last bucket the period holds only part of is compared with: the same days of the bucket
 * before — 2026-01-01 to 11-27 against 2025-01-01 to 11-27 — so that a year to date is not set
 * against a whole year. Null when the last bucket is whole or is the only one.
 */
export function sameSpanBefore(period: Period, by: GrowthUnit): Period | null {
  const buckets = bucketsOver(period, by)
  const last = buckets[buckets.length - 1] as string
  if (buckets.length < 2 || holdsWhole(period, last, by)) return null
  return {
    from: bucketRange(buckets[buckets.length - 2] as string, by).from,
    to: addMonths(period.to, -MONTHS[by]),
  }
}

/**
 * Growth (DOMAIN.md "Analyses"): sales per year, quarter or month over the period — the first and
 * last buckets hold only the days inside it — with each bucket's growth over the one before, a
 * fraction. Growth compares like with like: between two whole buckets, or for a last bucket the
 * period holds only part of, against the same days of the bucket before (`sameSpanSales`, the
 * sales of `sameSpanBefore`). Null for the first bucket, after a bucket without sales, and where a
 * part of a bucket would meet a whole one.
 */
export function growthSeries(
  salesByMonth: ReadonlyMap<string, number>,
  period: Period,
  by: GrowthUnit,
  sameSpanSales: number | null = null,
) {
  const totals = new Map(bucketsOver(period, by).map((b) => [b, 0]))
  for (const [month, sales] of salesByMonth) {
    const b = bucketOf(month, by)
    if (totals.has(b)) totals.set(b, (totals.get(b) as number) + sales)
  }
  const rate = (sales: number, before: number | null) => (before ? (sales - before) / before : null)
  const series: GrowthPoint[] = []
  let before: { sales: number; whole: boolean } | null = null
  for (const [label, sales] of totals) {
    const whole = holdsWhole(period, label, by)
    const last = series.length === totals.size - 1
    const growth =
      before === null
        ? null
        : whole && before.whole
          ? rate(sales, before.sales)
          : last && !whole
            ? rate(sales, sameSpanSales)
            : null
    series.push({ period: label, sales, growth })
    before = { sales, whole }
  }
  return series
}

/** The buckets the period holds whole: what CAGR runs between (a part of a year is not a year). */
export const wholeBuckets = (series: readonly GrowthPoint[], period: Period, by: GrowthUnit) =>
  series.filter((p) => holdsWhole(period, p.period, by))

/**
 * Compound annual growth rate (年均複合增長率) between the first and the last bucket (give it the
 * whole buckets, `wholeBuckets`):
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
