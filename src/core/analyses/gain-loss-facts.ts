import type { MessageKey } from '../i18n/messages.en'
import { changeOf, type Change } from './change'
import { count, label, money, percent, period, type Fact, type FactValue } from './fact'
import type { GainLoss } from './gain-loss'
import type { Period } from './period'

/** English needs "1 new customer" beside "12 new customers"; the Chinese sentences are one. */
const plural = (n: number, key: MessageKey, one: MessageKey) => (n === 1 ? one : key)

/**
 * A figure of P against Q as a sentence: higher or lower by a percentage, the same, or up from
 * nothing (no percentage exists then). Nothing to say when it was 0 in both.
 */
export function changeFact(
  metric: MessageKey,
  c: Change,
  periods: { period: Period; previous: Period },
  as: (n: number) => FactValue = money,
): Fact[] {
  const base = {
    metric: label(metric),
    period: period(periods.period),
    previousPeriod: period(periods.previous),
    current: as(c.current),
    previous: as(c.previous),
  }
  if (c.change === null) return c.current === 0 ? [] : [{ key: 'fact.metric_from_nothing', params: base }]
  if (c.change === 0) return [{ key: 'fact.metric_same', params: base }]
  return [
    {
      key: c.change > 0 ? 'fact.metric_up' : 'fact.metric_down',
      params: { ...base, percent: percent(c.change) },
    },
  ]
}

/**
 * The customer gain/loss analysis in sentences (DOMAIN.md "Facts"): sales against the previous
 * period, what new and returning customers brought, what the lost ones had bought, how retained
 * customers moved, and the lost reason most often recorded.
 */
export function gainLossFacts(
  result: GainLoss,
  periods: { period: Period; previous: Period },
  lostReasons: readonly { reason: string | null; count: number }[],
): Fact[] {
  const facts = changeFact(
    'analysis.metric.sales',
    changeOf(result.bridge.current, result.bridge.previous),
    periods,
  )
  if (result.new.count > 0)
    facts.push({
      key: plural(result.new.count, 'fact.new_customers', 'fact.new_customers_one'),
      params: { count: count(result.new.count), amount: money(result.new.sales) },
    })
  if (result.reactivated.count > 0)
    facts.push({
      key: plural(result.reactivated.count, 'fact.reactivated_customers', 'fact.reactivated_customers_one'),
      params: { count: count(result.reactivated.count), amount: money(result.reactivated.sales) },
    })
  if (result.lost.count > 0)
    facts.push({
      key: plural(result.lost.count, 'fact.lost_customers', 'fact.lost_customers_one'),
      params: {
        count: count(result.lost.count),
        amount: money(result.lost.previousSales),
        previousPeriod: period(periods.previous),
      },
    })
  if (result.retained.count > 0)
    facts.push({
      key: 'fact.retained_customers',
      params: {
        count: count(result.retained.count),
        expansion: money(result.bridge.expansion),
        contraction: money(result.bridge.contraction),
        previousPeriod: period(periods.previous),
      },
    })
  const top = lostReasons.filter((r) => r.reason !== null).sort((a, b) => b.count - a.count)[0]
  if (top?.reason)
    facts.push({
      key: 'fact.top_lost_reason',
      params: { reason: { kind: 'text', value: top.reason }, count: count(top.count) },
    })
  return facts
}
