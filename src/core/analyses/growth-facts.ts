import { money, percent, period, type Fact, type FactValue } from './fact'
import { bucketPart, wholeBuckets, type GrowthPoint, type GrowthUnit } from './growth'
import type { Period } from './period'

/**
 * Growth in sentences: the CAGR from the first to the last whole bucket (the ones it ran between),
 * the strongest rise and the worst fall — a bucket the period holds only part of named by its days.
 */
export function growthFacts(
  series: readonly GrowthPoint[],
  cagr: number | null,
  range: { period: Period; by: GrowthUnit },
): Fact[] {
  const facts: Fact[] = []
  const whole = wholeBuckets(series, range.period, range.by)
  const first = whole[0]
  const last = whole[whole.length - 1]
  if (cagr !== null && first && last && cagr !== 0)
    facts.push({
      key: cagr > 0 ? 'fact.cagr_up' : 'fact.cagr_down',
      params: {
        percent: percent(cagr),
        first: { kind: 'bucket', value: first.period },
        last: { kind: 'bucket', value: last.period },
      },
    })
  const named = (bucket: string): FactValue => {
    const part = bucketPart(range.period, bucket, range.by)
    return part ? period(part) : { kind: 'bucket', value: bucket }
  }
  const moves = series.filter((p): p is GrowthPoint & { growth: number } => p.growth !== null)
  const best = moves.reduce<(typeof moves)[number] | null>(
    (a, p) => (!a || p.growth > a.growth ? p : a),
    null,
  )
  const worst = moves.reduce<(typeof moves)[number] | null>(
    (a, p) => (!a || p.growth < a.growth ? p : a),
    null,
  )
  if (best && best.growth > 0)
    facts.push({
      key: 'fact.best_growth',
      params: {
        period: named(best.period),
        percent: percent(best.growth),
        sales: money(best.sales),
      },
    })
  if (worst && worst.growth < 0)
    facts.push({
      key: 'fact.worst_growth',
      params: {
        period: named(worst.period),
        percent: percent(worst.growth),
        sales: money(worst.sales),
      },
    })
  return facts
}
