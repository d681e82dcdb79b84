import { money, percent, type Fact } from './fact'
import type { GrowthPoint } from './growth'

/** Growth in sentences: the CAGR from the first to the last period, the strongest rise and the worst fall. */
export function growthFacts(series: readonly GrowthPoint[], cagr: number | null): Fact[] {
  const facts: Fact[] = []
  const first = series[0]
  const last = series[series.length - 1]
  if (cagr !== null && first && last && cagr !== 0)
    facts.push({
      key: cagr > 0 ? 'fact.cagr_up' : 'fact.cagr_down',
      params: {
        percent: percent(cagr),
        first: { kind: 'bucket', value: first.period },
        last: { kind: 'bucket', value: last.period },
      },
    })
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
        period: { kind: 'bucket', value: best.period },
        percent: percent(best.growth),
        sales: money(best.sales),
      },
    })
  if (worst && worst.growth < 0)
    facts.push({
      key: 'fact.worst_growth',
      params: {
        period: { kind: 'bucket', value: worst.period },
        percent: percent(worst.growth),
        sales: money(worst.sales),
      },
    })
  return facts
}
